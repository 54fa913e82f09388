package org.intdesigner.product.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * How hard the kill tests try, from system properties: {@code intd.kill.mode} {@code ci} (the
 * default: 20 kill points per scenario, small inputs, a few minutes in all) or {@code long} (100
 * points, bigger inputs; what {@code ./intd reliability} runs). {@code intd.kill.points},
 * {@code intd.kill.renamePoints} (kills at the moment of the rename, per file scenario: 2, long 20),
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
				Integer.getInteger("intd.kill.renamePoints", longRun ? 20 : 2),
				Integer.getInteger("intd.kill.posts", longRun ? 50_000 : 5_000),
				Integer.getInteger("intd.kill.staffRows", longRun ? 150_000 : 10_000),
				Long.getLong("intd.kill.seed", 15), Path.of(System.getProperty("intd.kill.out", "target/kill-tests")));
	}

	/**
	 * Where to kill: {@code delayMs} after the command's start, or (when {@code afterWorkStarts}) after
	 * it began its work on the target, as seen at the time (the first temporary file, the store's lock).
	 */
	record KillPoint(boolean afterWorkStarts, long delayMs) {

		@Override
		public String toString() {
			return delayMs + " ms after " + (afterWorkStarts ? "the work began" : "the start");
		}
	}

	/**
	 * The kill points of a command whose normal run took {@code span} ms and began its work on the
	 * target at {@code workStarts} ms: every even point anywhere in the run (counted from its start),
	 * every odd one in its work (counted from the moment the work is seen to begin, so that a start-up
	 * slower or faster than the normal run's does not move it out of the work), about half of them
	 * while the target is being written rather than during the JVM's start-up.
	 */
	List<KillPoint> killPoints(String scenario, long span, long workStarts) {
		Random random = new Random(seed * 31 + scenario.hashCode());
		long work = Math.max(1, span - Math.max(0, workStarts));
		List<KillPoint> kills = new ArrayList<>();
		for (int k = 0; k < points; k++) {
			kills.add(k % 2 == 0 || workStarts < 0 ? new KillPoint(false, 1 + random.nextLong(Math.max(1, span)))
					: new KillPoint(true, random.nextLong(work)));
		}
		return kills;
	}
}
