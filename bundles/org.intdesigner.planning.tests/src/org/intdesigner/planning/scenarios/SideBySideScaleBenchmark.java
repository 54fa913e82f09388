package org.intdesigner.planning.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.analysis.api.Rule;
import org.intdesigner.analysis.engine.RuleSettings;
import org.intdesigner.analysis.rules.BuiltInRules;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.model.samples.SyntheticModels;
import org.intdesigner.planning.StoreFigures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the side-by-side figures of two London-scale models (the synthetic LONDON model and a copy with about
 * 5 % of its posts moved to another employer), section by section, then all of them as the view makes them with the
 * built-in rules. One round after a warm-up: validation dominates and takes seconds. Writes
 * target/benchmarks/side-by-side.md. Smaller with intd.bench.scale.
 */
@Tag("benchmark")
class SideBySideScaleBenchmark {

	private static final SyntheticModels.Scale SCALE = SyntheticModels.Scale
			.valueOf(System.getProperty("intd.bench.scale", "LONDON"));

	@Test
	void twoLondonModelsSideBySide() throws IOException {
		IntdModel before = SyntheticModels.generate(SCALE, 1L);
		IntdModel after = EcoreUtil.copy(before);
		SplittableRandom random = new SplittableRandom(5);
		int moved = 0;
		for (Post post : after.getPosts()) {
			if (random.nextInt(20) == 0) {
				post.setEmployer(after.getOrganisations().get(random.nextInt(after.getOrganisations().size())));
				moved++;
			}
		}
		List<IntdModel> plain = List.of(before, after);
		List<SideBySideModel> models = List.of(new SideBySideModel("before", before, StoreFigures.NONE),
				new SideBySideModel("after", after, StoreFigures.NONE));
		List<Rule> rules = BuiltInRules.create();
		SideBySideFigures figures = new SideBySideFigures(rules, RuleSettings.defaults());
		figures.compute(models, new NullProgressMonitor()); // warm-up

		double staffing = time(() -> List.of(StaffingSections.byOrganisation(plain), StaffingSections.byRole(plain)));
		double cost = time(() -> CostSection.of(models));
		double findings = time(() -> RuleFindingsSection.of(plain, rules, RuleSettings.defaults(), SubMonitor.convert(null)));
		double plan = time(() -> PlanSection.of(models, SubMonitor.convert(null)));
		double crossings = time(() -> CrossingsSection.of(plain));
		long start = System.nanoTime();
		SideBySide all = figures.compute(models, new NullProgressMonitor());
		double total = (System.nanoTime() - start) / 1e6;
		assertEquals(before.getPosts().size(),
				all.section(SideBySideFigures.BY_ORGANISATION).row("All organisations", "posts").value(1), 0);

		String text = String.format(Locale.ROOT, "%,d posts in each model, %,d moved to another employer: posts and FTE by"
				+ " organisation and role %,.0f ms, cost %,.0f ms, validation (%d built-in rules) %,.0f ms, plans %,.0f ms,"
				+ " boundary crossings %,.0f ms; all of it %,.0f ms.%n", before.getPosts().size(), moved, staffing, cost,
				rules.size(), findings, plan, crossings, total);
		System.out.print(text);
		Path out = Paths.get("target", "benchmarks");
		Files.createDirectories(out);
		Files.writeString(out.resolve("side-by-side.md"), text);
	}

	private static double time(Supplier<?> work) {
		long start = System.nanoTime();
		work.get();
		return (System.nanoTime() - start) / 1e6;
	}
}
