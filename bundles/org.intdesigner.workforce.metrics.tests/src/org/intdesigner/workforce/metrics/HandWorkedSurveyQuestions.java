package org.intdesigner.workforce.metrics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.intdesigner.workforce.store.WorkforceStore;

/**
 * The survey's further questions, added to a {@link HandWorkedStore}: five questions (two of
 * satisfaction, one each of improvement, productivity and alignment) and eight responses, six of
 * partner A's team T1 in one import and two of partner B's team T3 in another (numbered 1 and 2
 * again: a response is its import and its number). Worked by hand in {@link SurveyThemeMetricsTest}.
 */
final class HandWorkedSurveyQuestions {

	private HandWorkedSurveyQuestions() {
	}

	static void add(WorkforceStore store) throws SQLException {
		store.write(connection -> {
			insert(connection);
			return null;
		});
	}

	private static void insert(Connection c) throws SQLException {
		int first = importLog(c);
		question(c, first, "sat1", "I am satisfied with my job", "satisfaction");
		question(c, first, "sat2", "I would recommend my INT as a place to work", "satisfaction");
		question(c, first, "imp1", "I am able to make improvements happen in my area of work", "improvement");
		question(c, first, "prod1", "I get my work done without waiting on other teams", "productivity");
		question(c, first, "align1", "I understand the goals of my INT", "alignment");
		// answers in the order sat1, sat2, align1, imp1; 0: not answered
		response(c, first, 1, "A", "T1", 5, 4, 4, 0);
		response(c, first, 2, "A", "T1", 4, 2, 5, 0);
		response(c, first, 3, "A", "T1", 3, 3, 4, 0);
		response(c, first, 4, "A", "T1", 2, 0, 2, 0);
		response(c, first, 5, "A", "T1", 4, 5, 1, 0);
		response(c, first, 6, "A", "T1", 1, 0, 0, 4);
		int second = importLog(c);
		response(c, second, 1, "B", "T3", 5, 5, 0, 0);
		response(c, second, 2, "B", "T3", 1, 0, 0, 0);
	}

	private static int importLog(Connection c) throws SQLException {
		try (Statement s = c.createStatement()) {
			s.executeUpdate("INSERT INTO WORKFORCE.IMPORT_LOG (KIND, FILE_NAME, OUTCOME, ROWS_READ, ROWS_IMPORTED, ROWS_REJECTED,"
					+ " IMPORTED_AT) VALUES ('survey', 'hand-worked questions', 'IMPORTED', 0, 0, 0, CURRENT_TIMESTAMP)");
			try (ResultSet r = s.executeQuery("SELECT MAX(IMPORT_ID) FROM WORKFORCE.IMPORT_LOG")) {
				r.next();
				return r.getInt(1);
			}
		}
	}

	private static void question(Connection c, int importId, String id, String text, String theme) throws SQLException {
		try (PreparedStatement insert = c.prepareStatement("INSERT INTO WORKFORCE.SURVEY_QUESTION (QUESTION_ID, QUESTION_TEXT,"
				+ " THEME, IMPORT_ID) VALUES (?, ?, ?, ?)")) {
			insert.setString(1, id);
			insert.setString(2, text);
			insert.setString(3, theme);
			insert.setInt(4, importId);
			insert.executeUpdate();
		}
	}

	private static void response(Connection c, int importId, int number, String org, String team, int... answers)
			throws SQLException {
		String[] questions = { "sat1", "sat2", "align1", "imp1" };
		try (PreparedStatement insert = c.prepareStatement("INSERT INTO WORKFORCE.SURVEY_ANSWER (IMPORT_ID, RESPONSE_NO, ORG_ID,"
				+ " TEAM_ID, QUESTION_ID, ANSWER) VALUES (?, ?, ?, ?, ?, ?)")) {
			for (int q = 0; q < questions.length; q++) {
				if (answers[q] == 0) {
					continue;
				}
				insert.setInt(1, importId);
				insert.setInt(2, number);
				insert.setString(3, org);
				insert.setString(4, team);
				insert.setString(5, questions[q]);
				insert.setInt(6, answers[q]);
				insert.executeUpdate();
			}
		}
	}
}
