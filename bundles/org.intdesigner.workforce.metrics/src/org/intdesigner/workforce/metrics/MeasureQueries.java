package org.intdesigner.workforce.metrics;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The measures of every group and period, each table read once: one grouped query over the staff
 * spells with a sum per measure and period (CASE expressions pick the rows each sum counts), one
 * over the establishment, one over sickness absence joined to the spell it falls in, one over
 * the survey. All values are bound parameters; only column names known here go into the text.
 */
final class MeasureQueries {

	static final String SCHEMA = "WORKFORCE";
	/** Far enough in the future to stand for "still in post". */
	private static final String OPEN_END = "DATE('9999-12-31')";

	private final Connection connection;
	private final List<Cut> dimensions;
	private final List<Period> periods;
	private final Set<Measure> needed;
	private final Map<GroupKey, Measures> groups = new LinkedHashMap<>();

	/** {@code dimensions}: organisation, sector, role or team (month and neighbourhood are handled by the caller). */
	MeasureQueries(Connection connection, List<Cut> dimensions, List<Period> periods, Set<Measure> needed) {
		this.connection = connection;
		this.dimensions = dimensions;
		this.periods = periods;
		this.needed = needed;
	}

	Map<GroupKey, Measures> run() throws SQLException {
		List<Measure> staff = needed.stream().filter(MeasureQueries::fromStaff).toList();
		if (!staff.isEmpty()) {
			staff(staff);
		}
		if (needed.contains(Measure.PLANNED_FTE)) {
			establishment();
		}
		if (needed.contains(Measure.FTE_DAYS_LOST)) {
			absence();
		}
		if (needed.contains(Measure.RESPONDENTS)) {
			survey();
		}
		return groups;
	}

	private static boolean fromStaff(Measure measure) {
		return switch (measure) {
		case PLANNED_FTE, FTE_DAYS_LOST, RESPONDENTS, MOTIVATION_POINTS, INVOLVEMENT_POINTS, ADVOCACY_POINTS -> false;
		default -> true;
		};
	}

	/** The column a cut groups by, for a table aliased {@code row}; null when that table does not know it. */
	private static String column(Cut cut, String row, boolean hasRole, boolean hasTeam) {
		return switch (cut) {
		case ORGANISATION -> row + ".ORG_ID";
		case SECTOR -> "COALESCE(P.SECTOR, '(sector not given)')";
		case ROLE -> hasRole ? row + ".ROLE_ID" : null;
		case TEAM -> hasTeam ? "COALESCE(" + row + ".TEAM_ID, '(no team)')" : null;
		default -> throw new IllegalArgumentException(cut + " is not a column");
		};
	}

	private String select(String row, boolean hasRole, boolean hasTeam, String what) {
		List<String> columns = new ArrayList<>();
		for (Cut cut : dimensions) {
			String column = column(cut, row, hasRole, hasTeam);
			if (column == null) {
				throw new IllegalArgumentException(what + " is not recorded by " + cut.label() + ".");
			}
			columns.add(column);
		}
		return String.join(", ", columns);
	}

	private static String inPost(String at) {
		return "S.START_DATE <= " + at + " AND (S.END_DATE IS NULL OR S.END_DATE >= " + at + ")";
	}

	private void staff(List<Measure> measures) throws SQLException {
		StringBuilder sums = new StringBuilder();
		List<LocalDate> parameters = new ArrayList<>();
		for (Period period : periods) {
			LocalDate yearAgo = period.last().minusYears(1);
			for (Measure measure : measures) {
				String date = "CAST(? AS DATE)";
				String sum = switch (measure) {
				case IN_POST_START, FTE_START -> when(inPost(date), measure == Measure.FTE_START, parameters, period.first(), period.first());
				case IN_POST_END, FTE_END -> when(inPost(date), measure == Measure.FTE_END, parameters, period.last(), period.last());
				case LEAVERS, LEAVER_FTE -> when("S.END_DATE BETWEEN " + date + " AND " + date, measure == Measure.LEAVER_FTE,
						parameters, period.first(), period.last());
				case IN_POST_YEAR_AGO -> when(inPost(date), false, parameters, yearAgo, yearAgo);
				case WITH_YEAR_SERVICE -> when("S.START_DATE <= " + date + " AND (S.END_DATE IS NULL OR S.END_DATE >= " + date + ")",
						false, parameters, yearAgo, period.last());
				case FTE_DAYS_AVAILABLE -> daysTimesFte("S.START_DATE", "S.END_DATE", parameters, period);
				default -> throw new IllegalStateException(measure.name());
				};
				sums.append(", ").append(sum);
			}
		}
		String dims = select("S", true, true, "Staff in post");
		read(query(dims, sums, SCHEMA + ".STAFF S LEFT JOIN " + SCHEMA + ".PARTNER P ON P.ORG_ID = S.ORG_ID"), parameters, measures);
	}

	/** A sum of 1 (or of FTE) over the rows meeting {@code condition}, its dates bound in order. */
	private static String when(String condition, boolean fte, List<LocalDate> parameters, LocalDate... dates) {
		parameters.addAll(List.of(dates));
		return "SUM(CASE WHEN " + condition + " THEN " + (fte ? "S.FTE" : "1") + " ELSE 0 END)";
	}

	/**
	 * Sum over rows of (days of [start, end] within the period) x FTE, the end open when null:
	 * TIMESTAMPDIFF between the later start and the earlier end, plus one for the last day.
	 */
	private static String daysTimesFte(String start, String end, List<LocalDate> parameters, Period period) {
		String from = "CASE WHEN " + start + " > CAST(? AS DATE) THEN " + start + " ELSE CAST(? AS DATE) END";
		String to = "CASE WHEN COALESCE(" + end + ", " + OPEN_END + ") < CAST(? AS DATE) THEN " + end
				+ " ELSE CAST(? AS DATE) END";
		String days = "{fn TIMESTAMPDIFF(SQL_TSI_DAY, CAST((" + from + ") AS TIMESTAMP), CAST((" + to + ") AS TIMESTAMP))} + 1";
		// the bindings in the order the markers appear: from's two, to's two, then again in the condition
		parameters.addAll(List.of(period.first(), period.first(), period.last(), period.last()));
		parameters.addAll(List.of(period.first(), period.first(), period.last(), period.last()));
		String condition = "(" + from + ") <= (" + to + ")";
		return "SUM(CASE WHEN " + condition + " THEN (" + days + ") * S.FTE ELSE 0 END)";
	}

	private void establishment() throws SQLException {
		List<LocalDate> parameters = new ArrayList<>();
		StringBuilder sums = new StringBuilder();
		for (Period period : periods) {
			parameters.add(period.last().withDayOfMonth(1));
			sums.append(", SUM(CASE WHEN E.MONTH_START = CAST(? AS DATE) THEN E.PLANNED_FTE ELSE 0 END)");
		}
		String dims = select("E", true, false, "Planned FTE (establishment)");
		read(query(dims, sums, SCHEMA + ".ESTABLISHMENT E LEFT JOIN " + SCHEMA + ".PARTNER P ON P.ORG_ID = E.ORG_ID"), parameters,
				List.of(Measure.PLANNED_FTE));
	}

	private void absence() throws SQLException {
		List<LocalDate> parameters = new ArrayList<>();
		StringBuilder sums = new StringBuilder();
		for (Period period : periods) {
			sums.append(", ").append(daysTimesFte("A.START_DATE", "A.END_DATE", parameters, period));
		}
		String dims = select("S", true, true, "Sickness absence");
		read(query(dims, sums, SCHEMA + ".ABSENCE A JOIN " + SCHEMA + ".STAFF S ON S.PERSON_ID = A.PERSON_ID"
				+ " AND A.START_DATE >= S.START_DATE AND A.START_DATE <= COALESCE(S.END_DATE, " + OPEN_END + ") LEFT JOIN " + SCHEMA
				+ ".PARTNER P ON P.ORG_ID = S.ORG_ID"), parameters, List.of(Measure.FTE_DAYS_LOST));
	}

	/** The survey has no date: every period gets the responses held (the latest survey imported). */
	private void survey() throws SQLException {
		String dims = select("R", false, true, "The staff survey");
		String points = "((%s + %s + %s) - 3) * 2.5 / 3.0";
		String sums = ", COUNT(*), SUM(" + points.formatted("R.Q1", "R.Q2", "R.Q3") + "), SUM("
				+ points.formatted("R.Q4", "R.Q5", "R.Q6") + "), SUM(" + points.formatted("R.Q7", "R.Q8", "R.Q9") + ")";
		String sql = query(dims, new StringBuilder(sums), SCHEMA + ".SURVEY_RESPONSE R LEFT JOIN " + SCHEMA
				+ ".PARTNER P ON P.ORG_ID = R.ORG_ID");
		List<Measure> measures = List.of(Measure.RESPONDENTS, Measure.MOTIVATION_POINTS, Measure.INVOLVEMENT_POINTS,
				Measure.ADVOCACY_POINTS);
		try (PreparedStatement query = connection.prepareStatement(sql); ResultSet result = query.executeQuery()) {
			while (result.next()) {
				List<String> key = key(result);
				for (int p = 0; p < periods.size(); p++) {
					Measures group = groups.computeIfAbsent(new GroupKey(key, p), k -> new Measures());
					for (int m = 0; m < measures.size(); m++) {
						group.add(measures.get(m), result.getDouble(dimensions.size() + 1 + m));
					}
				}
			}
		}
	}

	/** SELECT the cuts' columns and the sums (each led by ", ") FROM {@code from}, grouped by the cuts when there are any. */
	private static String query(String dims, StringBuilder sums, String from) {
		String select = dims.isEmpty() ? sums.substring(2) : dims + sums;
		return "SELECT " + select + " FROM " + from + (dims.isEmpty() ? "" : " GROUP BY " + dims);
	}

	/** Runs a grouped query whose sums come period by period, {@code measures} in each. */
	private void read(String sql, List<LocalDate> parameters, List<Measure> measures) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.size(); i++) {
				query.setDate(i + 1, Date.valueOf(parameters.get(i)));
			}
			try (ResultSet result = query.executeQuery()) {
				while (result.next()) {
					List<String> key = key(result);
					int column = dimensions.size() + 1;
					for (int p = 0; p < periods.size(); p++) {
						Measures group = groups.computeIfAbsent(new GroupKey(key, p), k -> new Measures());
						for (Measure measure : measures) {
							group.add(measure, result.getDouble(column++));
						}
					}
				}
			}
		}
	}

	private List<String> key(ResultSet result) throws SQLException {
		List<String> key = new ArrayList<>(dimensions.size());
		for (int d = 1; d <= dimensions.size(); d++) {
			key.add(result.getString(d));
		}
		return key;
	}
}
