package org.intdesigner.analysis.engine;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.intdesigner.analysis.api.Rule;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.model.samples.SyntheticModels;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a test: validation at London scale (run by ./intd bench-validate). On the synthetic LONDON
 * model, in one JVM, median of 3 after a warm-up round: EMF's bare Diagnostician (the metamodel's
 * constraints only), the full Validator with every installed rule, and validating again after
 * one edit (a post's line manager changed) as the workbench does it: re-validation near what the
 * edit touched, with the model's cross-reference index in place. Also each rule's own time. Writes a markdown table to
 * target/benchmarks/validation.md. Excluded from the normal test run by its tag. A smaller model and
 * fewer rounds with the system properties intd.bench.scale (a {@link SyntheticModels.Scale}) and
 * intd.bench.runs ({@code ./intd bench-validate --quick}).
 */
@Tag("benchmark")
class ValidationScaleBenchmark {

	private static final long SEED = 1L;
	private static final SyntheticModels.Scale SCALE = SyntheticModels.Scale
			.valueOf(System.getProperty("intd.bench.scale", "LONDON"));
	private static final int ROUNDS = Integer.getInteger("intd.bench.runs", 5);
	private static final double RATIO_GOAL = 3.0;
	private static final double EDIT_GOAL_MS = 50.0;

	private final List<Rule> rules = RuleRegistry.getDefault().getRules();
	private final Validator validator = new Validator(rules, RuleSettings.defaults());

	@Test
	void validationAtLondonScale() throws IOException {
		long generateStart = System.nanoTime();
		IntdModel model = SyntheticModels.generate(SCALE, SEED);
		long generateNanos = System.nanoTime() - generateStart;
		int objects = 1;
		for (var it = model.eAllContents(); it.hasNext(); it.next()) {
			objects++;
		}
		Post edited = model.getPosts().get(model.getPosts().size() / 2);
		Post[] managers = { edited.getLineManager(), model.getPosts().get(0) };

		bare(model);
		validator.validate(model);
		// the workbench keeps a cross-reference index on every open model; re-validation uses it
		model.eAdapters().add(new org.eclipse.emf.ecore.util.ECrossReferenceAdapter());
		// warm the re-validation path too, as a session that has had a few edits has
		ValidationReport warm = validator.validate(model);
		for (int i = 0; i < 4; i++) {
			Post from = edited.getLineManager();
			Post to = managers[(i + 1) % 2];
			edited.setLineManager(to);
			warm = validator.revalidate(model, warm, List.of(edited, from, to));
		}
		edited.setLineManager(managers[0]);
		long[] bare = new long[ROUNDS];
		long[] full = new long[ROUNDS];
		long[] afterEdit = new long[ROUNDS];
		List<ValidationReport> reports = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			bare[round] = bare(model);
			System.gc();
			long start = System.nanoTime();
			reports.add(validator.validate(model));
			full[round] = System.nanoTime() - start;
			// no gc here: an edit in the editor is followed by validation at once
			ValidationReport before = reports.get(reports.size() - 1);
			Post oldManager = edited.getLineManager();
			Post newManager = managers[(round + 1) % 2];
			start = System.nanoTime();
			edited.setLineManager(newManager);
			validator.revalidate(model, before, List.of(edited, oldManager, newManager));
			afterEdit[round] = System.nanoTime() - start;
		}
		edited.setLineManager(managers[0]);
		String table = table(objects, model.getPosts().size(), generateNanos, bare, full, afterEdit, reports);
		System.out.println(table);
		Path folder = Paths.get("target", "benchmarks");
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("validation.md"), table);
	}

	/** Nanoseconds of EMF's Diagnostician alone on {@code model}. */
	private static long bare(IntdModel model) {
		System.gc();
		long start = System.nanoTime();
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(model);
		long time = System.nanoTime() - start;
		assertNotNull(diagnostic);
		return time;
	}

	private String table(int objects, int posts, long generateNanos, long[] bare, long[] full, long[] afterEdit,
			List<ValidationReport> reports) {
		double bareMs = median(bare) / 1e6;
		double fullMs = median(full) / 1e6;
		double editMs = median(afterEdit) / 1e6;
		double ratio = fullMs / bareMs;
		ValidationReport report = reports.get(reports.size() - 1);
		StringBuilder md = new StringBuilder();
		md.append(String.format(Locale.ROOT, "Java heap at most %d MB. Each time is %s after warm-up rounds"
				+ " round, in one JVM.%n%n", Runtime.getRuntime().maxMemory() / (1024 * 1024),
				ROUNDS == 1 ? "one run" : "the median of " + ROUNDS + " runs"));
		md.append("| what | figure | goal |\n| --- | --- | --- |\n");
		row(md, "model", String.format(Locale.ROOT, "%s synthetic (seed %d): %,d objects, %,d posts, generated in %.2f s",
				SCALE, SEED, objects, posts, generateNanos / 1e9), "");
		row(md, "rules installed (`RuleRegistry.getDefault()`)", rules.isEmpty() ? "none in this build: the full"
				+ " validation below is the engine with the metamodel's constraints only"
				: rules.size() + ": " + String.join(", ", rules.stream().map(Rule::id).toList()), "");
		row(md, "bare EMF: `Diagnostician.INSTANCE.validate(model)`", ms(bareMs) + runs(bare), "");
		row(md, "full validation: `Validator` with every installed rule", ms(fullMs) + runs(full)
				+ String.format(Locale.ROOT, "; %,d findings (%,d suppressed)", report.findings().size(),
						report.suppressed().size()), "");
		row(md, "ratio full / bare", String.format(Locale.ROOT, "%.2fx", ratio),
				"within " + (int) RATIO_GOAL + "x: " + (ratio <= RATIO_GOAL ? "met" : "not met"));
		row(md, "re-validation after one edit (a post's line manager changed): local rules near the change,"
				+ " model-wide rules everywhere", ms(editMs) + runs(afterEdit),
				"under " + (int) EDIT_GOAL_MS + " ms: " + (editMs < EDIT_GOAL_MS ? "met" : "not met"));
		if (rules.isEmpty()) {
			// say so, or a ratio under 1 reads as the engine beating EMF
			md.append("\nWith no rule installed both passes do the same work (EMF's checks of every object), so the"
					+ " difference between them is run-to-run noise.\n");
		} else {
			md.append("\nEach rule's own time within the full validation (")
					.append(ROUNDS == 1 ? "one run" : "median of the " + ROUNDS + " runs").append(", checking calls only):\n\n| rule | time | findings |\n| --- | --- | --- |\n");
			for (Rule rule : rules) {
				long[] nanos = reports.stream().mapToLong(r -> r.ruleNanos().getOrDefault(rule.id(), 0L)).toArray();
				long found = report.findings().stream().filter(f -> f.ruleId().equals(rule.id())).count();
				md.append("| ").append(rule.id()).append(' ').append(rule.title()).append(" | ").append(ms(median(nanos) / 1e6))
						.append(" | ").append(String.format(Locale.ROOT, "%,d", found)).append(" |\n");
			}
		}
		return md.toString();
	}

	private static void row(StringBuilder md, String what, String figure, String goal) {
		md.append("| ").append(what).append(" | ").append(figure).append(goal.isEmpty() ? " |" : " | " + goal).append(" |\n");
	}

	private static String ms(double millis) {
		return String.format(Locale.ROOT, millis < 10 ? "%.1f ms" : "%.0f ms", millis);
	}

	private static String runs(long[] nanos) {
		StringBuilder text = new StringBuilder(" (runs");
		for (long value : nanos) {
			text.append(' ').append(Math.round(value / 1e6));
		}
		return text.append(')').toString();
	}

	private static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
