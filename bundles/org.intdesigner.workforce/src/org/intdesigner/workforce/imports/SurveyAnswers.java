package org.intdesigner.workforce.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import org.intdesigner.workforce.store.StoreTable;

/**
 * Writes a survey's further questions (SURVEY_QUESTION: added, or their wording and theme updated)
 * and the answers to them (SURVEY_ANSWER), inside the import's transaction, after its responses.
 */
final class SurveyAnswers {

	/** One answer to a further question; {@code responseNo} is the response's row in its file. */
	record Answer(long responseNo, String organisation, String team, String question, short answer) {
	}

	private static final int BATCH = 5000;

	private SurveyAnswers() {
	}

	/** Answers written. */
	static long write(Connection connection, int importId, List<SurveyQuestions.Question> questions, List<Answer> answers)
			throws SQLException {
		try (PreparedStatement update = connection.prepareStatement("UPDATE " + StoreTable.SURVEY_QUESTION.qualified()
				+ " SET QUESTION_TEXT = ?, THEME = ?, IMPORT_ID = ? WHERE QUESTION_ID = ?");
				PreparedStatement insert = connection.prepareStatement("INSERT INTO " + StoreTable.SURVEY_QUESTION.qualified()
						+ " (QUESTION_TEXT, THEME, IMPORT_ID, QUESTION_ID) VALUES (?, ?, ?, ?)")) {
			for (SurveyQuestions.Question question : questions) {
				for (PreparedStatement statement : List.of(update, insert)) {
					statement.setString(1, question.text());
					statement.setString(2, question.theme());
					statement.setInt(3, importId);
					statement.setString(4, question.column());
				}
				if (update.executeUpdate() == 0) {
					insert.executeUpdate();
				}
			}
		}
		long written = 0;
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + StoreTable.SURVEY_ANSWER.qualified()
				+ " (IMPORT_ID, RESPONSE_NO, ORG_ID, TEAM_ID, QUESTION_ID, ANSWER) VALUES (?, ?, ?, ?, ?, ?)")) {
			int pending = 0;
			for (Answer answer : answers) {
				insert.setInt(1, importId);
				insert.setLong(2, answer.responseNo());
				insert.setString(3, answer.organisation());
				insert.setString(4, answer.team());
				insert.setString(5, answer.question());
				insert.setShort(6, answer.answer());
				insert.addBatch();
				if (++pending == BATCH) {
					written += insert.executeBatch().length;
					pending = 0;
				}
			}
			if (pending > 0) {
				written += insert.executeBatch().length;
			}
		}
		return written;
	}
}
