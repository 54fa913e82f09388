package org.intdesigner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.workforce.metrics.Measure;
import org.intdesigner.workforce.metrics.MeasureRequest;
import org.intdesigner.workforce.metrics.MeasureSink;
import org.intdesigner.workforce.metrics.MeasureSource;
import org.intdesigner.workforce.metrics.MeasureSources;
import org.intdesigner.workforce.metrics.Metric;
import org.intdesigner.workforce.metrics.TeamNeighbourhoods;
import org.intdesigner.workforce.store.StoreLocation;
import org.intdesigner.workforce.store.WorkforceStore;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./intd metrics for the survey's further questions and for skill sufficiency, on a store filled by SQL. */
class SurveyAndSkillMetricsCommandTest {

	@TempDir
	Path temp;

	/**
	 * Partner A's team docklands-core: six responses to one satisfaction question, answers 5, 4, 4,
	 * 3, 2, 1 (three agree: 50%), and one alignment question all six agree with.
	 */
	private String surveyStore() throws Exception {
		Path folder = temp.resolve("workforce");
		try (WorkforceStore store = WorkforceStore.open(StoreLocation.embedded(folder))) {
			store.write(connection -> {
				fill(connection);
				return null;
			});
		}
		return folder.toString();
	}

	private static void fill(Connection c) throws SQLException {
		int importId;
		try (Statement s = c.createStatement()) {
			s.executeUpdate("INSERT INTO WORKFORCE.IMPORT_LOG (KIND, FILE_NAME, OUTCOME, ROWS_READ, ROWS_IMPORTED, ROWS_REJECTED,"
					+ " IMPORTED_AT) VALUES ('survey', 'survey.csv', 'IMPORTED', 6, 6, 0, CURRENT_TIMESTAMP)");
			s.executeUpdate("INSERT INTO WORKFORCE.PARTNER VALUES ('A', 'Trust A', 'nhs')");
			try (ResultSet r = s.executeQuery("SELECT MAX(IMPORT_ID) FROM WORKFORCE.IMPORT_LOG")) {
				r.next();
				importId = r.getInt(1);
			}
			s.executeUpdate("INSERT INTO WORKFORCE.SURVEY_QUESTION VALUES ('sat1', 'I am satisfied with my job', 'satisfaction', "
					+ importId + "), ('goals', 'I understand the goals of my INT', 'alignment', " + importId + ")");
		}
		int[] satisfaction = { 5, 4, 4, 3, 2, 1 };
		try (PreparedStatement insert = c.prepareStatement("INSERT INTO WORKFORCE.SURVEY_ANSWER (IMPORT_ID, RESPONSE_NO, ORG_ID,"
				+ " TEAM_ID, QUESTION_ID, ANSWER) VALUES (?, ?, 'A', 'docklands-core', ?, ?)")) {
			for (int response = 1; response <= satisfaction.length; response++) {
				insert.setInt(1, importId);
				insert.setInt(2, response);
				insert.setString(3, "sat1");
				insert.setInt(4, satisfaction[response - 1]);
				insert.executeUpdate();
				insert.setString(3, "goals");
				insert.setInt(4, 5);
				insert.executeUpdate();
			}
		}
	}

	@Test
	void theSurveyThemesAreMetricsOfTheirQuestionsAnswers() throws Exception {
		String db = surveyStore();
		CliRun satisfaction = CliRun.of("metrics", "satisfaction", "--by", "organisation", "--format", "csv", "--db", db);
		assertEquals(0, satisfaction.exitCode(), satisfaction.err());
		assertTrue(satisfaction.out().lines().anyMatch(line -> line.startsWith("A,") && line.contains(",satisfaction,50.0,%,RED")),
				satisfaction.out());
		CliRun alignment = CliRun.of("metrics", "alignment", "--db", db);
		assertEquals(0, alignment.exitCode(), alignment.err());
		assertTrue(alignment.out().startsWith("Alignment to goals (%)") && alignment.out().contains("all: 100.0 [GREEN]"),
				alignment.out());
		CliRun productivity = CliRun.of("metrics", "productivity", "--db", db);
		assertEquals(0, productivity.exitCode(), productivity.err());
		assertTrue(productivity.out().contains("all: n/a"), "no productivity questions: " + productivity.out());
		CliRun noQuestions = CliRun.of("metrics", "productivity", "--by", "team", "--format", "csv", "--db", db);
		assertEquals(0, noQuestions.exitCode(), noQuestions.err());
		assertEquals(1, noQuestions.out().lines().count(), "the header only: " + noQuestions.out());
		assertTrue(noQuestions.err().contains("no answers to survey questions of theme 'productivity'")
				&& noQuestions.err().contains("--questions"), noQuestions.err());
		CliRun byMonth = CliRun.of("metrics", "improvement", "--by", "month", "--db", db);
		assertEquals(1, byMonth.exitCode(), byMonth.out());
		assertTrue(byMonth.err().contains("not dated"), byMonth.err());
		CliRun byRole = CliRun.of("metrics", "satisfaction", "--by", "role", "--db", db);
		assertEquals(1, byRole.exitCode(), byRole.out());
		assertTrue(byRole.err().contains("role"), byRole.err());
	}

	@Test
	void theHelpListsEveryBuiltInMetric() {
		CliRun help = CliRun.of("metrics", "--help");
		String text = help.out().replaceAll("\\s+", " ");
		for (Metric metric : Metric.values()) {
			assertTrue(text.contains(metric.id()), metric.id() + " in\n" + help.out());
		}
		assertTrue(text.contains("skills (skill sufficiency"), help.out());
	}

	@Test
	void skillSufficiencyWithoutTheDevelopmentPlugInSaysWhatIsMissing() throws Exception {
		Assumptions.assumeTrue(MeasureSources.installed().isEmpty(), "the development plug-in is installed here");
		CliRun run = CliRun.of("metrics", "skills", "--db", surveyStore());
		assertEquals(1, run.exitCode(), run.out());
		assertTrue(run.err().contains("Skill sufficiency needs the workforce development plug-in (org.intdesigner.development)"),
				run.err());
		assertEquals("", run.out());
	}

	@Test
	void skillSufficiencyFromASourceByNeighbourhoodOfTheModel() throws Exception {
		IntdModel example = ExamplePlace.create();
		Path model = temp.resolve("riverside.intd");
		ModelFiles.saveNew(example, model);
		String docklands = TeamNeighbourhoods.of(example).of("docklands-core");
		assertNotEquals(TeamNeighbourhoods.NOT_IN_A_NEIGHBOURHOOD, docklands);
		// docklands-core meets 9 of its 12 requirements with 7 people in post; the source needs the model
		MeasureSource source = new MeasureSource() {
			@Override
			public Set<Measure> measures() {
				return EnumSet.of(Measure.SKILL_REQUIREMENTS, Measure.SKILL_REQUIREMENTS_MET, Measure.SKILL_HOLDERS);
			}

			@Override
			public void measure(MeasureRequest request, MeasureSink sink) {
				if (request.model() == null) {
					throw new IllegalArgumentException("Skill sufficiency needs an INT model (--model).");
				}
				List<String> group = request.dimensions().stream().map(cut -> cut.label().equals("team") ? "docklands-core" : "A")
						.toList();
				for (int p = 0; p < request.periods().size(); p++) {
					sink.add(group, p, Measure.SKILL_REQUIREMENTS, 12);
					sink.add(group, p, Measure.SKILL_REQUIREMENTS_MET, 9);
					sink.add(group, p, Measure.SKILL_HOLDERS, 7);
				}
			}
		};
		String db = surveyStore();
		try (MeasureSources.Registration registration = MeasureSources.register(source)) {
			CliRun noModel = CliRun.of("metrics", "skills", "--db", db);
			assertEquals(1, noModel.exitCode(), noModel.out());
			assertTrue(noModel.err().contains("needs an INT model"), noModel.err());
			CliRun run = CliRun.of("metrics", "skills", "--by", "neighbourhood", "--model", model.toString(), "--format", "csv",
					"--to", "2026-03", "--db", db);
			assertEquals(0, run.exitCode(), run.err());
			assertTrue(run.out().lines().anyMatch(line -> line.startsWith(docklands + ",") && line.contains(",skills,75.0,%,RED")),
					run.out());
			CliRun byMonth = CliRun.of("metrics", "skills", "--by", "month", "--model", model.toString(), "--format", "csv",
					"--to", "2026-03", "--db", db);
			assertEquals(0, byMonth.exitCode(), byMonth.err());
			assertEquals(13, byMonth.out().lines().count(), "a header and twelve months: " + byMonth.out());
		}
		assertFalse(MeasureSources.installed().contains(source), "the registration ended");
	}
}
