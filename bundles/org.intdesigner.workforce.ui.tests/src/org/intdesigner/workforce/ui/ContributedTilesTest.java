package org.intdesigner.workforce.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.eclipse.swt.widgets.Combo;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.testsupport.ui.WidgetQuery;
import org.intdesigner.workforce.metrics.ContributedMetric;
import org.intdesigner.workforce.metrics.ContributedMetrics;
import org.intdesigner.workforce.metrics.DashboardFigures;
import org.intdesigner.workforce.metrics.MeasureSources;
import org.intdesigner.workforce.metrics.Metric;
import org.intdesigner.workforce.metrics.MetricCatalogue;
import org.intdesigner.workforce.metrics.MetricDefinition;
import org.intdesigner.workforce.metrics.MetricFormula;
import org.intdesigner.workforce.metrics.Rag;
import org.intdesigner.workforce.metrics.Target;
import org.intdesigner.workforce.store.StoreLocation;
import org.intdesigner.workforce.store.WorkforceStore;
import org.intdesigner.workforce.ui.store.TestPlaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Metrics from plug-ins as the dashboard shows them: a tile each after the built-in ones, rated
 * against the plug-in's targets, and entries of the metric list that chart them. The test registers
 * the two metrics of the example plug-in org.intdesigner.examples.metrics (the expression of one, the
 * other as its class computes it) rather than installing it, so that the README's dashboard pictures,
 * taken in this runtime, show the product's own tiles; the extension point's reading is tested headless.
 */
@ExtendWith(UiTestExtension.class)
class ContributedTilesTest {

	private static final String PLUGIN = "org.intdesigner.workforce.ui.tests";

	private final UiDriver driver = UiDriver.forWorkbench();

	@TempDir
	Path temp;

	@Test
	void theContributedMetricsHaveTilesAndCanBeCharted() throws Exception {
		TestPlaces.freshStore("dashboard-contributed");
		ContributedMetric growth = new ContributedMetric("examples.growth", "Workforce growth", "%", new MetricDefinition(
				"examples.growth", "Workforce growth", "%", "(inPostEnd - inPostYearAgo) / inPostYearAgo * 100"),
				new Target(0, 2, true), PLUGIN);
		ContributedMetric daysLost = new ContributedMetric("examples.days-lost", "Sickness days per FTE", "days a year",
				new MetricDefinition("examples.days-lost", "Sickness days per FTE", "days a year",
						"fteDaysLost / fteDaysAvailable * 365.25"), new Target(14.6, 3.6, false), PLUGIN);
		hideDashboard(); // its tiles are made with the view
		try (WorkforceStore store = WorkforceStore.open(StoreLocation.embedded(temp.resolve("workforce")));
				MeasureSources.Registration one = ContributedMetrics.register(growth);
				MeasureSources.Registration two = ContributedMetrics.register(daysLost)) {
			store.write(c -> {
				fill(c);
				return null;
			});
			assertSame(growth, MetricCatalogue.find("examples.growth"));
			List<MetricFormula> tiles = DashboardFigures.tileMetrics();
			assertEquals(List.of(growth, daysLost), tiles.subList(DashboardFigures.TILES.size(), tiles.size()));
			driver.openPerspective("org.intdesigner.app.perspective.workforce");
			WorkforceDashboard dashboard = (WorkforceDashboard) driver.showView(WorkforceDashboard.ID);
			driver.ui().run(() -> dashboard.useStore(store));
			MetricTile growthTile = driver.ui().call(() -> dashboard.getTiles().get(tiles.indexOf(growth)));
			// 20 in post a year before the last month's end, 14 now: (14 - 20) / 20
			driver.waitUntil(Condition.of("the growth tile showing -30.0 %",
					() -> "-30.0 %".equals(driver.ui().call(growthTile::getValueText))));
			assertEquals(tiles.size(), driver.ui().call(() -> dashboard.getTiles().size()));
			assertEquals(Rag.RED, driver.ui().call(growthTile::getRag), "below the target of 0 by more than 2");
			MetricTile daysTile = driver.ui().call(() -> dashboard.getTiles().get(tiles.indexOf(daysLost)));
			assertEquals(Rag.GREEN, driver.ui().call(daysTile::getRag), "10 days lost among 14-20 people: well under 14.6 a year");
			var shown = driver.ui().call(dashboard::getFigures).tiles();
			double days = shown.get(daysLost).value();
			assertTrue(days > 0, "the ten days fall within the twelve months");
			assertEquals(shown.get(Metric.SICKNESS_ABSENCE).value() / 100 * 365.25, days, 1e-9, "the built-in rate in days a year");
			assertEquals(String.format(java.util.Locale.ROOT, "%.1f", days), driver.ui().call(daysTile::getValueText));

			Combo metrics = driver.findAll(WidgetQuery.of(Combo.class), driver.viewComposite(WorkforceDashboard.ID)).stream()
					.filter(combo -> driver.ui().call(() -> combo.indexOf("Workforce growth") >= 0)).findFirst()
					.orElseThrow(() -> new AssertionError("no metric list offering Workforce growth"));
			driver.select(metrics, "Workforce growth");
			driver.waitUntil(Condition.of("the growth trend", () -> driver.ui().call(dashboard::getFigures) != null
					&& driver.ui().call(dashboard::getFigures).trendMetric() == growth));
			assertTrue(!driver.ui().call(dashboard::getFigures).trend().isEmpty(), "a line to chart");
			driver.ui().flush();
			driver.screenshot("dashboard-contributed-metrics");
			driver.ui().run(() -> driver.page().hideView(dashboard));
		}
		assertTrue(DashboardFigures.tileMetrics().equals(DashboardFigures.TILES), "the registrations are closed");
	}

	private void hideDashboard() {
		driver.ui().run(() -> {
			var open = driver.page().findView(WorkforceDashboard.ID);
			if (open != null) {
				driver.page().hideView(open);
			}
		});
	}

	/** 20 nurses since 2020, six leaving one a month, ten days' sickness absence. */
	private static void fill(java.sql.Connection c) throws java.sql.SQLException {
		try (Statement s = c.createStatement()) {
			s.executeUpdate("INSERT INTO WORKFORCE.IMPORT_LOG (KIND, FILE_NAME, OUTCOME, ROWS_READ, ROWS_IMPORTED, ROWS_REJECTED,"
					+ " IMPORTED_AT) VALUES ('staff', 'test', 'IMPORTED', 20, 20, 0, CURRENT_TIMESTAMP)");
			s.executeUpdate("INSERT INTO WORKFORCE.PARTNER VALUES ('A', 'Riverside Trust', 'nhs')");
			s.executeUpdate("INSERT INTO WORKFORCE.IMPORT_PARTNER VALUES ((SELECT MAX(IMPORT_ID) FROM WORKFORCE.IMPORT_LOG), 'A', 20)");
		}
		YearMonth last = YearMonth.now().minusMonths(1);
		try (PreparedStatement insert = c.prepareStatement("INSERT INTO WORKFORCE.STAFF (PERSON_ID, ORG_ID, ROLE_ID, TEAM_ID,"
				+ " POST_ID, FTE, START_DATE, END_DATE, LEAVING_REASON, IMPORT_ID) VALUES (?, 'A', 'nurse', 'T1', NULL, 1.0, ?, ?,"
				+ " NULL, (SELECT MAX(IMPORT_ID) FROM WORKFORCE.IMPORT_LOG))")) {
			for (int i = 0; i < 20; i++) {
				insert.setString(1, "p" + i);
				insert.setDate(2, Date.valueOf(LocalDate.of(2020, 1, 1)));
				insert.setDate(3, i < 6 ? Date.valueOf(last.minusMonths(10 - i).atDay(15)) : null);
				insert.executeUpdate();
			}
		}
		try (PreparedStatement insert = c.prepareStatement("INSERT INTO WORKFORCE.ABSENCE (PERSON_ID, START_DATE, END_DATE,"
				+ " IMPORT_ID) VALUES ('p10', ?, ?, (SELECT MAX(IMPORT_ID) FROM WORKFORCE.IMPORT_LOG))")) {
			// within the twelve months shown, which end with the last leaver's month (five months before the last)
			insert.setDate(1, Date.valueOf(last.minusMonths(8).atDay(1)));
			insert.setDate(2, Date.valueOf(last.minusMonths(8).atDay(10)));
			insert.executeUpdate();
		}
	}
}
