package org.intdesigner.analysis.rules;

import static org.intdesigner.analysis.rules.RuleCheck.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.model.Capability;
import org.intdesigner.model.PopulationCohort;
import org.intdesigner.model.Post;
import org.intdesigner.model.Role;
import org.intdesigner.model.Team;
import org.junit.jupiter.api.Test;

/** SKL-001: what a team's cohorts need against what the posts working in it (and its sub-teams) can do. */
class CohortCapabilityGapRuleTest {

	private final TestModel m = new TestModel();
	private final Capability frailty = m.capability("Frailty assessment");
	private final Capability rehab = m.capability("Rehabilitation");
	private final Capability eol = m.capability("End of life care");
	private final Capability coordination = m.capability("Care coordination");
	private final PopulationCohort frail = m.cohort("People living with frailty", frailty, rehab);
	private final PopulationCohort dying = m.cohort("People in their last year of life", eol, coordination);

	private Post post(String name, Team team, Capability own, Capability ofRole) {
		Role role = m.role(name + " role", true);
		if (ofRole != null) {
			role.getCapabilities().add(TestModel.level(ofRole));
		}
		Post post = m.post(name);
		post.setRole(role);
		if (own != null) {
			post.getCapabilities().add(TestModel.level(own));
		}
		m.allocate(post, team, 1.0);
		return post;
	}

	@Test
	void aTeamMissingCapabilitiesIsReportedPerCohortNamingThem() {
		Team mdt = m.team("Frailty MDT");
		mdt.getServedCohorts().addAll(List.of(frail, dying));
		post("Community matron", mdt, frailty, null);
		post("District nurse", mdt, null, null);
		List<Finding> findings = findings(new CohortCapabilityGapRule(), m.model);
		assertEquals(2, findings.size(), findings.toString());
		Finding first = findings.get(0);
		assertSame(mdt, first.element());
		assertEquals(Severity.WARNING, first.severity());
		assertEquals("Team 'Frailty MDT' serves 'People living with frailty', whose needs call for a capability no post"
				+ " in the team has: 'Rehabilitation'.", first.message());
		assertEquals(List.of(frail, rehab), first.related());
		assertEquals("Team 'Frailty MDT' serves 'People in their last year of life', whose needs call for capabilities"
				+ " no post in the team has: 'End of life care' and 'Care coordination'.", findings.get(1).message());
	}

	@Test
	void aPostsOwnCapabilitiesAndItsRolesCount() {
		Team mdt = m.team("Frailty MDT");
		mdt.getServedCohorts().add(frail);
		post("Community matron", mdt, frailty, null);
		post("Physiotherapist", mdt, null, rehab);
		assertTrue(findings(new CohortCapabilityGapRule(), m.model).isEmpty());
	}

	@Test
	void aTeamOfTeamsHasWhatItsSubTeamsHave() {
		Team core = m.team("Core team");
		core.getServedCohorts().addAll(List.of(frail, dying));
		Team mdt = m.subTeam(core, "Frailty MDT");
		Team eolTeam = m.subTeam(mdt, "End of life team");
		post("GP", core, frailty, coordination);
		post("Physiotherapist", mdt, rehab, null);
		post("Palliative care nurse", eolTeam, eol, null);
		assertTrue(findings(new CohortCapabilityGapRule(), m.model).isEmpty());
		mdt.getServedCohorts().add(dying); // the MDT itself has no coordinator
		Finding finding = RuleCheck.only(new CohortCapabilityGapRule(), m.model);
		assertSame(mdt, finding.element());
		assertTrue(finding.message().endsWith("no post in the team has: 'Care coordination'."), finding.message());
	}

	@Test
	void aTeamServingNoCohortIsNotChecked() {
		m.team("Enabling team");
		assertTrue(findings(new CohortCapabilityGapRule(), m.model).isEmpty());
	}
}
