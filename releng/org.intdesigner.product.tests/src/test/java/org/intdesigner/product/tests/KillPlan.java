package org.intdesigner.product.tests;

import java.nio.file.Path;
import java.util.Random;

/**
 * How hard the kill tests try, from system properties: {@code intd.kill.mode} {@code ci} (the
 * default: 20 kill points per scenario, small inputs, a few minutes in all) or {@code long} (100
 * points, bigger inputs; what {@code ./intd reliability} runs). {@code intd.kill.points},
 * {@code intd.kill.renamePoints} (kills at the moment of the rename, per file scenario: 3, long 20),
 * {@code intd.kill.posts}, {@code intd.kill.staffRows} and {@code intd.kill.seed} override single
 * figures; {@code intd.kill.out} is the folder the results go to.
 */
record KillPlan(String mode, int points, int renamePoints, int posts, int staffRows, long seed, Path out) {

	static KillPlan fromSystemProperties() {
		String mode = System.getProperty("intd.kill.mode", "ci").trim();
		boolean longRun = mode.equals("long");
		if (!longRun && !mode.equals("ci")) {
			throw new IllegalArgumentException("intd.kill.mode is ci or long, not '" + mode + "'");
		}
		return new KillPlan(mode, Integer.getInteger("intd.kill.points", longRun ? 100 : 20),
				Integer.getInteger("intd.kill.renamePoints", longRun ? 20 : 3),
				Integer.getInteger("intd.kill.posts", longRun ? 50_000 : 5_000),
				Integer.getInteger("intd.kill.staffRows", longRun ? 150_000 : 10_000),
				Long.getLong("intd.kill.seed", 15), Path.of(System.getProperty("intd.kill.out", "target/kill-tests")));
	}

	/**
	 * The moments (milliseconds after the start) to kill a command at whose normal run took
	 * {@code span} ms and began its work on the target (the first temporary file, the store's lock) at
	 * {@code workStarts} ms: every even point anywhere in the run, every odd one in its work, so that
	 * about half of them land while the target is being written and not during the JVM's start-up.
	 */
	long[] killTimes(String scenario, long span, long workStarts) {
		Random random = new Random(seed * 31 + scenario.hashCode());
		long from = Math.max(1, Math.min(workStarts, span - 1));
		long[] times = new long[points];
		for (int k = 0; k < points; k++) {
			times[k] = k % 2 == 0 ? 1 + random.nextLong(Math.max(1, span)) : from + random.nextLong(Math.max(1, span - from));
		}
		return times;
	}
}
