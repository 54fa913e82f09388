package org.intdesigner.planning.ui.scenarios;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.model.samples.SyntheticModels;
import org.intdesigner.planning.ui.scenarios.ChangeNodes.TypeNode;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Not a test: what the Scenario Changes view costs after an edit of a London-scale scenario (the synthetic LONDON
 * model and a copy with about 5 % of its posts changed, or a post in 20 closed): comparing, reading the context
 * (labels, what went with what) and showing the tree, then opening the Post type. Median of the rounds after a
 * warm-up; writes target/benchmarks/scenario-view.md. Smaller with intd.bench.scale, fewer rounds with
 * intd.bench.runs.
 */
@Tag("benchmark")
@ExtendWith(UiTestExtension.class)
class ScenarioChangesScaleBenchmark {

	private static final SyntheticModels.Scale SCALE = SyntheticModels.Scale
			.valueOf(System.getProperty("intd.bench.scale", "LONDON"));
	private static final int ROUNDS = Integer.getInteger("intd.bench.runs", 5);

	private final UiDriver driver = UiDriver.forWorkbench();

	@Test
	void theViewAfterAnEditOfALondonScenario() throws Exception {
		IntdModel before = SyntheticModels.generate(SCALE, 1L);
		IntdModel after = EcoreUtil.copy(before);
		SplittableRandom random = new SplittableRandom(5);
		for (Post post : after.getPosts().toArray(Post[]::new)) {
			if (random.nextInt(20) == 0) {
				switch (random.nextInt(4)) {
				case 0 -> post.setFte(post.getFte() == 1.0 ? 0.8 : 1.0);
				case 1 -> post.setBand("8a");
				case 2 -> post.setEmployer(after.getOrganisations().get(random.nextInt(after.getOrganisations().size())));
				default -> EcoreUtil.delete(post, true);
				}
			}
		}
		ComparedModel first = new ComparedModel(Paths.get("london.intd").toAbsolutePath(), before, null);
		ComparedModel second = new ComparedModel(Paths.get("london-scenario.intd").toAbsolutePath(), after, null);
		ScenarioChangesView view = (ScenarioChangesView) driver.showView(ScenarioChangesView.ID);
		double[] compared = new double[ROUNDS];
		double[] context = new double[ROUNDS];
		double[] shown = new double[ROUNDS];
		double[] opened = new double[ROUNDS];
		int changes = 0;
		int posts = 0;
		for (int round = -1; round < ROUNDS; round++) {
			long start = System.nanoTime();
			Comparison comparison = Comparisons.of(first, second);
			double compareMs = (System.nanoTime() - start) / 1e6;
			long contextStart = System.nanoTime();
			var adapters = org.intdesigner.ui.emf.IntdAdapterFactories.create();
			ChangeTreeContext.of(before, after, comparison.changes(), adapters);
			adapters.dispose();
			double contextMs = (System.nanoTime() - contextStart) / 1e6;
			start = System.nanoTime();
			driver.ui().run(() -> view.show(comparison));
			double showMs = (System.nanoTime() - start) / 1e6;
			start = System.nanoTime();
			TypeNode postType = driver.ui().call(() -> view.getNodes().stream().filter(n -> n.type().equals("Post"))
					.findFirst().orElseThrow());
			driver.ui().run(() -> {
				view.getTreeViewer().setExpandedState(postType, true);
				view.getTreeViewer().getTree().update();
			});
			double openMs = (System.nanoTime() - start) / 1e6;
			driver.ui().run(() -> view.getTreeViewer().collapseAll());
			if (round >= 0) {
				compared[round] = compareMs;
				context[round] = contextMs;
				shown[round] = showMs;
				opened[round] = openMs;
			}
			changes = comparison.changes().size();
			posts = postType.elements().size();
		}
		assertTrue(posts > 1000, "the London posts changed are listed: " + posts);
		String figures = String.format(Locale.ROOT, "Scenario Changes view, London scale (%,d changes, %,d posts changed or"
				+ " closed): compared %,.0f ms (the context alone %,.0f ms), shown %,.0f ms; the Post type opened %,.0f ms;"
				+ " median of %d.%n", changes, posts, median(compared), median(context), median(shown), median(opened), ROUNDS);
		System.out.print(figures);
		Path out = Paths.get("target", "benchmarks");
		Files.createDirectories(out);
		Files.writeString(out.resolve("scenario-view.md"), figures);
		driver.ui().run(() -> driver.page().hideView(view));
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
