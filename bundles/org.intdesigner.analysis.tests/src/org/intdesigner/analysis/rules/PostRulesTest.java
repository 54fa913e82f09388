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
import org.intdesigner.model.Allocation;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;
import org.junit.jupiter.api.Test;

/** POST-001 to POST-003: allocations, line managers and loops of line management. */
class PostRulesTest {

	private final TestModel m = new TestModel();

	@Test
	void post001AllocationsOverTheContractedFteAndTheirFix() {
		Team core = m.team("Core team");
		Team mdt = m.team("Frailty MDT");
		Post over = m.post("Paramedic");
		over.setFte(0.8);
		Allocation inCore = m.allocate(over, core, 0.6);
		Allocation inMdt = m.allocate(over, mdt, 0.4);
		Post exact = m.post("Nurse");
		m.allocate(exact, core, 0.1);
		m.allocate(exact, core, 0.2);
		m.allocate(exact, mdt, 0.7); // 1.0000000000000002: rounding, not over-allocation
		m.allocate(m.post("Part-timer"), core, 0.5);

		OverAllocatedPostRule rule = new OverAllocatedPostRule();
		Finding finding = only(rule, m.model);
		assertSame(over, finding.element());
		assertEquals(Severity.ERROR, finding.severity());
		assertEquals("Post 'Paramedic' gives its teams 1 FTE but is contracted for 0.8 FTE.", finding.message());
		assertEquals(List.of(core, mdt), finding.related());

		assertFixResolves(rule, m.model, finding, fix(rule, finding, "Scale the allocations down to the contracted FTE"));
		assertEquals(0.48, inCore.getFte(), 1e-9, "each team keeps its share");
		assertEquals(0.32, inMdt.getFte(), 1e-9);
	}

	@Test
	void post002NoLineManagerAndItsFix() {
		Post chief = m.post("Chief executive");
		chief.setTopOfOrganisation(true);
		m.report("Director", chief);
		Post orphan = m.post("Care coordinator");
		orphan.setEmployer(m.organisation("Riverside PCN"));

		NoLineManagerRule rule = new NoLineManagerRule();
		Finding finding = only(rule, m.model);
		assertSame(orphan, finding.element());
		assertEquals(Severity.WARNING, finding.severity());
		assertEquals("Post 'Care coordinator' (Riverside PCN) has no line manager.", finding.message());
		assertEquals(List.of(orphan.getEmployer()), finding.related());

		assertFixResolves(rule, m.model, finding, fix(rule, finding, "Mark as top of its organisation"));
		assertTrue(orphan.isTopOfOrganisation());
	}

	@Test
	void post003ALoopIsReportedOnceOnItsFirstPostNamingItsPosts() {
		Post below = m.post("Nurse"); // reports into the loop, is not part of it
		Post c = m.post("Deputy");
		Post a = m.post("Manager");
		Post b = m.post("Director");
		a.setLineManager(b);
		b.setLineManager(c);
		c.setLineManager(a);
		below.setLineManager(b);
		Post top = m.post("Chief");
		m.report("Assistant", top);

		LineManagementLoopRule rule = new LineManagementLoopRule();
		Finding finding = only(rule, m.model);
		assertSame(c, finding.element(), "the post of the loop that comes first in the model");
		assertEquals(Severity.ERROR, finding.severity());
		assertEquals("Line management goes round in a loop of three posts: 'Deputy' reports to 'Manager', who reports to"
				+ " 'Director', who reports to 'Deputy'.", finding.message());
		assertEquals(List.of(a, b), finding.related());
	}

	@Test
	void post003EveryLoopOnceAndAPostManagingItself() {
		Post self = m.post("Self-managed");
		self.setLineManager(self);
		Post x = m.post("X");
		Post y = m.report("Y", x);
		x.setLineManager(y);
		m.report("Z", y);
		List<Finding> findings = findings(new LineManagementLoopRule(), m.model);
		assertEquals(List.of("Post 'Self-managed' is its own line manager.",
				"Line management goes round in a loop of two posts: 'X' reports to 'Y', who reports to 'X'."),
				findings.stream().map(Finding::message).toList());
	}

	@Test
	void post003ALongLoopNamesItsFirstPostsAndCountsTheRest() {
		Post first = m.post("Post 0");
		Post previous = first;
		for (int i = 1; i < 20; i++) {
			previous = m.report("Post " + i, previous);
		}
		first.setLineManager(previous);
		Finding finding = only(new LineManagementLoopRule(), m.model);
		assertSame(first, finding.element());
		assertTrue(finding.message().startsWith("Line management goes round in a loop of 20 posts: 'Post 0' reports to"
				+ " 'Post 19', who reports to 'Post 18'"), finding.message());
		assertTrue(finding.message().endsWith(", and so on through 12 more posts back to 'Post 0'."), finding.message());
		assertEquals(19, finding.related().size());
	}

	@Test
	void post003NoLoopNoFinding() {
		Post top = m.post("Chief");
		m.report("Nurse", m.report("Manager", top));
		assertTrue(findings(new LineManagementLoopRule(), m.model).isEmpty());
	}
}
