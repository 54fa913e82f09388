package org.intdesigner.analysis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.analysis.api.AbstractRule;
import org.intdesigner.analysis.api.Category;
import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.api.FindingSink;
import org.intdesigner.analysis.api.Parameter;
import org.intdesigner.analysis.api.RuleContext;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Suppression;
import org.intdesigner.model.Team;
import org.junit.jupiter.api.Test;

/** The engine: rules per class, settings, suppressions, and a rule that throws. */
class ValidatorTest {

	/** Reports every team whose name is longer than its parameter says. */
	private static final class LongNames extends AbstractRule {
		LongNames() {
			super("TST-001", Category.DATA_QUALITY, Severity.WARNING, "Long team name", "Long names do not fit on diagrams.",
					IntdPackage.Literals.TEAM, new Parameter("max", "Longest name", 10, 1, 100));
		}

		@Override
		public void check(EObject element, RuleContext context, FindingSink sink) {
			Team team = (Team) element;
			if (team.getName().length() > context.parameter("max")) {
				sink.report(team, "Team '" + team.getName() + "' has a long name.");
			}
		}
	}

	/** Throws on every element of the classes it checks. */
	private static final class Broken extends AbstractRule {
		Broken() {
			super("TST-002", Category.STRUCTURE, Severity.ERROR, "Broken", "A rule with a bug.", IntdPackage.Literals.PARTY);
		}

		@Override
		public void check(EObject element, RuleContext context, FindingSink sink) {
			throw new IllegalStateException("bug");
		}
	}

	private final IntdModel model = IntdFactory.eINSTANCE.createIntdModel();
	private final Team shortName = team("Core");
	private final Team longName = team("Frailty multidisciplinary team");

	private Team team(String name) {
		Team team = IntdFactory.eINSTANCE.createTeam();
		team.setName(name);
		team.setId(name);
		model.getTeams().add(team);
		return team;
	}

	@Test
	void rulesRunOnTheirClassesWithTheirParameters() {
		ValidationReport report = new Validator(List.of(new LongNames()), RuleSettings.defaults()).validate(model);
		assertEquals(1, report.active().size(), report.findings().toString());
		Finding finding = report.active().get(0);
		assertSame(longName, finding.element());
		assertEquals("TST-001", finding.ruleId());
		assertEquals(Severity.WARNING, finding.severity());
		assertEquals(longName.getId(), finding.elementId());
		assertEquals(longName.getName(), finding.elementName());
		assertTrue(report.ruleNanos().containsKey("TST-001"));

		RuleSettings stricter = RuleSettings.defaults().withParameter("TST-001", "max", 3).withSeverity("TST-001", Severity.ERROR);
		ValidationReport strict = new Validator(List.of(new LongNames()), stricter).validate(model);
		assertEquals(2, strict.active().size());
		assertTrue(strict.hasAtLeast(Severity.ERROR));
		RuleSettings off = RuleSettings.of(stricter.toMap()).withEnabled("TST-001", false);
		assertTrue(new Validator(List.of(new LongNames()), off).validate(model).findings().isEmpty());
	}

	@Test
	void aSuppressedFindingIsListedButDoesNotCount() {
		Suppression accepted = IntdFactory.eINSTANCE.createSuppression();
		accepted.setRuleId("TST-001");
		accepted.setReason("The commissioners' name for it");
		longName.getSuppressions().add(accepted);
		ValidationReport report = new Validator(List.of(new LongNames()), RuleSettings.defaults()).validate(model);
		assertTrue(report.active().isEmpty());
		assertEquals(1, report.suppressed().size());
		assertSame(accepted, report.suppressed().get(0).suppression());
	}

	@Test
	void aRuleThatThrowsIsReportedOnceAndTheOthersStillRun() {
		ValidationReport report = new Validator(List.of(new Broken(), new LongNames()), RuleSettings.defaults())
				.validate(model);
		assertEquals(List.of("TST-002"), report.failedRules());
		List<Finding> broken = report.findings().stream().filter(f -> f.ruleId().equals("TST-002")).toList();
		assertEquals(1, broken.size(), "once, not once per element");
		assertNull(broken.get(0).element(), "against the rule itself");
		assertTrue(broken.get(0).message().contains("TST-002") && broken.get(0).message().contains("bug"));
		assertTrue(report.findings().stream().anyMatch(f -> f.ruleId().equals("TST-001")), "the other rule ran");
	}

	@Test
	void registryRefusesATakenId() {
		RuleRegistry registry = RuleRegistry.of(List.of(new LongNames(), new LongNames(), new Broken()));
		assertEquals(2, registry.getRules().size());
		assertEquals(1, registry.getProblems().size());
		assertTrue(registry.getProblems().get(0).contains("TST-001"));
	}

	@Test
	void revalidationLooksAgainNearWhatChangedAndKeepsTheRest() {
		Team third = team("Another very long team name");
		Validator validator = new Validator(List.of(new LongNames()), RuleSettings.defaults());
		ValidationReport first = validator.validate(model);
		assertEquals(2, first.active().size());
		longName.setName("MDT");
		ValidationReport second = validator.revalidate(model, first, List.of(longName));
		assertEquals(1, second.active().size(), "the renamed team is fine now, the other finding is kept");
		assertSame(third, second.active().get(0).element());
		Team added = team("Yet another long team name");
		ValidationReport third2 = validator.revalidate(model, second, List.of(added));
		assertEquals(2, third2.active().size());
		model.getTeams().remove(added);
		// as ChangedElements reports a removal: the model changed, the team was the old value
		ValidationReport fourth = validator.revalidate(model, third2, List.of(model, added));
		assertEquals(1, fourth.active().size(), "findings on an element that left the model go");
		assertEquals(validator.validate(model).active().size(), fourth.active().size(), "the same as a full run");
	}
}
