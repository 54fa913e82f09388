package org.intdesigner.analysis.rules;

import static org.intdesigner.analysis.rules.RuleCheck.findings;
import static org.intdesigner.analysis.rules.RuleCheck.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.model.Arrangement;
import org.intdesigner.model.ArrangementKind;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Post;
import org.intdesigner.model.Role;
import org.intdesigner.model.Team;
import org.junit.jupiter.api.Test;

/** BND-001 and BND-002: working in a team another organisation hosts. */
class BoundaryRulesTest {

	private final TestModel m = new TestModel();
	private final Organisation pcn = m.organisation("Riverside PCN");
	private final Organisation trust = m.organisation("Community Trust");
	private final Role paramedic = m.role("Paramedic", true);
	private final Role linkWorker = m.role("Link worker", false);
	private final Team core = m.team("Core team", pcn);
	private final Team frailty = m.team("Frailty MDT", trust);
	private final Team unhosted = m.team("Unhosted team");

	@Test
	void bnd001ClinicianOutsideTheirEmployerWithoutASupervisor() {
		Post away = m.post("Paramedic, North", paramedic, pcn);
		m.allocate(away, core, 0.5);
		m.allocate(away, frailty, 0.5);
		Post supervised = m.post("Paramedic, South", paramedic, pcn);
		m.allocate(supervised, frailty, 1.0);
		supervised.setSupervisor(m.post("GP", paramedic, pcn));
		Post atHome = m.post("Paramedic, East", paramedic, pcn);
		m.allocate(atHome, core, 1.0);
		m.allocate(atHome, unhosted, 0.0); // a team with no host says nothing either way
		m.allocate(m.post("Link worker, North", linkWorker, pcn), frailty, 1.0); // not clinical

		UnsupervisedClinicianRule rule = new UnsupervisedClinicianRule();
		Finding finding = only(rule, m.model);
		assertSame(away, finding.element());
		assertEquals(Severity.WARNING, finding.severity());
		assertEquals("Clinical post 'Paramedic, North', employed by Riverside PCN, works in 'Frailty MDT' (hosted by"
				+ " Community Trust) but has no professional supervisor.", finding.message());
		assertEquals(List.of(frailty), finding.related());
	}

	@Test
	void bnd002PostOutsideItsEmployerWithoutAHostingArrangement() {
		Post none = m.post("Link worker, North", linkWorker, pcn);
		m.allocate(none, frailty, 1.0);
		Post hosted = m.post("Link worker, South", linkWorker, pcn);
		m.allocate(hosted, frailty, 1.0);
		hosted.setHostArrangement(m.arrangement("PCN staff in trust teams", ArrangementKind.HOSTING));
		Post wrongKind = m.post("Link worker, East", linkWorker, pcn);
		m.allocate(wrongKind, core, 0.5);
		m.allocate(wrongKind, frailty, 0.5);
		Arrangement lineManagement = m.arrangement("Line management by the trust", ArrangementKind.LINE_MANAGEMENT);
		wrongKind.setHostArrangement(lineManagement);
		m.allocate(m.post("Link worker, West", linkWorker, pcn), core, 1.0); // at home

		List<Finding> findings = findings(new NoHostingArrangementRule(), m.model);
		assertEquals(2, findings.size(), findings.toString());
		assertSame(none, findings.get(0).element());
		assertEquals(Severity.WARNING, findings.get(0).severity());
		assertEquals("Post 'Link worker, North', employed by Riverside PCN, works in 'Frailty MDT' (hosted by Community"
				+ " Trust) with no hosting arrangement recorded.", findings.get(0).message());
		assertEquals(List.of(frailty), findings.get(0).related());
		assertSame(wrongKind, findings.get(1).element());
		assertEquals("Post 'Link worker, East', employed by Riverside PCN, works in 'Frailty MDT' (hosted by Community"
				+ " Trust); its host arrangement 'Line management by the trust' is a line management arrangement, not a"
				+ " hosting one.", findings.get(1).message());
		assertEquals(List.of(frailty, lineManagement), findings.get(1).related());
	}

	@Test
	void bnd002NamesEveryHostTheEmployerIsNot() {
		Team mh = m.team("Mental health MDT", m.organisation("Mental Health Trust"));
		Post post = m.post("Link worker", linkWorker, pcn);
		m.allocate(post, frailty, 0.5);
		m.allocate(post, mh, 0.5);
		assertTrue(only(new NoHostingArrangementRule(), m.model).message().contains("works in 'Frailty MDT' (hosted by"
				+ " Community Trust) and 'Mental health MDT' (hosted by Mental Health Trust) with no hosting"));
	}
}
