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

import org.intdesigner.workforce.store.StoreTable;

/**
 * The measures of every group and period, each table read once: the staff spells and the
 * sickness absences that began in them summed here from the store's columns in memory (see
 * {@link #staff}), the establishment and the survey grouped in the database. All values are bound
 * parameters; only column names known here go into the text, and table names only as the store defines them
 * ({@link StoreTable}).
 */
final class MeasureQueries {

	private final Connection connection;
	private final List<Cut> dimensions;
	private final List<Period> periods;
	private final Set<Measure> needed;
	/** Only this team's rows count (null: all rows). */
	private final String team;
	private final Map<GroupKey, Measures> groups = new LinkedHashMap<>();

	/** {@code dimensions}: organisation, sector, role or team (month and neighbourhood are handled by the caller). */
	MeasureQueries(Connection connection, List<Cut> dimensions, List<Period> periods, Set<Measure> needed, String team) {
		this.connection = connection;
		this.team = team;
		this.dimensions = dimensions;
		this.periods = periods;
		this.needed = needed;
	}

	/** The measures the store's tables give (not those of {@link MeasureSource}s), by group and period. */
	Map<GroupKey, Measures> run() throws SQLException {
		List<Measure> staff = needed.stream().filter(m -> m.origin() == Measure.Origin.STAFF).toList();
		if (!staff.isEmpty()) {
			staff(staff);
		}
		if (needed.contains(Measure.PLANNED_FTE)) {
			establishment();
		}
		if (needed.stream().anyMatch(m -> m.origin() == Measure.Origin.SURVEY)) {
			survey();
		}
		List<Measure> themes = needed.stream().filter(m -> m.origin() == Measure.Origin.SURVEY_QUESTIONS).toList();
		if (!themes.isEmpty()) {
			new SurveyThemeQuery(connection, dimensions, periods.size(), team).run(themes, groups);
		}
		return groups;
	}

	/** The column a cut groups by, for a table aliased {@code row}; null when that table does not know it. */
	private static String column(Cut cut, String row, boolean hasRole, boolean hasTeam) {
		return switch (cut) {
		case ORGANISATION -> row + ".ORG_ID";
		case SECTOR -> "COALESCE(P.SECTOR, '" + SpellGroups.NO_SECTOR + "')";
		case ROLE -> hasRole ? row + ".ROLE_ID" : null;
		case TEAM -> hasTeam ? "COALESCE(" + row + ".TEAM_ID, '" + StaffSnapshot.NO_TEAM + "')" : null;
		default -> throw new IllegalArgumentException(cut + " is not a column");
		};
	}

	static String select(List<Cut> dimensions, String row, boolean hasRole, boolean hasTeam, String what) {
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

	/**
	 * Staff measures in one pass over the store's spells held in memory ({@link StaffSnapshot}):
	 * adding a spell to twelve months costs a few comparisons here, where Derby took tens of
	 * seconds for the same sums as CASE expressions over a million rows.
	 */
	private void staff(List<Measure> measures) throws SQLException {
		LocalDate earliestDay = periods.get(0).first();
		LocalDate latestDay = periods.get(0).last();
		for (Period period : periods) {
			earliestDay = min(earliestDay, min(period.first(), period.last().minusYears(1)));
			latestDay = period.last().isAfter(latestDay) ? period.last() : latestDay;
		}
		long earliest = earliestDay.toEpochDay();
		long latest = latestDay.toEpochDay();
		Set<StaffSnapshot.Part> parts = java.util.EnumSet.noneOf(StaffSnapshot.Part.class);
		if (dimensions.contains(Cut.ROLE)) {
			parts.add(StaffSnapshot.Part.ROLE);
		}
		if (dimensions.contains(Cut.TEAM) || team != null) {
			parts.add(StaffSnapshot.Part.TEAM);
		}
		if (measures.contains(Measure.FTE_DAYS_LOST)) {
			parts.add(StaffSnapshot.Part.ABSENCES);
		}
		StaffSnapshot spells = SnapshotCache.of(connection, parts);
		SpellGroups grouping = new SpellGroups(spells, dimensions, dimensions.contains(Cut.SECTOR) ? sectors() : Map.of());
		long[] first = new long[periods.size()];
		long[] last = new long[periods.size()];
		long[] yearAgo = new long[periods.size()];
		for (int p = 0; p < periods.size(); p++) {
			first[p] = periods.get(p).first().toEpochDay();
			last[p] = periods.get(p).last().toEpochDay();
			yearAgo[p] = periods.get(p).last().minusYears(1).toEpochDay();
		}
		Measure[] wanted = measures.toArray(Measure[]::new);
		int width = wanted.length;
		int onlyTeam = team == null ? -1 : spells.teams.find(team);
		Map<Long, double[]> sums = new java.util.HashMap<>();
		if (dimensions.isEmpty()) {
			sums.put(0L, new double[periods.size() * width]); // "all" has figures (zeros) even with nobody in post
		}
		for (int s = 0; s < spells.size; s++) {
			long start = spells.start[s];
			long end = spells.end[s] == StaffSnapshot.OPEN ? Long.MAX_VALUE : spells.end[s];
			if (start > latest || end < earliest || (team != null && spells.team[s] != onlyTeam)) {
				continue;
			}
			double[] group = sums.computeIfAbsent(grouping.keyOf(s), k -> new double[periods.size() * width]);
			double fte = spells.fte[s];
			for (int p = 0; p < first.length; p++) {
				int base = p * width;
				for (int m = 0; m < width; m++) {
					group[base + m] += wanted[m] == Measure.FTE_DAYS_LOST ? spells.daysLost(s, first[p], last[p]) * fte
							: staffMeasure(wanted[m], fte, start, end, first[p], last[p], yearAgo[p]);
				}
			}
		}
		sums.forEach((key, values) -> {
			List<String> names = grouping.namesOf(key);
			for (int p = 0; p < periods.size(); p++) {
				Measures group = groups.computeIfAbsent(new GroupKey(names, p), k -> new Measures());
				for (int m = 0; m < width; m++) {
					group.add(wanted[m], values[p * width + m]);
				}
			}
		});
	}

	/** Each partner's sector, by organisation code. */
	private Map<String, String> sectors() throws SQLException {
		Map<String, String> sectors = new java.util.HashMap<>();
		try (PreparedStatement query = connection.prepareStatement("SELECT ORG_ID, SECTOR FROM "
				+ StoreTable.PARTNER.qualified());
				ResultSet result = query.executeQuery()) {
			while (result.next()) {
				sectors.put(result.getString(1), result.getString(2));
			}
		}
		return sectors;
	}

	/** What one spell (FTE, first and last day as epoch days) adds to a measure of a period. */
	static double staffMeasure(Measure measure, double fte, long start, long end, long first, long last, long yearAgo) {
		return switch (measure) {
		case IN_POST_START -> inPost(start, end, first) ? 1 : 0;
		case FTE_START -> inPost(start, end, first) ? fte : 0;
		case IN_POST_END -> inPost(start, end, last) ? 1 : 0;
		case FTE_END -> inPost(start, end, last) ? fte : 0;
		case LEAVERS -> end >= first && end <= last ? 1 : 0;
		case LEAVER_FTE -> end >= first && end <= last ? fte : 0;
		case IN_POST_YEAR_AGO -> inPost(start, end, yearAgo) ? 1 : 0;
		case WITH_YEAR_SERVICE -> start <= yearAgo && end >= last ? 1 : 0;
		case FTE_DAYS_AVAILABLE -> overlapDays(start, end, first, last) * fte;
		default -> throw new IllegalStateException(measure + " does not come from the staff spells");
		};
	}

	private static boolean inPost(long start, long end, long day) {
		return start <= day && end >= day;
	}

	/** Days of [start, end] within [first, last], both ends included. */
	static long overlapDays(long start, long end, long first, long last) {
		long from = Math.max(start, first);
		long to = Math.min(end, last);
		return to < from ? 0 : to - from + 1;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	/** The join to the partner list, only when the sector is asked for. */
	private String partnerJoin(String row) {
		return partnerJoin(dimensions, row);
	}

	static String partnerJoin(List<Cut> dimensions, String row) {
		return dimensions.contains(Cut.SECTOR)
				? " LEFT JOIN " + StoreTable.PARTNER.qualified() + " P ON P.ORG_ID = " + row + ".ORG_ID"
				: "";
	}

	/** SELECT the cuts' columns and the sums (each led by ", ") FROM {@code from}, grouped by the cuts when there are any. */
	private static String query(String dims, StringBuilder sums, String from) {
		String select = dims.isEmpty() ? sums.substring(2) : dims + sums;
		return "SELECT " + select + " FROM " + from + (dims.isEmpty() ? "" : " GROUP BY " + dims);
	}

	private void establishment() throws SQLException {
		if (team != null) {
			throw new IllegalArgumentException("Planned FTE (establishment) is not recorded by team: it is planned by"
					+ " organisation and role.");
		}
		List<LocalDate> parameters = new ArrayList<>();
		StringBuilder sums = new StringBuilder();
		for (Period period : periods) {
			parameters.add(period.last().withDayOfMonth(1));
			sums.append(", SUM(CASE WHEN E.MONTH_START = CAST(? AS DATE) THEN E.PLANNED_FTE ELSE 0 END)");
		}
		String dims = select(dimensions, "E", true, false, "Planned FTE (establishment)");
		read(query(dims, sums, StoreTable.ESTABLISHMENT.qualified() + " E" + partnerJoin("E")), parameters,
				List.of(Measure.PLANNED_FTE));
	}

	/** The survey has no date: every period gets the responses held (the latest survey imported). */
	private void survey() throws SQLException {
		String dims = select(dimensions, "R", false, true, "The staff survey");
		String points = "((%s + %s + %s) - 3) * 2.5 / 3.0";
		String sums = ", COUNT(*), SUM(" + points.formatted("R.Q1", "R.Q2", "R.Q3") + "), SUM("
				+ points.formatted("R.Q4", "R.Q5", "R.Q6") + "), SUM(" + points.formatted("R.Q7", "R.Q8", "R.Q9") + ")";
		String sql = query(dims, new StringBuilder(sums), StoreTable.SURVEY_RESPONSE.qualified() + " R" + partnerJoin("R")
				+ (team == null ? "" : " WHERE R.TEAM_ID = ?"));
		List<Measure> measures = List.of(Measure.RESPONDENTS, Measure.MOTIVATION_POINTS, Measure.INVOLVEMENT_POINTS,
				Measure.ADVOCACY_POINTS);
		try (PreparedStatement query = connection.prepareStatement(sql)) {
			if (team != null) {
				query.setString(1, team);
			}
			try (ResultSet result = query.executeQuery()) {
				while (nextRow(result)) {
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
	}

	/** Runs a grouped query whose sums come period by period, {@code measures} in each. */
	private void read(String sql, List<LocalDate> parameters, List<Measure> measures) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.size(); i++) {
				query.setDate(i + 1, Date.valueOf(parameters.get(i)));
			}
			try (ResultSet result = query.executeQuery()) {
				while (nextRow(result)) {
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

	/**
	 * The next row of a grouped query, its warnings dropped: Derby warns on every group whose sum
	 * skipped a null (an unanswered survey question) and chains each warning to the end of all the
	 * earlier ones, so reading thousands of groups took quadratic time. The nulls are meant.
	 */
	static boolean nextRow(ResultSet result) throws SQLException {
		boolean more = result.next();
		result.clearWarnings();
		return more;
	}

	private List<String> key(ResultSet result) throws SQLException {
		List<String> key = new ArrayList<>(dimensions.size());
		for (int d = 1; d <= dimensions.size(); d++) {
			key.add(result.getString(d));
		}
		return key;
	}
}
