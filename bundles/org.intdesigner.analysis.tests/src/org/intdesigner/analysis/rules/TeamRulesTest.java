package org.intdesigner.analysis.rules;

import static org.intdesigner.analysis.rules.RuleCheck.assertFixResolves;
import static org.intdesigner.analysis.rules.RuleCheck.findings;
import static org.intdesigner.analysis.rules.RuleCheck.fix;
import static org.intdesigner.analysis.rules.RuleCheck.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.api.QuickFix;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;
import org.junit.jupiter.api.Test;

/** TEAM-001 to TEAM-003: nesting, leads and empty teams. */
class TeamRulesTest {

	private final TestModel m = new TestModel();

	@Test
	void team001AWellNestedModelHasNoCycle() {
		Team core = m.team("Core team");
		Team mdt = m.subTeam(core, "Frailty MDT");
		m.subTeam(mdt, "Falls clinic");
		assertTrue(findings(new TeamNestingCycleRule(), m.model).isEmpty());
	}

	/**
	 * EMF will not put a loop of teams inside a model: moving a team into its own sub-team takes it
	 * (and the sub-team) out of the model's teams, so the validator, which walks the model's
	 * contents, never meets the loop. The rule is checked here directly on the teams of such a loop,
	 * as a damaged resource could present them.
	 */
	@Test
	void team001ALoopOfTeamsIsReportedOnceOnOneOfItsTeams() {
		Team outer = m.team("Outer team");
		Team middle = m.subTeam(outer, "Middle team");
		Team inner = m.subTeam(middle, "Inner team");
		inner.getSubTeams().add(outer);
		assertSame(inner, outer.eContainer(), "EMF let the loop be made");
		assertTrue(m.model.getTeams().isEmpty(), "and took it out of the model");

		TeamNestingCycleRule rule = new TeamNestingCycleRule();
		DirectContext context = new DirectContext(m.model);
		for (Team team : List.of(outer, middle, inner)) {
			rule.check(team, context, context);
		}
		assertEquals(1, context.reported.size(), context.reported.toString());
		DirectContext.Reported finding = context.reported.get(0);
		assertSame(inner, finding.element(), "the team of the loop with the smallest id");
		assertEquals("Teams nest inside each other in a loop: 'Inner team' is inside 'Middle team', which is inside"
				+ " 'Outer team', which is inside 'Inner team'.", finding.message());
		assertEquals(List.of(middle, outer), finding.related());
	}

	@Test
	void team001ATeamInsideItselfIsALoopOfOne() {
		Team team = m.team("Loop");
		team.getSubTeams().add(team);
		DirectContext context = new DirectContext(m.model);
		new TeamNestingCycleRule().check(team, context, context);
		assertEquals(1, context.reported.size());
		assertEquals("Teams nest inside each other in a loop: 'Loop' is inside 'Loop'.", context.reported.get(0).message());
	}

	@Test
	void team002NoLeadAndItsFixes() {
		Team team = m.team("Frailty MDT");
		Team led = m.team("Core team");
		led.setLead(m.post("GPwER"));
		Post vacant = m.post("Vacant nurse");
		vacant.setHolder(null);
		m.allocate(vacant, team, 1.0);
		for (int i = 1; i <= 6; i++) {
			m.allocate(m.post("Clinician " + i), team, i / 10.0);
		}
		TeamWithoutLeadRule rule = new TeamWithoutLeadRule();
		Finding finding = only(rule, m.model);
		assertSame(team, finding.element());
		assertEquals(Severity.WARNING, finding.severity());
		assertEquals("Team 'Frailty MDT' has no accountable lead.", finding.message());

		List<QuickFix> fixes = rule.fixes(finding);
		assertEquals(List.of("Make 'Clinician 6' the lead", "Make 'Clinician 5' the lead", "Make 'Clinician 4' the lead",
				"Make 'Clinician 3' the lead", "Make 'Clinician 2' the lead"), fixes.stream().map(QuickFix::label).toList(),
				"at most five, filled posts first, the most time in the team first");
		assertFixResolves(rule, m.model, finding, fix(rule, finding, "Make 'Clinician 4' the lead"));
		assertEquals("Clinician 4", team.getLead().getName());
	}

	@Test
	void team002ATeamNobodyWorksInHasNoLeadToOffer() {
		Team team = m.team("New team");
		TeamWithoutLeadRule rule = new TeamWithoutLeadRule();
		assertTrue(rule.fixes(only(rule, m.model)).isEmpty());
		assertNull(team.getLead());
	}

	@Test
	void team003EmptyTeam() {
		Team empty = m.team("Paper team");
		Team withPost = m.team("Working team");
		m.allocate(m.post("Nurse"), withPost, 0.5);
		Team teamOfTeams = m.team("Team of teams");
		m.allocate(m.post("Coordinator"), m.subTeam(teamOfTeams, "MDT"), 1.0);
		Finding finding = only(new EmptyTeamRule(), m.model);
		assertSame(empty, finding.element());
		assertEquals(Severity.WARNING, finding.severity());
		assertEquals("Team 'Paper team' has no posts working in it and no sub-teams.", finding.message());
	}
}
