package org.intdesigner.workforce.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;

import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.workforce.metrics.Metric;
import org.intdesigner.workforce.store.StoreLocation;
import org.intdesigner.workforce.store.WorkforceStore;
import org.intdesigner.workforce.ui.store.TestPlaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard in the Workforce perspective over a small store: tiles, the trend, the breakdown, the PNG export. */
@ExtendWith(UiTestExtension.class)
class WorkforceDashboardTest {

	private final UiDriver driver = UiDriver.forWorkbench();

	@TempDir
	Path temp;

	@Test
	void theDashboardShowsTheStoresFigures() throws Exception {
		TestPlaces.freshStore("dashboard"); // what the view shows before it is given the test's store
		try (WorkforceStore store = WorkforceStore.open(StoreLocation.embedded(temp.resolve("workforce")))) {
			store.write(c -> {
				try (Statement s = c.createStatement()) {
					s.executeUpdate("INSERT INTO WORKFORCE.IMPORT_LOG (KIND, FILE_NAME, OUTCOME, ROWS_READ, ROWS_IMPORTED, ROWS_REJECTED,"
							+ " IMPORTED_AT) VALUES ('staff', 'test', 'IMPORTED', 20, 20, 0, CURRENT_TIMESTAMP)");
					s.executeUpdate("INSERT INTO WORKFORCE.PARTNER VALUES ('A', 'Riverside Trust', 'nhs')");
					s.executeUpdate("INSERT INTO WORKFORCE.IMPORT_PARTNER VALUES ((SELECT MAX(IMPORT_ID) FROM WORKFORCE.IMPORT_LOG), 'A', 20)");
				}
				try (PreparedStatement insert = c.prepareStatement("INSERT INTO WORKFORCE.STAFF (PERSON_ID, ORG_ID, ROLE_ID, TEAM_ID,"
						+ " POST_ID, FTE, START_DATE, END_DATE, LEAVING_REASON, IMPORT_ID) VALUES (?, 'A', 'nurse', 'T1', NULL, 1.0, ?, ?,"
						+ " NULL, (SELECT MAX(IMPORT_ID) FROM WORKFORCE.IMPORT_LOG))")) {
					YearMonth last = YearMonth.now().minusMonths(1);
					for (int i = 0; i < 20; i++) {
						insert.setString(1, "p" + i);
						insert.setDate(2, Date.valueOf(LocalDate.of(2020, 1, 1)));
						// six leave over the year, one a month from the start
						insert.setDate(3, i < 6 ? Date.valueOf(last.minusMonths(10 - i).atDay(15)) : null);
						insert.executeUpdate();
					}
				}
				return null;
			});
			driver.openPerspective("org.intdesigner.app.perspective.workforce");
			WorkforceDashboard dashboard = (WorkforceDashboard) driver.showView(WorkforceDashboard.ID);
			driver.ui().run(() -> dashboard.useStore(store));
			// the view first shows the (empty) shared store; wait for the figures of this one
			driver.waitUntil(Condition.of("the figures of the test store", () -> driver.ui().call(dashboard::getFigures) != null
					&& !driver.ui().call(() -> dashboard.getFreshness().isEmpty())));
			var figures = driver.ui().call(dashboard::getFigures);
			assertEquals(14, figures.tiles().get(Metric.HEADCOUNT).value(), 1e-9, "20 less 6 leavers");
			// 6 leavers / mean of 20 and 14 = 35.3%
			assertEquals(6 / 17.0 * 100, figures.tiles().get(Metric.TURNOVER).value(), 1e-9);
			assertEquals("35.3 %", driver.ui().call(() -> dashboard.getTiles().get(0).getValueText()));
			assertEquals(org.intdesigner.workforce.metrics.Rag.RED, driver.ui().call(() -> dashboard.getTiles().get(0).getRag()));
			assertFalse(figures.trend().isEmpty(), "a line for the organisation");
			assertEquals(12, figures.months().size());
			assertEquals(1, driver.ui().call(dashboard::getFreshness).size());
			Path png = temp.resolve("trend.png");
			assertTrue(driver.ui().call(() -> dashboard.exportChart(png)));
			assertTrue(Files.size(png) > 1000);
			driver.screenshot("workforce-dashboard");
			driver.ui().run(() -> driver.page().hideView(dashboard));
		}
	}
}
