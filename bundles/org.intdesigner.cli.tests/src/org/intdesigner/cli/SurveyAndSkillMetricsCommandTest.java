package org.intdesigner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.intdesigner.workforce.metrics.Metric;
import org.intdesigner.workforce.store.StoreLocation;
import org.intdesigner.workforce.store.WorkforceStore;
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
	void skillSufficiencyAgreesWithTheSkillsCommand() throws Exception {
		assertEquals(0, CliRun.of("example", temp.resolve("example").toString()).exitCode());
		Path model = temp.resolve("example/riverside.intd");
		String db = temp.resolve("example-store").toString();
		for (String kind : List.of("staff", "skills")) {
			CliRun imported = CliRun.of("import-workforce", kind, temp.resolve("example/workforce/" + kind + ".csv").toString(),
					"--db", db, "--model", model.toString());
			assertEquals(0, imported.exitCode(), imported.err());
		}
		CliRun noModel = CliRun.of("metrics", "skills", "--db", db);
		assertEquals(1, noModel.exitCode(), noModel.out());
		assertTrue(noModel.err().contains("give the model (--model MODEL.intd)"), noModel.err());
		CliRun metrics = CliRun.of("metrics", "skills", "--by", "neighbourhood", "--model", model.toString(), "--format", "json",
				"--to", "2026-03", "--threshold", "1", "--db", db);
		assertEquals(0, metrics.exitCode(), metrics.err());
		CliRun skills = CliRun.of("skills", model.toString(), "--by", "neighbourhood", "--day", "2026-03-31", "--format", "json",
				"--db", db);
		assertEquals(0, skills.exitCode(), skills.err());
		java.util.Map<String, Double> fromSkills = new java.util.TreeMap<>();
		com.google.gson.JsonArray rows = com.google.gson.JsonParser.parseString(skills.out()).getAsJsonObject().getAsJsonArray("rows");
		rows.forEach(row -> fromSkills.put(row.getAsJsonObject().get("unit").getAsString(),
				row.getAsJsonObject().get("sufficiency").getAsDouble()));
		java.util.Map<String, Double> fromMetrics = new java.util.TreeMap<>();
		com.google.gson.JsonArray figures = com.google.gson.JsonParser.parseString(metrics.out()).getAsJsonObject()
				.getAsJsonArray("rows");
		figures.forEach(row -> fromMetrics.put(row.getAsJsonObject().get("neighbourhood").getAsString(),
				row.getAsJsonObject().get("value").getAsDouble()));
		assertTrue(fromSkills.size() >= 4, fromSkills.toString());
		for (String neighbourhood : List.of("Riverside North", "Riverside Central", "Docklands", "Hillside")) {
			assertEquals(fromSkills.get(neighbourhood), fromMetrics.get(neighbourhood), 1e-9, neighbourhood + ": " + metrics.out());
		}
		assertTrue(skills.out().contains("\"basis\": \"assessed\""), skills.out());
	}
}
