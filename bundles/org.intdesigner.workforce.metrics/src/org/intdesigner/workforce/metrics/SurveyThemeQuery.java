package org.intdesigner.workforce.metrics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.intdesigner.workforce.store.StoreTable;

/**
 * The measures of the survey's further questions ({@link SurveyTheme}), grouped in the database:
 * first each response's answers to each theme (a response is an import's row: IMPORT_ID and
 * RESPONSE_NO), then those responses per group. A response counts once as a respondent of a theme
 * however many of its questions it answered. The survey is not dated: every period gets the same.
 */
final class SurveyThemeQuery {

	private final Connection connection;
	private final List<Cut> dimensions;
	private final int periods;
	private final String team;

	SurveyThemeQuery(Connection connection, List<Cut> dimensions, int periods, String team) {
		this.connection = connection;
		this.dimensions = dimensions;
		this.periods = periods;
		this.team = team;
	}

	/** Adds the {@code wanted} theme measures to {@code groups}. */
	void run(List<Measure> wanted, Map<GroupKey, Measures> groups) throws SQLException {
		String perResponse = "SELECT A.ORG_ID, A.TEAM_ID, Q.THEME, COUNT(*) AS ANSWERS,"
				+ " SUM(CASE WHEN A.ANSWER >= " + SurveyTheme.AGREE + " THEN 1 ELSE 0 END) AS AGREEING"
				+ " FROM " + StoreTable.SURVEY_ANSWER.qualified() + " A JOIN " + StoreTable.SURVEY_QUESTION.qualified()
				+ " Q ON Q.QUESTION_ID = A.QUESTION_ID"
				+ (team == null ? "" : " WHERE A.TEAM_ID = ?")
				+ " GROUP BY A.IMPORT_ID, A.RESPONSE_NO, A.ORG_ID, A.TEAM_ID, Q.THEME";
		String dims = MeasureQueries.select(dimensions, "R", false, true, "The staff survey");
		String groupBy = dims.isEmpty() ? "R.THEME" : dims + ", R.THEME";
		String sql = "SELECT " + groupBy + ", COUNT(*), SUM(R.ANSWERS), SUM(R.AGREEING) FROM (" + perResponse + ") R"
				+ MeasureQueries.partnerJoin(dimensions, "R") + " GROUP BY " + groupBy;
		try (PreparedStatement query = connection.prepareStatement(sql)) {
			if (team != null) {
				query.setString(1, team);
			}
			try (ResultSet result = query.executeQuery()) {
				while (MeasureQueries.nextRow(result)) {
					add(result, wanted, groups);
				}
			}
		}
	}

	private void add(ResultSet result, List<Measure> wanted, Map<GroupKey, Measures> groups) throws SQLException {
		List<String> key = new ArrayList<>(dimensions.size());
		for (int d = 1; d <= dimensions.size(); d++) {
			key.add(result.getString(d));
		}
		SurveyTheme theme = SurveyTheme.of(result.getString(dimensions.size() + 1));
		if (theme == null || theme.measures().stream().noneMatch(wanted::contains)) {
			return; // a theme not asked for (or one no metric reads: the importer accepts only the four)
		}
		int column = dimensions.size() + 2;
		double respondents = result.getDouble(column);
		double answers = result.getDouble(column + 1);
		double agreeing = result.getDouble(column + 2);
		for (int p = 0; p < periods; p++) {
			Measures group = groups.computeIfAbsent(new GroupKey(key, p), k -> new Measures());
			addIfWanted(group, wanted, theme.respondents(), respondents);
			addIfWanted(group, wanted, theme.answers(), answers);
			addIfWanted(group, wanted, theme.agreeing(), agreeing);
		}
	}

	private static void addIfWanted(Measures group, List<Measure> wanted, Measure measure, double value) {
		if (wanted.contains(measure)) {
			group.add(measure, value);
		}
	}
}
