package org.intdesigner.planning.scenarios;

import org.intdesigner.model.compare.ModelChange;
import org.intdesigner.model.compare.ModelComparison;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.model.Identified;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.model.samples.SyntheticModels;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a test: comparing two London-scale models (run by ./intd bench-planning). The synthetic LONDON model and a copy
 * of it with about 5 % of its posts changed (FTE, band or employer), both in memory: ModelComparison.compare against a
 * bare walk that only pairs the objects by id, median of the rounds after a warm-up. Writes
 * target/benchmarks/diff.md. Smaller with intd.bench.scale, fewer rounds with intd.bench.runs.
 */
@Tag("benchmark")
class ComparisonScaleBenchmark {

	private static final SyntheticModels.Scale SCALE = SyntheticModels.Scale
			.valueOf(System.getProperty("intd.bench.scale", "LONDON"));
	private static final int ROUNDS = Integer.getInteger("intd.bench.runs", 5);

	@Test
	void comparingTwoLondonModels() throws IOException {
		IntdModel before = SyntheticModels.generate(SCALE, 1L);
		IntdModel after = EcoreUtil.copy(before);
		SplittableRandom random = new SplittableRandom(5);
		int edited = 0;
		for (Post post : after.getPosts()) {
			if (random.nextInt(20) == 0) {
				switch (random.nextInt(3)) {
				case 0 -> post.setFte(post.getFte() == 1.0 ? 0.8 : 1.0);
				case 1 -> post.setBand("8a");
				default -> post.setEmployer(after.getOrganisations().get(random.nextInt(after.getOrganisations().size())));
				}
				edited++;
			}
		}
		int objects = 1;
		for (var it = before.eAllContents(); it.hasNext(); it.next()) {
			objects++;
		}
		double[] compare = new double[ROUNDS];
		double[] walk = new double[ROUNDS];
		List<ModelChange> changes = ModelComparison.compare(before, after); // warm-up
		pairById(before, after);
		for (int round = 0; round < ROUNDS; round++) {
			long start = System.nanoTime();
			changes = ModelComparison.compare(before, after);
			compare[round] = (System.nanoTime() - start) / 1e6;
			start = System.nanoTime();
			pairById(before, after);
			walk[round] = (System.nanoTime() - start) / 1e6;
		}
		assertTrue(changes.size() >= edited * 0.9, "the edits are found: " + changes.size() + " of " + edited);
		String figures = String.format(Locale.ROOT, "%,d objects in each model, %,d posts edited (%,d changes found):"
				+ " comparison %,.0f ms against a bare walk pairing the objects by id %,.0f ms (%.2fx; targets under 1,000"
				+ " ms and 1.5x), median of %d.%n", objects, edited, changes.size(), median(compare), median(walk),
				median(compare) / median(walk), ROUNDS);
		System.out.print(figures);
		Path out = Paths.get("target", "benchmarks");
		Files.createDirectories(out);
		Files.writeString(out.resolve("diff.md"), figures);
	}

	/** The least a comparison by id must do: index one model's objects by id and look each of the other's up. */
	private static int pairById(IntdModel before, IntdModel after) {
		Map<String, EObject> byId = new HashMap<>();
		before.eAllContents().forEachRemaining(o -> {
			if (o instanceof Identified identified) {
				byId.put(identified.getId(), o);
			}
		});
		List<EObject> pairs = new ArrayList<>();
		after.eAllContents().forEachRemaining(o -> {
			if (o instanceof Identified identified && byId.get(identified.getId()) != null) {
				pairs.add(o);
			}
		});
		return pairs.size();
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
