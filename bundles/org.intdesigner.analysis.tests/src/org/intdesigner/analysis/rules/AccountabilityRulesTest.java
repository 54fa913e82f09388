package org.intdesigner.analysis.rules;

import static org.intdesigner.analysis.rules.RuleCheck.assertFixResolves;
import static org.intdesigner.analysis.rules.RuleCheck.findings;
import static org.intdesigner.analysis.rules.RuleCheck.fix;
import static org.intdesigner.analysis.rules.RuleCheck.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.Post;
import org.intdesigner.model.RaciAssignment;
import org.intdesigner.model.RaciCode;
import org.intdesigner.model.Team;
import org.junit.jupiter.api.Test;

/** ACC-001 to ACC-004: the RACI of accountability items. */
class AccountabilityRulesTest {

	private final TestModel m = new TestModel();
	private final Post nurse = m.post("Practice nurse");
	private final Post lead = m.post("Team lead");
	private final Post gp = m.post("GP");
	private final Team team = m.team("Frailty MDT");
	private final AccountabilityItem falls = m.item("Falls prevention");

	/** A / R / C / I as it should be. */
	private AccountabilityItem wellFormed(String name) {
		AccountabilityItem item = m.item(name);
		m.raci(item, lead, RaciCode.A);
		m.raci(item, nurse, RaciCode.R);
		m.raci(item, gp, RaciCode.C);
		m.raci(item, team, RaciCode.I);
		return item;
	}

	@Test
	void acc001NoAccountableParty() {
		falls.setTeam(team);
		m.raci(falls, nurse, RaciCode.R);
		m.raci(m.item("Unfinished"), null, RaciCode.A); // an A naming nobody is no A
		wellFormed("Medicines review");
		NoAccountablePartyRule rule = new NoAccountablePartyRule();
		List<Finding> findings = findings(rule, m.model);
		assertEquals(2, findings.size(), findings.toString());
		Finding finding = findings.get(0);
		assertSame(falls, finding.element());
		assertEquals(Severity.ERROR, finding.severity());
		assertEquals("Accountability 'Falls prevention' has no Accountable party.", finding.message());
		assertEquals(List.of(team), finding.related());
	}

	@Test
	void acc002SeveralAccountableParties() {
		m.raci(falls, nurse, RaciCode.A);
		m.raci(falls, lead, RaciCode.A);
		m.raci(falls, gp, RaciCode.R);
		AccountabilityItem twice = wellFormed("Same A twice");
		m.raci(twice, lead, RaciCode.A); // the same party twice is a duplicate, not two parties
		SeveralAccountablePartiesRule rule = new SeveralAccountablePartiesRule();
		Finding finding = only(rule, m.model);
		assertSame(falls, finding.element());
		assertEquals(Severity.ERROR, finding.severity());
		assertEquals("Accountability 'Falls prevention' has two Accountable parties: 'Practice nurse' and 'Team lead'.",
				finding.message());
		assertEquals(List.of(nurse, lead), finding.related());
	}

	@Test
	void acc003NoResponsiblePartyAndItsFix() {
		m.raci(falls, lead, RaciCode.A);
		m.raci(falls, gp, RaciCode.C);
		wellFormed("Medicines review");
		NoResponsiblePartyRule rule = new NoResponsiblePartyRule();
		Finding finding = only(rule, m.model);
		assertSame(falls, finding.element());
		assertEquals(Severity.WARNING, finding.severity());
		assertEquals("Accountability 'Falls prevention' has no Responsible party, so its Accountable party, 'Team lead',"
				+ " is left to do the work.", finding.message());
		assertEquals(List.of(lead), finding.related());

		assertFixResolves(rule, m.model, finding, fix(rule, finding, "Make the Accountable party also Responsible"));
		RaciAssignment added = falls.getAssignments().get(falls.getAssignments().size() - 1);
		assertSame(lead, added.getParty());
		assertEquals(RaciCode.R, added.getCode());
		assertTrue(added.getId() != null && !added.getId().isBlank(), "the new assignment has an id");
	}

	@Test
	void acc003WithoutASingleAccountablePartyOffersNoFix() {
		m.raci(falls, gp, RaciCode.C);
		NoResponsiblePartyRule rule = new NoResponsiblePartyRule();
		Finding finding = only(rule, m.model);
		assertEquals("Accountability 'Falls prevention' has no Responsible party.", finding.message());
		assertTrue(rule.fixes(finding).isEmpty());
	}

	@Test
	void acc004AccountableAlsoConsultedAndItsFix() {
		m.raci(falls, lead, RaciCode.A);
		m.raci(falls, nurse, RaciCode.R);
		RaciAssignment consulted = m.raci(falls, lead, RaciCode.C);
		m.raci(falls, gp, RaciCode.C);
		wellFormed("Medicines review");
		AccountableAlsoConsultedRule rule = new AccountableAlsoConsultedRule();
		Finding finding = only(rule, m.model);
		assertSame(falls, finding.element());
		assertEquals(Severity.WARNING, finding.severity());
		assertEquals("In accountability 'Falls prevention', 'Team lead' is both Accountable and Consulted.",
				finding.message());
		assertEquals(List.of(lead, consulted), finding.related());

		assertFixResolves(rule, m.model, finding, fix(rule, finding, "Remove the Consulted assignment"));
		assertEquals(3, falls.getAssignments().size(), "only the C of the Accountable party went");
		assertTrue(falls.getAssignments().stream().anyMatch(a -> a.getParty() == gp && a.getCode() == RaciCode.C));
	}
}
