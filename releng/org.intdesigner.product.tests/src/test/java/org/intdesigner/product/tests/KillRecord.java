package org.intdesigner.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one kill scenario tried and found, written for {@code ./intd reliability} as
 * {@code SCENARIO.properties} (one {@code key=value} a line) and {@code SCENARIO-points.csv} (one
 * row per kill point) in the results folder.
 */
final class KillRecord {

	private final String scenario;
	private final KillPlan plan;
	private final long started = System.nanoTime();
	private final Map<String, String> facts = new LinkedHashMap<>();
	private final Map<String, Integer> outcomes = new LinkedHashMap<>();
	private final Map<String, Integer> counts = new LinkedHashMap<>();
	private final List<String> points = new ArrayList<>();
	private final List<String> failures = new ArrayList<>();
	private int tried;
	private int landed;
	private int inWork;
	private int survived;
	private int lost;
	private int checks;
	private int checksFailed;
	private int leftoversSeen;
	private int leftoversNotCleared;
	private int tempFiles;

	KillRecord(String scenario, KillPlan plan) {
		this.scenario = scenario;
		this.plan = plan;
		points.add("point,planned,killed_at_ms,landed,exit_code,ended_ms,at_work,outcome,leftovers_after,note,problems");
	}

	/** A fact about the inputs or the normal run, written as it is (e.g. input, span_ms). */
	void fact(String key, Object value) {
		facts.put(key, String.valueOf(value));
	}

	/** One check: counted, and when it fails remembered as a failure of the scenario. */
	boolean check(boolean passed, String failure) {
		checks++;
		if (!passed) {
			checksFailed++;
			failures.add(failure);
		}
		return passed;
	}

	/** Something of the target lost or damaged (counted apart from other failures). */
	void lost(String what) {
		lost++;
		check(false, "LOST: " + what);
	}

	void leftoversSeen(int count) {
		leftoversSeen += count;
	}

	void leftoversNotCleared(int count, String what) {
		leftoversNotCleared += count;
		check(count == 0, what);
	}

	void tempFiles(int count, String what) {
		tempFiles += count;
		check(count == 0, what);
	}

	/**
	 * One kill point: where it was planned (null: at a rename), its run, whether the kill found the
	 * command at work on the target, the state it left ({@code outcome}, e.g. old, new, none, all), the
	 * problems found after it (none: the kill was survived) and a note for the points file.
	 */
	void point(KillRun run, KillPlan.KillPoint planned, boolean atWork, String outcome, int leftoversAfter, List<String> problems,
			String note) {
		tried++;
		if (run.landed()) {
			landed++;
			if (problems.isEmpty()) {
				survived++;
			}
		}
		if (atWork) {
			inWork++;
		}
		outcomes.merge(outcome, 1, Integer::sum);
		points.add(tried + "," + csv(planned == null ? "at the rename" : planned.toString()) + "," + run.killAtMs() + "," + run.landed() + "," + run.exitCode() + "," + run.endedMs() + "," + atWork + ","
				+ csv(outcome) + "," + leftoversAfter + "," + csv(note) + "," + csv(String.join("; ", problems)));
	}

	/** One more of something counted by name (written as it is, e.g. killed_reading_rows). */
	void count(String key) {
		counts.merge(key, 1, Integer::sum);
	}

	List<String> failures() {
		return failures;
	}

	/** Writes the record; called whether the scenario passed or not. */
	void write() throws IOException {
		Files.createDirectories(plan.out());
		Map<String, String> all = new LinkedHashMap<>();
		all.put("scenario", scenario);
		all.put("mode", plan.mode());
		all.put("finished", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
		all.put("seed", String.valueOf(plan.seed()));
		all.putAll(facts);
		all.put("points", String.valueOf(tried));
		all.put("landed", String.valueOf(landed));
		all.put("ended_before_kill", String.valueOf(tried - landed));
		all.put("killed_at_work", String.valueOf(inWork));
		counts.forEach((key, count) -> all.put(key, String.valueOf(count)));
		outcomes.forEach((outcome, count) -> all.put("outcome." + outcome, String.valueOf(count)));
		all.put("survived", String.valueOf(survived));
		all.put("lost", String.valueOf(lost));
		all.put("leftovers_seen", String.valueOf(leftoversSeen));
		all.put("leftovers_not_cleared", String.valueOf(leftoversNotCleared));
		all.put("temp_files", String.valueOf(tempFiles));
		all.put("checks", String.valueOf(checks));
		all.put("checks_passed", String.valueOf(checks - checksFailed));
		all.put("seconds", String.valueOf((System.nanoTime() - started) / 1_000_000_000));
		for (int i = 0; i < Math.min(failures.size(), 20); i++) {
			all.put("failure." + (i + 1), failures.get(i).replaceAll("\\R", " | "));
		}
		StringBuilder text = new StringBuilder();
		all.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
		Files.writeString(plan.out().resolve(scenario + ".properties"), text, StandardCharsets.UTF_8);
		Files.write(plan.out().resolve(scenario + "-points.csv"), points, StandardCharsets.UTF_8);
	}

	private static String csv(String text) {
		String flat = text.replaceAll("\\R", " | ");
		return flat.contains(",") || flat.contains("\"") ? "\"" + flat.replace("\"", "\"\"") + "\"" : flat;
	}
}
