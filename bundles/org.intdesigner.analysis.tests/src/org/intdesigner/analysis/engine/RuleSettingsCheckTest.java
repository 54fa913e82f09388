package org.intdesigner.analysis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.intdesigner.analysis.api.Category;
import org.intdesigner.analysis.api.FindingSink;
import org.intdesigner.analysis.api.Parameter;
import org.intdesigner.analysis.api.Rule;
import org.intdesigner.analysis.api.RuleContext;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.model.IntdPackage;
import org.junit.jupiter.api.Test;

class RuleSettingsCheckTest {

	/** A rule with one parameter, "max" from 1 to 50. */
	private static final Rule SPAN = new Rule() {
		@Override
		public String id() {
			return "SPAN-001";
		}

		@Override
		public Category category() {
			return Category.STRUCTURE;
		}

		@Override
		public Severity defaultSeverity() {
			return Severity.WARNING;
		}

		@Override
		public String title() {
			return "Wide span of control";
		}

		@Override
		public String rationale() {
			return "Managers with many reports have little time for each.";
		}

		@Override
		public List<Parameter> parameters() {
			return List.of(new Parameter("max", "Most direct reports", 12, 1, 50));
		}

		@Override
		public Set<EClass> appliesTo() {
			return Set.of(IntdPackage.Literals.POST);
		}

		@Override
		public void check(EObject element, RuleContext context, FindingSink sink) {
			// not run here
		}
	};

	private static RuleSettingsCheck.Problems check(String... pairs) {
		Map<String, String> settings = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			settings.put(pairs[i], pairs[i + 1]);
		}
		return RuleSettingsCheck.check(settings, List.of(SPAN));
	}

	@Test
	void settingsTheRuleUnderstandsPass() {
		RuleSettingsCheck.Problems problems = check("SPAN-001.max", "20", "SPAN-001.severity", "Error",
				"SPAN-001.enabled", "false");
		assertFalse(problems.hasErrors(), problems.toString());
		assertTrue(problems.warnings().isEmpty());
	}

	@Test
	void valuesThatMeanNothingAreErrors() {
		RuleSettingsCheck.Problems problems = check("SPAN-001.max", "lots", "SPAN-001.severity", "fatal",
				"SPAN-001.enabled", "no", "SPAN-001.maximum", "20", "span", "1");
		assertEquals(5, problems.errors().size(), problems.toString());
		assertTrue(problems.errors().get(0).contains("Most direct reports must be a whole number from 1 to 50"),
				problems.toString());
		assertTrue(problems.errors().stream().anyMatch(e -> e.contains("use error, warning or info")));
		assertTrue(problems.errors().stream().anyMatch(e -> e.contains("has no setting 'maximum' (it has enabled, severity, max)")));
		assertTrue(problems.errors().stream().anyMatch(e -> e.startsWith("span=1: a setting is RULE.enabled")));
	}

	@Test
	void aParameterOutsideItsRangeIsAnError() {
		assertEquals(List.of("SPAN-001.max=99: Most direct reports must be from 1 to 50"), check("SPAN-001.max", "99").errors());
	}

	@Test
	void aRuleThatIsNotInstalledIsOnlyAWarning() {
		RuleSettingsCheck.Problems problems = check("EXT-001.enabled", "false");
		assertFalse(problems.hasErrors());
		assertEquals(List.of("EXT-001.enabled: no rule EXT-001 is installed; the setting is ignored"), problems.warnings());
	}
}
