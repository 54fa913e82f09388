package org.intdesigner.workforce.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Every metric on {@link HandWorkedStore}, against figures worked out by hand (the sums are in the comments). */
class WorkforceMetricsTest extends OnHandWorkedStore {

	private static MetricTable compute(MetricQuery query) throws SQLException {
		return store.read(connection -> WorkforceMetrics.compute(connection, query));
	}

	private static MetricTable compute(MetricFormula metric, Cut... cuts) throws SQLException {
		return compute(new MetricQuery(metric, YEAR_2026, List.of(cuts), team -> "T3".equals(team) ? TeamNeighbourhoods.NOT_IN_A_NEIGHBOURHOOD
				: "Riverside North", SmallNumberSuppression.standard(), metric instanceof Metric m ? Target.DEFAULTS.get(m) : null));
	}

	private static MetricRow row(MetricTable table, Cut cut, String value) {
		return table.rows().stream().filter(r -> value.equals(r.key().get(cut))).findFirst()
				.orElseThrow(() -> new AssertionError("no row " + value + " in " + table.rows()));
	}

	@Test
	void turnoverIsFiveLeaversOverTheMeanOfTwelveAndNine() throws SQLException {
		MetricTable table = compute(Metric.TURNOVER, Cut.ORGANISATION);
		MetricRow a = row(table, Cut.ORGANISATION, "A");
		// leavers a09, a10, a12, a13, a14; in post 1 Jan: a01-a10, a13, a14 = 12; 31 Dec: a01-a08, a11 = 9
		assertEquals(5, a.measures().get(Measure.LEAVERS));
		assertEquals(12, a.measures().get(Measure.IN_POST_START));
		assertEquals(9, a.measures().get(Measure.IN_POST_END));
		assertEquals(5 / 10.5 * 100, a.value(), 1e-9);
		assertFalse(a.suppressed());
		assertEquals(Rag.RED, a.rag(), "against the default 10% target");
		assertTrue(row(table, Cut.ORGANISATION, "B").suppressed(), "B has three people");
	}

	@Test
	void fteTurnoverStabilityHeadcountAndFte() throws SQLException {
		// leaver FTE 5.0; FTE in post 1 Jan: 7 x 1.0 + 0.5 (a07) + 4.0 = 11.5; 31 Dec: 7.5 + 1.0 = 8.5; 5 / 10 = 50%
		assertEquals(50.0, row(compute(Metric.TURNOVER_FTE, Cut.ORGANISATION), Cut.ORGANISATION, "A").value(), 1e-9);
		// in post 31 Dec 2025: 12; of them still in the same post on 31 Dec 2026: a01-a08 = 8
		assertEquals(8 / 12.0 * 100, row(compute(Metric.STABILITY, Cut.ORGANISATION), Cut.ORGANISATION, "A").value(), 1e-9);
		assertEquals(9, row(compute(Metric.HEADCOUNT, Cut.ORGANISATION), Cut.ORGANISATION, "A").value(), 1e-9);
		assertEquals(8.5, row(compute(Metric.FTE, Cut.ORGANISATION), Cut.ORGANISATION, "A").value(), 1e-9);
	}

	@Test
	void vacancyRateComparesDecembersEstablishmentWithFteInPost() throws SQLException {
		// planned 8.0 nurse + 2.0 HCA = 10; in post 31 Dec 8.5: 1.5 / 10 = 15%
		assertEquals(15.0, row(compute(Metric.VACANCY_RATE, Cut.ORGANISATION), Cut.ORGANISATION, "A").value(), 1e-9);
		MetricTable byRole = compute(Metric.VACANCY_RATE, Cut.ORGANISATION, Cut.ROLE);
		// nurses: 8.0 planned, a01-a08 = 7.5 FTE: 0.5 / 8 = 6.25%
		assertEquals(6.25, row(byRole, Cut.ROLE, "nurse").value(), 1e-9);
		assertTrue(row(byRole, Cut.ROLE, "hca").suppressed(), "one HCA in post");
		assertThrows(IllegalArgumentException.class, () -> compute(Metric.VACANCY_RATE, Cut.TEAM),
				"establishment is not kept by team");
	}

	@Test
	void sicknessIsFteDaysLostOverFteDaysAvailableWithinTheYear() throws SQLException {
		// available: 7 x 365 + 0.5 x 365 + a09 181 + a10 273 + a13 120 + a14 151 + a11 306 + a12 303 = 4071.5
		// lost: a01 5 + a07 10 x 0.5 + a02 2 (1-2 Jan) + a03 2 (30-31 Dec, still off) = 14; a09's absence after leaving is not counted
		MetricRow a = row(compute(Metric.SICKNESS_ABSENCE, Cut.ORGANISATION), Cut.ORGANISATION, "A");
		assertEquals(4071.5, a.measures().get(Measure.FTE_DAYS_AVAILABLE), 1e-9);
		assertEquals(14, a.measures().get(Measure.FTE_DAYS_LOST), 1e-9);
		assertEquals(14 / 4071.5 * 100, a.value(), 1e-9);
	}

	@Test
	void oneTeamsFiguresCountOnlyItsPeople() throws SQLException {
		// T1: nurses a01-a09, a13, a14; leavers a09, a13, a14 = 3; in post 1 Jan 11, 31 Dec 8: 3 / 9.5
		MetricRow turnover = compute(query(Metric.TURNOVER).onlyTeam("T1")).rows().get(0);
		assertEquals(3, turnover.measures().get(Measure.LEAVERS));
		assertEquals(3 / 9.5 * 100, turnover.value(), 1e-9);
		// every absence is a T1 nurse's: lost 14; available 7 x 365 + 0.5 x 365 + a09 181 + a13 120 + a14 151 = 3189.5
		MetricRow sickness = compute(query(Metric.SICKNESS_ABSENCE).onlyTeam("T1")).rows().get(0);
		assertEquals(3189.5, sickness.measures().get(Measure.FTE_DAYS_AVAILABLE), 1e-9);
		assertEquals(14, sickness.measures().get(Measure.FTE_DAYS_LOST), 1e-9);
		assertEquals(5.0, compute(query(Metric.INVOLVEMENT).onlyTeam("T1")).rows().get(0).value(), 1e-9);
		assertEquals(8, compute(query(Metric.HEADCOUNT).onlyTeam("T1")).rows().get(0).value(), 1e-9);
		assertTrue(compute(query(Metric.HEADCOUNT).onlyTeam("T3")).rows().get(0).suppressed(), "T3 has three people");
		assertEquals(0, compute(query(Metric.HEADCOUNT).onlyTeam("nobody's team")).rows().get(0).value(), 1e-9);
		assertThrows(IllegalArgumentException.class, () -> compute(query(Metric.VACANCY_RATE).onlyTeam("T1")),
				"establishment is not kept by team");
	}

	private static MetricQuery query(Metric metric) {
		return MetricQuery.of(metric, YEAR_2026);
	}

	@Test
	void engagementFromTheSurveyAndItsLimits() throws SQLException {
		// motivation (7.5 + 7.5 + 10) / 3, involvement 5, advocacy (10 + 7.5 + 5) / 3 = 7.5
		MetricTable table = compute(Metric.ENGAGEMENT, Cut.ORGANISATION);
		assertEquals(((25 / 3.0) + 5 + 7.5) / 3, row(table, Cut.ORGANISATION, "A").value(), 1e-9);
		assertTrue(row(table, Cut.ORGANISATION, "B").suppressed(), "two respondents");
		assertEquals(5.0, row(compute(Metric.INVOLVEMENT, Cut.TEAM), Cut.TEAM, "T1").value(), 1e-9);
		IllegalArgumentException byRole = assertThrows(IllegalArgumentException.class, () -> compute(Metric.ENGAGEMENT, Cut.ROLE));
		assertTrue(byRole.getMessage().contains("role"), byRole.getMessage());
		assertThrows(IllegalArgumentException.class, () -> compute(Metric.ENGAGEMENT, Cut.MONTH));
	}

	@Test
	void byMonthEachMonthHasItsOwnStartEndAndLeavers() throws SQLException {
		MetricTable table = compute(Metric.TURNOVER, Cut.ORGANISATION, Cut.MONTH);
		assertEquals(2 * 12, table.rows().size());
		MetricRow january = table.rows().stream().filter(r -> "A".equals(r.key().get(Cut.ORGANISATION))
				&& "2026-01".equals(r.key().get(Cut.MONTH))).findFirst().orElseThrow();
		assertEquals(0.0, january.value(), 1e-9, "nobody left in January: zero is not disclosive");
		assertFalse(january.suppressed());
		MetricRow june = table.rows().stream().filter(r -> "A".equals(r.key().get(Cut.ORGANISATION))
				&& "2026-06".equals(r.key().get(Cut.MONTH))).findFirst().orElseThrow();
		assertEquals(1, june.measures().get(Measure.LEAVERS), "a09 left on 30 June");
		assertTrue(june.suppressed(), "one leaver could be named");
	}

	@Test
	void teamsAddUpIntoTheirNeighbourhoodAndSectorsComeFromThePartners() throws SQLException {
		MetricTable byNeighbourhood = compute(Metric.HEADCOUNT, Cut.NEIGHBOURHOOD);
		assertEquals(9, row(byNeighbourhood, Cut.NEIGHBOURHOOD, "Riverside North").value(), 1e-9, "T1 8 + T2 1");
		assertTrue(row(byNeighbourhood, Cut.NEIGHBOURHOOD, TeamNeighbourhoods.NOT_IN_A_NEIGHBOURHOOD).suppressed());
		assertEquals(9, row(compute(Metric.HEADCOUNT, Cut.SECTOR), Cut.SECTOR, "nhs").value(), 1e-9);
		assertEquals(1, compute(Metric.HEADCOUNT).rows().size(), "no cut: one figure");
		assertEquals(12, compute(Metric.HEADCOUNT).rows().get(0).value(), 1e-9, "9 in A and 3 in B");
	}

	@Test
	void aUserDefinedMetricIsComputedPerGroupFromTheStore() throws SQLException {
		MetricDefinition satisfaction = new MetricDefinition("satisfaction", "Staff satisfaction", "0-10", "(motivation + advocacy) / 2");
		assertEquals((25 / 3.0 + 7.5) / 2, row(compute(satisfaction, Cut.ORGANISATION), Cut.ORGANISATION, "A").value(), 1e-9);
	}

	@Test
	void noOutputCarriesASmallCount() throws SQLException {
		MetricTable table = compute(Metric.TURNOVER, Cut.ORGANISATION);
		String csv = MetricsOutput.CSV.write(table);
		assertTrue(csv.startsWith("organisation,period,metric,value,unit,rag,"), csv);
		assertTrue(csv.contains("A,2026-01-01..2026-12-31,turnover,47.6190476"), csv);
		String bLine = csv.lines().filter(l -> l.startsWith("B,")).findFirst().orElseThrow();
		assertFalse(bLine.matches(".*\\b3\\b.*"), "B's three people appear nowhere: " + bLine);
		assertTrue(bLine.contains(SmallNumberSuppression.MARK), bLine);
		String json = MetricsOutput.JSON.write(table);
		var root = com.google.gson.JsonParser.parseString(json).getAsJsonObject();
		var b = root.getAsJsonArray("rows").asList().stream().map(e -> e.getAsJsonObject())
				.filter(o -> "B".equals(o.get("organisation").getAsString())).findFirst().orElseThrow();
		assertTrue(b.get("suppressed").getAsBoolean());
		assertFalse(b.has("value") || b.has("inPostStart") || b.has("leavers"), b.toString());
		String text = MetricsOutput.TEXT.write(table);
		assertTrue(text.contains("A: 47.6 [RED]") && text.contains("B: *") && text.contains("fewer than 5 people"), text);
		Map<Cut, String> key = row(table, Cut.ORGANISATION, "A").key();
		assertEquals("A", key.get(Cut.ORGANISATION));
	}

	@Test
	void aNameFromAPartnersFileCannotRunAsAFormulaInTheCsv() throws SQLException {
		MetricTable table = compute(Metric.TURNOVER, Cut.ORGANISATION);
		MetricRow a = row(table, Cut.ORGANISATION, "A");
		MetricRow hostile = new MetricRow(Map.of(Cut.ORGANISATION, "=HYPERLINK(\"http://evil.example/\")"), a.period(),
				a.value(), a.measures(), a.suppressed(), a.rag());
		String csv = MetricsOutput.CSV.write(new MetricTable(table.metric(), table.query(), java.util.List.of(hostile)));
		String line = csv.lines().skip(1).findFirst().orElseThrow();
		assertTrue(line.startsWith("\"'=HYPERLINK(") || line.startsWith("'=HYPERLINK("), "shown as text in a spreadsheet: " + line);
	}
}
