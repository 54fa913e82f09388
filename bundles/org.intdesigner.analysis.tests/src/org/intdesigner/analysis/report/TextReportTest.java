package org.intdesigner.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.intdesigner.analysis.engine.ValidationReport;
import org.junit.jupiter.api.Test;

class TextReportTest {

	private final ReportFixture fixture = new ReportFixture();
	private final ValidationReport report = fixture.validate();
	private final String text = TextReport.format(report, "designs/place.intd");
	private final List<String> lines = text.lines().toList();

	@Test
	void findingsAreGroupedBySeverityMostSeriousFirst() {
		int errors = lines.indexOf("Errors (1)");
		int warnings = lines.indexOf("Warnings (2)");
		int information = lines.indexOf("Information (2)");
		int suppressed = lines.indexOf("Suppressed (1)");
		assertTrue(errors >= 0 && errors < warnings && warnings < information && information < suppressed, text);
		assertEquals("  ERROR   TST-010  Team 'Core' has no purpose.  [Core, core-id]", lines.get(errors + 1));
		assertTrue(lines.get(warnings + 1).startsWith("  WARNING TST-020  Team 'Core' has a short name."), text);
		assertTrue(lines.get(information + 1).startsWith("  INFO    TST-030  "), text);
	}

	@Test
	void suppressedFindingsAreApartWithTheReasonWhoAndWhen() {
		int suppressed = lines.indexOf("Suppressed (1)");
		assertEquals("  ERROR   TST-010  Team 'Frailty MDT' has no purpose.  [Frailty MDT, frailty-id]", lines.get(suppressed + 1));
		assertEquals("      suppressed: Purpose agreed in the \"Frailty\" charter (J. Smith, 2026-01-02)", lines.get(suppressed + 2));
		assertEquals(1, text.split("Frailty MDT' has no purpose", -1).length - 1, "listed once, not among the errors");
	}

	@Test
	void endsWithOneSummaryLine() {
		String summary = lines.get(lines.size() - 1);
		assertTrue(summary.matches("designs/place\\.intd: 1 error, 2 warnings, 2 info, 1 suppressed; 3 rules in [0-9.]+ m?s"),
				summary);
	}

	@Test
	void aCleanModelIsOnlyTheSummary() {
		fixture.model.getTeams().clear();
		String clean = TextReport.format(fixture.validate(), "empty.intd");
		assertEquals(1, clean.lines().count(), clean);
		assertTrue(clean.startsWith("empty.intd: 0 errors, 0 warnings, 0 info, 0 suppressed; 3 rules in "), clean);
		assertFalse(clean.contains("Suppressed"));
	}
}
