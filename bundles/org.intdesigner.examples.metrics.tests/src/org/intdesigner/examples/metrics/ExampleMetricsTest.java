package org.intdesigner.examples.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import org.intdesigner.workforce.metrics.ContributedMetric;
import org.intdesigner.workforce.metrics.ContributedMetrics;
import org.intdesigner.workforce.metrics.Cut;
import org.intdesigner.workforce.metrics.DashboardFigures;
import org.intdesigner.workforce.metrics.Measure;
import org.intdesigner.workforce.metrics.Metric;
import org.intdesigner.workforce.metrics.MetricCatalogue;
import org.intdesigner.workforce.metrics.MetricFormula;
import org.intdesigner.workforce.metrics.MetricQuery;
import org.intdesigner.workforce.metrics.MetricRow;
import org.intdesigner.workforce.metrics.MetricTable;
import org.intdesigner.workforce.metrics.Period;
import org.intdesigner.workforce.metrics.Rag;
import org.intdesigner.workforce.metrics.StaffScope;
import org.intdesigner.workforce.metrics.SmallNumberSuppression;
import org.intdesigner.workforce.metrics.Target;
import org.intdesigner.workforce.metrics.TeamNeighbourhoods;
import org.intdesigner.workforce.metrics.WorkforceMetrics;
import org.intdesigner.workforce.store.StoreLocation;
import org.intdesigner.workforce.store.WorkforceStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example's two metrics, read from its plugin.xml by the registry, found and computed as
 * {@code ./intd metrics ID} does (MetricCatalogue, then WorkforceMetrics) on a small store worked
 * out by hand, and among the dashboard's figures.
 */
class ExampleMetricsTest {

	private static final Period YEAR_2026 = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

	@TempDir
	static Path folder;
	private static WorkforceStore store;

	/**
	 * Trust A: twelve people in post throughout, four leaving on 30 June, two joining on 1 March, two
	 * with sickness absence. Council B: three people (too few to show).
	 */
	@BeforeAll
	static void open() throws Exception {
		store = WorkforceStore.open(StoreLocation.embedded(folder.resolve("workforce")));
		store.write(c -> {
			try (Statement s = c.createStatement()) {
				s.executeUpdate("INSERT INTO WORKFORCE.IMPORT_LOG (KIND, FILE_NAME, OUTCOME, ROWS_READ, ROWS_IMPORTED,"
						+ " ROWS_REJECTED, IMPORTED_AT) VALUES ('staff', 'example', 'IMPORTED', 0, 0, 0, CURRENT_TIMESTAMP)");
				s.executeUpdate("INSERT INTO WORKFORCE.PARTNER VALUES ('A', 'Trust A', 'nhs'), ('B', 'Council B', 'council')");
			}
			LocalDate since2020 = LocalDate.of(2020, 1, 1);
			for (int i = 0; i < 12; i++) {
				staff(c, "a" + i, "A", since2020, null);
			}
			for (int i = 12; i < 16; i++) {
				staff(c, "a" + i, "A", since2020, LocalDate.of(2026, 6, 30));
			}
			staff(c, "a16", "A", LocalDate.of(2026, 3, 1), null);
			staff(c, "a17", "A", LocalDate.of(2026, 3, 1), null);
			for (int i = 0; i < 3; i++) {
				staff(c, "b" + i, "B", since2020, null);
			}
			absence(c, "a0", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 11)); // 10 days
			absence(c, "a1", LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 8)); // 5 days
			return null;
		});
	}

	private static void staff(java.sql.Connection c, String person, String org, LocalDate start, LocalDate end)
			throws SQLException {
		try (PreparedStatement insert = c.prepareStatement("INSERT INTO WORKFORCE.STAFF (PERSON_ID, ORG_ID, ROLE_ID, TEAM_ID,"
				+ " POST_ID, FTE, START_DATE, END_DATE, LEAVING_REASON, IMPORT_ID) VALUES (?, ?, 'nurse', 'T1', NULL, 1.0, ?, ?,"
				+ " NULL, (SELECT MAX(IMPORT_ID) FROM WORKFORCE.IMPORT_LOG))")) {
			insert.setString(1, person);
			insert.setString(2, org);
			insert.setDate(3, Date.valueOf(start));
			insert.setDate(4, end == null ? null : Date.valueOf(end));
			insert.executeUpdate();
		}
	}

	private static void absence(java.sql.Connection c, String person, LocalDate start, LocalDate end) throws SQLException {
		try (PreparedStatement insert = c.prepareStatement("INSERT INTO WORKFORCE.ABSENCE (PERSON_ID, START_DATE, END_DATE,"
				+ " IMPORT_ID) VALUES (?, ?, ?, (SELECT MAX(IMPORT_ID) FROM WORKFORCE.IMPORT_LOG))")) {
			insert.setString(1, person);
			insert.setDate(2, Date.valueOf(start));
			insert.setDate(3, Date.valueOf(end));
			insert.executeUpdate();
		}
	}

	@AfterAll
	static void close() {
		store.close();
	}

	/** As the metrics command: the metric by its id, its target, the figures by organisation. */
	private static MetricTable byOrganisation(String id) throws SQLException {
		MetricFormula metric = MetricCatalogue.find(id);
		MetricQuery query = new MetricQuery(metric, YEAR_2026, List.of(Cut.ORGANISATION), TeamNeighbourhoods.NONE,
				SmallNumberSuppression.standard(), MetricCatalogue.targetOf(metric));
		return store.read(c -> WorkforceMetrics.compute(c, query));
	}

	private static MetricRow row(MetricTable table, String organisation) {
		return table.rows().stream().filter(r -> organisation.equals(r.key().get(Cut.ORGANISATION))).findFirst()
				.orElseThrow(() -> new AssertionError("no row " + organisation + " in " + table.rows()));
	}

	@Test
	void bothMetricsAreInstalledFromPluginXml() {
		List<ContributedMetric> ours = ContributedMetrics.installed().stream()
				.filter(metric -> metric.contributor().equals("org.intdesigner.examples.metrics")).toList();
		assertEquals(List.of("examples.growth", "examples.days-lost"), ours.stream().map(ContributedMetric::id).toList());
		assertEquals(new Target(0, 2, true), ours.get(0).target());
		assertEquals(new Target(14.6, 3.6, false), ours.get(1).target());
		assertEquals("days a year", ours.get(1).unit());
	}

	@Test
	void growthIsThePeopleInPostAgainstAYearBefore() throws SQLException {
		MetricTable table = byOrganisation("examples.growth");
		MetricRow a = row(table, "A");
		// in post 31 Dec 2025: a0-a15 = 16; 31 Dec 2026: a0-a11, a16, a17 = 14; (14 - 16) / 16 = -12.5 %
		assertEquals(16, a.measures().get(Measure.IN_POST_YEAR_AGO));
		assertEquals(14, a.measures().get(Measure.IN_POST_END));
		assertEquals(-12.5, a.value(), 1e-9);
		assertEquals(Rag.RED, a.rag(), "below 0 by more than the amber band of 2");
		assertTrue(row(table, "B").suppressed(), "three people");
	}

	@Test
	void sicknessDaysPerFteIsTheBuiltInRateInDaysAYear() throws SQLException {
		MetricTable table = byOrganisation("examples.days-lost");
		MetricRow a = row(table, "A");
		assertEquals(15, a.measures().get(Measure.FTE_DAYS_LOST), "10 + 5 days at 1.0 FTE");
		double rate = row(byOrganisation("sickness"), "A").value(); // the built-in: days lost / days available x 100
		assertEquals(rate / 100 * 365.25, a.value(), 1e-9);
		assertEquals(15 / a.measures().get(Measure.FTE_DAYS_AVAILABLE) * 365.25, a.value(), 1e-9);
		assertEquals(Rag.GREEN, a.rag(), a.value() + " days, at most 14.6");
		assertTrue(row(table, "B").suppressed(), "the class names no people count: the people in post decide, as for the built-in");
		assertTrue(MetricCatalogue.find("examples.days-lost").measures().contains(Measure.IN_POST_END));
	}

	@Test
	void theDashboardShowsThemAsTilesAndChartsOneWhenChosen() throws SQLException {
		MetricFormula growth = MetricCatalogue.find("examples.growth");
		DashboardFigures figures = store.read(c -> DashboardFigures.compute(c, YEAR_2026, growth, Cut.ORGANISATION,
				TeamNeighbourhoods.NONE, SmallNumberSuppression.standard(), StaffScope.everyone(), null));
		MetricRow tile = figures.tiles().get(growth);
		// everyone: a year ago 16 + 3 = 19, now 14 + 3 = 17
		assertEquals((17 - 19) / 19.0 * 100, tile.value(), 1e-9);
		assertEquals(Rag.RED, tile.rag());
		assertFalse(tile.suppressed());
		MetricRow days = figures.tiles().get(MetricCatalogue.find("examples.days-lost"));
		assertEquals(Rag.GREEN, days.rag());
		assertSame(Metric.TURNOVER, List.copyOf(figures.tiles().keySet()).get(0), "the built-ins first");
		assertSame(growth, figures.trendMetric());
		assertEquals(-12.5, row(figures.breakdown(), "A").value(), 1e-9);
		assertFalse(figures.trend().isEmpty(), "a line for the place and for A");
	}
}
