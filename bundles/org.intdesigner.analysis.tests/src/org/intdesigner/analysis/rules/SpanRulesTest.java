package org.intdesigner.analysis.rules;

import static org.intdesigner.analysis.rules.RuleCheck.findings;
import static org.intdesigner.analysis.rules.RuleCheck.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.analysis.engine.RuleSettings;
import org.intdesigner.model.Post;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPAN-001 to SPAN-003: spans of control and the depth of line management, with their parameters. */
class SpanRulesTest {

	private final TestModel m = new TestModel();

	private List<Post> reports(Post manager, int count) {
		List<Post> reports = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			reports.add(m.report(manager.getName() + " report " + i, manager));
		}
		return reports;
	}

	@Test
	void span001TooManyDirectReports() {
		Post wide = m.post("Wide manager");
		List<Post> reports = reports(wide, 16);
		reports(m.post("Fifteen manager"), 15);
		SpanTooWideRule rule = new SpanTooWideRule();
		Finding finding = only(rule, m.model);
		assertSame(wide, finding.element());
		assertEquals(Severity.WARNING, finding.severity());
		assertEquals("Post 'Wide manager' line-manages 16 posts; the most for one manager is 15.", finding.message());
		assertEquals(reports, finding.related());
	}

	@ParameterizedTest
	@CsvSource({ "15, 0", "10, 1", "9, 2", "3, 2", "20, 0" })
	void span001HonoursItsMaximum(int max, int expected) {
		reports(m.post("Ten"), 10);
		reports(m.post("Twelve"), 12);
		RuleSettings settings = RuleSettings.defaults().withParameter("SPAN-001", "max", max);
		assertEquals(expected, findings(new SpanTooWideRule(), m.model, settings).size());
	}

	@Test
	void span002FewDirectReportsButOnlyForManagers() {
		Post narrow = m.post("Narrow manager");
		List<Post> reports = reports(narrow, 2);
		reports(m.post("Three manager"), 3);
		m.post("Nobody's manager"); // manages no one: not a manager, not narrow
		SpanTooNarrowRule rule = new SpanTooNarrowRule();
		List<Finding> findings = findings(rule, m.model);
		assertEquals(1, findings.size(), findings.toString());
		Finding finding = findings.get(0);
		assertSame(narrow, finding.element());
		assertEquals(Severity.INFO, finding.severity());
		assertEquals("Post 'Narrow manager' line-manages only two posts ('Narrow manager report 1' and 'Narrow manager"
				+ " report 2'); fewer than 3 is a narrow span.", finding.message());
		assertEquals(reports, finding.related());
	}

	@ParameterizedTest
	@CsvSource({ "3, 1", "1, 0", "5, 2", "6, 3" })
	void span002HonoursItsMinimum(int min, int expected) {
		reports(m.post("Two"), 2);
		reports(m.post("Four"), 4);
		reports(m.post("Five"), 5);
		RuleSettings settings = RuleSettings.defaults().withParameter("SPAN-002", "min", min);
		assertEquals(expected, findings(new SpanTooNarrowRule(), m.model, settings).size());
	}

	/** Level 1 at the top: returns the chain top down, {@code levels} posts long. */
	private List<Post> chain(String name, Post top, int levels) {
		List<Post> chain = new ArrayList<>();
		Post manager = top;
		for (int level = top == null ? 1 : 2; chain.size() < levels; level++) {
			manager = manager == null ? m.post(name + " level 1") : m.report(name + " level " + level, manager);
			chain.add(manager);
		}
		return chain;
	}

	@Test
	void span003ReportsOnceWhereAChainCrossesTheLimit() {
		List<Post> deep = chain("Deep", null, 9);
		Post atLimit = deep.get(5); // level 6
		Post sideBranch = m.report("Side level 7", atLimit);
		m.report("Side level 8", sideBranch);
		chain("Shallow", null, 6);
		ChainTooDeepRule rule = new ChainTooDeepRule();
		Finding finding = only(rule, m.model);
		assertSame(atLimit, finding.element(), "on the manager at the deepest allowed level, not on each post below it");
		assertEquals(Severity.WARNING, finding.severity());
		assertEquals("Line management under 'Deep level 6' goes deeper than 6 levels: five posts below the limit, the"
				+ " deepest 'Deep level 9' at level 9.", finding.message());
		assertEquals(List.of(deep.get(6), sideBranch, deep.get(8)), finding.related(),
				"its direct reports, then the deepest post");
	}

	@ParameterizedTest
	@CsvSource({ "6, 'Deep level 6'", "8, 'Deep level 8'", "9, ''", "2, 'Deep level 2'" })
	void span003HonoursItsMaximum(int maxDepth, String reportedOn) {
		chain("Deep", null, 9);
		RuleSettings settings = RuleSettings.defaults().withParameter("SPAN-003", "maxDepth", maxDepth);
		List<Finding> findings = findings(new ChainTooDeepRule(), m.model, settings);
		// a post is named by its holder, then its own name
		assertEquals(reportedOn.isEmpty() ? List.of() : List.of("Holder of " + reportedOn + ", " + reportedOn),
				findings.stream().map(Finding::elementName).toList());
	}

	@Test
	void span003LeavesLoopsToPost003() {
		List<Post> deep = chain("Deep", null, 8);
		deep.get(0).setLineManager(deep.get(7)); // the whole chain is now a loop: no top, no levels
		chain("Below loop", deep.get(3), 8);
		assertTrue(findings(new ChainTooDeepRule(), m.model).isEmpty());
		assertEquals(1, findings(new LineManagementLoopRule(), m.model).size());
	}

	/** One pass over the chains: a single chain of 20,000 levels takes no longer than a wide, flat model. */
	@Test
	void span003AndPost003AreLinearInTheLengthOfTheChains() {
		List<Post> deep = chain("Deep", null, 20_000);
		long start = System.nanoTime();
		Finding finding = only(new ChainTooDeepRule(), m.model);
		assertSame(deep.get(5), finding.element());
		assertTrue(finding.message().contains("19994 posts below the limit"), finding.message());
		assertTrue(findings(new LineManagementLoopRule(), m.model).isEmpty());
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertTrue(millis < 3_000, "validating a chain of 20,000 took " + millis + " ms");
	}
}
