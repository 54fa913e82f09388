package org.intdesigner.workforce.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.ui.PartInitException;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.ui.editor.ModelEditor;
import org.intdesigner.ui.files.PathEditorInput;
import org.intdesigner.workforce.metrics.DashboardFigures;
import org.intdesigner.workforce.metrics.Measure;
import org.intdesigner.workforce.metrics.MeasureRequest;
import org.intdesigner.workforce.metrics.MeasureSink;
import org.intdesigner.workforce.metrics.MeasureSource;
import org.intdesigner.workforce.metrics.MeasureSources;
import org.intdesigner.workforce.metrics.Metric;
import org.intdesigner.workforce.metrics.Rag;
import org.intdesigner.workforce.store.StoreLocation;
import org.intdesigner.workforce.store.WorkforceStore;
import org.intdesigner.workforce.ui.store.TestPlaces;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's second row of tiles: skill sufficiency (from a measure source, against the model
 * open in the editor) and the survey's further questions, over a store filled by SQL; and what the
 * tiles say when their data is missing.
 */
@ExtendWith(UiTestExtension.class)
class DashboardSkillsAndSurveyTest {

	private final UiDriver driver = UiDriver.forWorkbench();

	@TempDir
	Path temp;

	@AfterEach
	void close() {
		driver.closeDialogs();
		driver.ui().run(() -> driver.page().closeAllEditors(false));
	}

	/**
	 * Twenty people of partner A's docklands-core in post; eight responses: satisfaction answered
	 * 5, 5, 4, 4, 4, 3, 2, 1 (5 of 8 agree: 62.5%, amber against 70), alignment 4 or 5 by all
	 * eight (100%, green), one question on improvement answered by two (suppressed), none on productivity.
	 */
	private static void fill(Connection c) throws SQLException {
		try (Statement s = c.createStatement()) {
			s.executeUpdate("INSERT INTO WORKFORCE.IMPORT_LOG (KIND, FILE_NAME, OUTCOME, ROWS_READ, ROWS_IMPORTED, ROWS_REJECTED,"
					+ " IMPORTED_AT) VALUES ('staff', 'test', 'IMPORTED', 20, 20, 0, CURRENT_TIMESTAMP)");
			s.executeUpdate("INSERT INTO WORKFORCE.PARTNER VALUES ('A', 'Riverside Trust', 'nhs')");
			s.executeUpdate("INSERT INTO WORKFORCE.IMPORT_PARTNER VALUES ((SELECT MAX(IMPORT_ID) FROM WORKFORCE.IMPORT_LOG), 'A', 20)");
			s.executeUpdate("INSERT INTO WORKFORCE.SURVEY_QUESTION SELECT Q, T, THEME, (SELECT MAX(IMPORT_ID) FROM WORKFORCE.IMPORT_LOG)"
					+ " FROM (VALUES ('sat', 'I am satisfied with my job', 'satisfaction'), ('goals', 'I understand the goals of my INT',"
					+ " 'alignment'), ('imp', 'I am able to make improvements happen', 'improvement')) AS V (Q, T, THEME)");
		}
		try (PreparedStatement insert = c.prepareStatement("INSERT INTO WORKFORCE.STAFF (PERSON_ID, ORG_ID, ROLE_ID, TEAM_ID,"
				+ " POST_ID, FTE, START_DATE, END_DATE, LEAVING_REASON, IMPORT_ID) VALUES (?, 'A', 'nurse', 'docklands-core', NULL,"
				+ " 1.0, ?, NULL, NULL, (SELECT MAX(IMPORT_ID) FROM WORKFORCE.IMPORT_LOG))")) {
			for (int i = 0; i < 20; i++) {
				insert.setString(1, "p" + i);
				insert.setDate(2, Date.valueOf(LocalDate.of(2020, 1, 1)));
				insert.executeUpdate();
			}
		}
		int[] satisfaction = { 5, 5, 4, 4, 4, 3, 2, 1 };
		try (PreparedStatement insert = c.prepareStatement("INSERT INTO WORKFORCE.SURVEY_ANSWER (IMPORT_ID, RESPONSE_NO, ORG_ID,"
				+ " TEAM_ID, QUESTION_ID, ANSWER) VALUES ((SELECT MAX(IMPORT_ID) FROM WORKFORCE.IMPORT_LOG), ?, 'A', 'docklands-core', ?, ?)")) {
			for (int response = 1; response <= satisfaction.length; response++) {
				answer(insert, response, "sat", satisfaction[response - 1]);
				answer(insert, response, "goals", response % 2 == 0 ? 4 : 5);
				if (response <= 2) {
					answer(insert, response, "imp", 4);
				}
			}
		}
	}

	private static void answer(PreparedStatement insert, int response, String question, int answer) throws SQLException {
		insert.setInt(1, response);
		insert.setString(2, question);
		insert.setInt(3, answer);
		insert.executeUpdate();
	}

	/** docklands-core meets 9 of its 10 requirements with its 20 people; it needs a model, as the real one does. */
	private static final class NineOfTen implements MeasureSource {
		@Override
		public Set<Measure> measures() {
			return EnumSet.of(Measure.SKILL_REQUIREMENTS, Measure.SKILL_REQUIREMENTS_MET, Measure.SKILL_HOLDERS);
		}

		@Override
		public void measure(MeasureRequest request, MeasureSink sink) {
			if (request.model() == null) {
				throw new IllegalArgumentException("Skill sufficiency needs an INT model: its teams' requirements are there.");
			}
			List<String> group = request.dimensions().stream().map(cut -> switch (cut) {
			case ORGANISATION -> "A";
			case SECTOR -> "nhs";
			case ROLE -> "nurse";
			default -> "docklands-core";
			}).toList();
			for (int p = 0; p < request.periods().size(); p++) {
				sink.add(group, p, Measure.SKILL_REQUIREMENTS, 10);
				sink.add(group, p, Measure.SKILL_REQUIREMENTS_MET, 9);
				sink.add(group, p, Measure.SKILL_HOLDERS, 20);
			}
		}
	}

	@Test
	void theSurveyAndSkillTilesShowTheirFiguresAndSayWhatIsMissing() throws Exception {
		TestPlaces.freshStore("dashboard-skills");
		try (WorkforceStore store = WorkforceStore.open(StoreLocation.embedded(temp.resolve("workforce")));
				MeasureSources.Registration source = MeasureSources.register(new NineOfTen())) {
			store.write(c -> {
				fill(c);
				return null;
			});
			driver.openPerspective("org.intdesigner.app.perspective.workforce");
			WorkforceDashboard dashboard = (WorkforceDashboard) driver.showView(WorkforceDashboard.ID);
			driver.ui().run(() -> dashboard.useStore(store));
			waitForTile(dashboard, Metric.SATISFACTION, "62.5 %");
			assertEquals(Rag.AMBER, tile(dashboard, Metric.SATISFACTION).getRag(), "7.5 below the target of 70");
			assertEquals("100.0 %", tileValue(dashboard, Metric.ALIGNMENT));
			assertEquals(Rag.GREEN, tile(dashboard, Metric.ALIGNMENT).getRag());
			assertEquals("*", tileValue(dashboard, Metric.IMPROVEMENT), "two people answered it");
			assertEquals("no survey questions on this loaded", driver.ui().call(() -> dashboard.getFigures().tileNotes()
					.get(Metric.PRODUCTIVITY)));
			assertEquals("-", tileValue(dashboard, Metric.PRODUCTIVITY));
			// no model open yet: the skill tile asks for one
			assertEquals("open an INT model to see it", driver.ui().call(() -> dashboard.getFigures().tileNotes()
					.get(Metric.SKILL_SUFFICIENCY)));

			openExample();
			driver.openPerspective("org.intdesigner.app.perspective.workforce");
			waitForTile(dashboard, Metric.SKILL_SUFFICIENCY, "90.0 %");
			assertEquals(Rag.GREEN, tile(dashboard, Metric.SKILL_SUFFICIENCY).getRag(), "90 meets the target of 90");
			driver.ui().run(() -> driver.page().activate(dashboard));
			driver.ui().flush();
			driver.screenshot("dashboard-skills-and-survey");

			// without the test's source, the development plug-in measures: this store has no assessments, and says so
			source.close();
			driver.ui().run(dashboard::refresh);
			driver.waitUntil(Condition.of("the skill tile asking for assessments", () -> Objects.equals(
					"No skills assessments are loaded.", driver.ui().call(() -> dashboard.getFigures().tileNotes()
							.get(Metric.SKILL_SUFFICIENCY)))));
			assertEquals("-", tileValue(dashboard, Metric.SKILL_SUFFICIENCY));
			assertEquals("62.5 %", tileValue(dashboard, Metric.SATISFACTION), "the other tiles are unaffected");
			driver.ui().run(() -> driver.page().hideView(dashboard));
		}
	}

	private void openExample() throws Exception {
		Path file = temp.resolve("riverside.intd");
		ModelFiles.saveNew(ExamplePlace.create(), file);
		driver.ui().call(() -> {
			try {
				return driver.page().openEditor(new PathEditorInput(file), ModelEditor.ID);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
	}

	private MetricTile tile(WorkforceDashboard dashboard, Metric metric) {
		return driver.ui().call(() -> dashboard.getTiles().get(DashboardFigures.TILES.indexOf(metric)));
	}

	private String tileValue(WorkforceDashboard dashboard, Metric metric) {
		MetricTile tile = tile(dashboard, metric);
		return driver.ui().call(tile::getValueText);
	}

	private void waitForTile(WorkforceDashboard dashboard, Metric metric, String value) {
		driver.waitUntil(Condition.of(metric.label() + " showing " + value, () -> value.equals(tileValue(dashboard, metric))));
		driver.ui().flush();
		assertTrue(driver.ui().call(() -> dashboard.getFigures() != null));
	}
}
