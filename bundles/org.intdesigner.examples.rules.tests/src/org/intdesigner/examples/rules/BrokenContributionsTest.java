package org.intdesigner.examples.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.intdesigner.analysis.api.FigureAnalysis;
import org.intdesigner.analysis.api.Rule;
import org.intdesigner.analysis.engine.FigureAnalysisRegistry;
import org.intdesigner.analysis.engine.RuleRegistry;
import org.junit.jupiter.api.Test;

/**
 * The broken contributions of this fragment (fragment.xml: a missing class, a class of the wrong
 * type, an id already taken, a rule that declares no id, a figure analysis left in the rules point)
 * are each reported and logged naming the contributing plug-in, and the built-in rules and analyses
 * and this plug-in's good ones are all still there.
 */
class BrokenContributionsTest {

	private static final String PLUGIN = "org.intdesigner.examples.rules";

	@Test
	void brokenFigureAnalysesAreLoggedNamingThePluginAndTheOthersAreListed() {
		List<String> logged = new CopyOnWriteArrayList<>();
		FigureAnalysisRegistry registry = readLogging(logged, FigureAnalysisRegistry::read);

		assertEquals(List.of("FIG-SPANS", "FIG-BOUNDARIES", "FIG-FTE", "FIG-SKILLS", SupervisionLoad.ID),
				registry.getAnalyses().stream().map(FigureAnalysis::id).toList());
		assertEquals("org.intdesigner.analysis.figures.SpansAndLayers", registry.find("FIG-SPANS").getClass().getName(),
				"the built-in keeps its id");
		List<String> problems = registry.getProblems();
		assertEquals(3, problems.size(), problems.toString());
		problems.forEach(problem -> assertTrue(problem.startsWith(PLUGIN + ": "), problem));
		assertTrue(problems.get(0).contains("the figure analysis " + PLUGIN + ".NoSuchAnalysis could not be loaded")
				&& problems.get(0).contains("check the class name in its plugin.xml"), problems.get(0));
		assertEquals(PLUGIN + ": " + PLUGIN + ".TeamWithoutPurposeRule is not a figure analysis (it must implement "
				+ FigureAnalysis.class.getName() + ")", problems.get(1));
		assertEquals(PLUGIN + ": the figure analysis id FIG-SPANS of " + PLUGIN + ".SecondSpansAnalysis is already used by"
				+ " org.intdesigner.analysis.figures.SpansAndLayers (give it an id with a prefix of your own)", problems.get(2));
		for (String problem : problems) {
			assertTrue(logged.contains("Figure analyses: " + problem + ". The others are used."), logged.toString());
		}
	}

	@Test
	void brokenRulesAreLoggedNamingThePluginAndTheOthersStillRun() {
		List<String> logged = new CopyOnWriteArrayList<>();
		RuleRegistry registry = readLogging(logged, RuleRegistry::read);

		assertEquals(19, registry.getRules().size(), "the eighteen built-in rules and the example's EXM-001");
		assertNotNull(registry.find("EXM-001"));
		assertEquals("org.intdesigner.analysis.rules.SpanTooWideRule", registry.find("SPAN-001").getClass().getName());
		List<String> problems = registry.getProblems();
		assertEquals(5, problems.size(), problems.toString());
		assertTrue(problems.get(0).startsWith(PLUGIN + ": the rule " + PLUGIN + ".NoSuchRule could not be loaded"), problems.get(0));
		assertEquals(PLUGIN + ": " + PLUGIN + ".SupervisionLoad is not a rule (it must implement " + Rule.class.getName() + ")",
				problems.get(1));
		assertTrue(problems.get(2).startsWith(PLUGIN + ": the rule " + PLUGIN + ".RuleWithoutId could not be loaded")
				&& problems.get(2).contains("declares no id: pass one to the AbstractRule constructor"), problems.get(2));
		assertEquals("the rule id SPAN-001 of " + PLUGIN + ".SecondSpanRule (from " + PLUGIN + ") is already used by"
				+ " org.intdesigner.analysis.rules.SpanTooWideRule", problems.get(3));
		assertEquals(PLUGIN + ": the figure analysis " + PLUGIN + ".SupervisionLoad is contributed to"
				+ " org.intdesigner.analysis.rules, which takes rules only now: move its analysis element to"
				+ " org.intdesigner.analysis.figureAnalyses", problems.get(4));
		for (String problem : problems) {
			assertTrue(logged.contains("Validation rules: " + problem + ". The others are used."), logged.toString());
		}
	}

	private static <T> T readLogging(List<String> logged, java.util.function.Supplier<T> read) {
		ILogListener listener = (status, plugin) -> {
			if (status.getSeverity() == IStatus.ERROR) {
				logged.add(status.getMessage());
			}
		};
		Platform.addLogListener(listener);
		try {
			return read.get();
		} finally {
			Platform.removeLogListener(listener);
		}
	}
}
