package org.intdesigner.workforce.metrics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

import org.intdesigner.workforce.store.StoreTable;

/**
 * The staff spells and sickness absences of a store as columns in memory: codes for organisation,
 * role, team and person (each a position in its own list of names), FTE, first and last day (epoch
 * days; an open spell ends on {@link #OPEN}), and each person's absences. Reading a million spells
 * out of Derby takes seconds; adding them up from these columns takes a tenth of one, so a
 * snapshot is read once per state of the store and kept ({@link SnapshotCache}). Only the parts a
 * figure needs are read (a turnover by organisation needs neither roles, teams nor absences), so
 * that the first figure of a new process is quick too.
 */
final class StaffSnapshot {

	/** What a snapshot may hold besides organisation, FTE and dates. */
	enum Part {
		ROLE, TEAM, ABSENCES
	}

	final java.util.Set<Part> parts;

	/** The last day of a spell or absence that has not ended. */
	static final int OPEN = Integer.MAX_VALUE;
	static final String NO_TEAM = "(no team)";

	final Codes organisations = new Codes();
	final Codes roles = new Codes();
	final Codes teams = new Codes();
	/** The people with sickness absences (only they need telling apart). */
	private final Codes absentees = new Codes();

	int size;
	int[] org = new int[1024];
	double[] fte = new double[1024];
	int[] start = new int[1024];
	int[] end = new int[1024];
	/** Of the parts read only (else empty): role and team codes, and the absentee code of each spell's person (-1: never absent). */
	int[] role;
	int[] team;
	int[] person;

	/** Absences of person p: positions absenceOffset[p] to absenceOffset[p + 1] of absenceStart and absenceEnd. */
	int[] absenceOffset = new int[1];
	int[] absenceStart = new int[0];
	int[] absenceEnd = new int[0];

	private StaffSnapshot(java.util.EnumSet<Part> parts) {
		this.parts = java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(parts));
		role = new int[parts.contains(Part.ROLE) ? org.length : 0];
		team = new int[parts.contains(Part.TEAM) ? org.length : 0];
		person = new int[parts.contains(Part.ABSENCES) ? org.length : 0];
	}

	static StaffSnapshot read(Connection connection, java.util.EnumSet<Part> parts) throws SQLException {
		StaffSnapshot snapshot = new StaffSnapshot(parts);
		if (parts.contains(Part.ABSENCES)) {
			snapshot.readAbsences(connection);
		}
		snapshot.readSpells(connection);
		return snapshot;
	}

	private void readSpells(Connection connection) throws SQLException {
		boolean roles = parts.contains(Part.ROLE);
		boolean teamIds = parts.contains(Part.TEAM);
		boolean persons = parts.contains(Part.ABSENCES);
		String columns = "ORG_ID, FTE, " + digits("START_DATE") + ", " + digits("END_DATE") + (roles ? ", ROLE_ID" : "")
				+ (teamIds ? ", TEAM_ID" : "") + (persons ? ", PERSON_ID" : "");
		try (PreparedStatement query = connection.prepareStatement("SELECT " + columns + " FROM "
				+ StoreTable.STAFF.qualified()); ResultSet rows = query.executeQuery()) {
			EpochDays days = new EpochDays();
			int roleColumn = 5;
			int teamColumn = roles ? 6 : 5;
			int personColumn = teamColumn + (teamIds ? 1 : 0);
			while (rows.next()) {
				if (size == org.length) {
					grow();
				}
				org[size] = organisations.of(rows.getString(1));
				fte[size] = rows.getDouble(2);
				start[size] = days.of(rows, 3);
				end[size] = days.of(rows, 4);
				if (roles) {
					role[size] = this.roles.of(rows.getString(roleColumn));
				}
				if (teamIds) {
					String teamId = rows.getString(teamColumn);
					team[size] = teams.of(teamId == null ? NO_TEAM : teamId);
				}
				if (persons) {
					person[size] = absentees.find(rows.getString(personColumn));
				}
				size++;
			}
		}
	}

	private void grow() {
		int length = org.length * 2;
		org = Arrays.copyOf(org, length);
		fte = Arrays.copyOf(fte, length);
		// the parts not read stay empty
		role = role.length == 0 ? role : Arrays.copyOf(role, length);
		team = team.length == 0 ? team : Arrays.copyOf(team, length);
		person = person.length == 0 ? person : Arrays.copyOf(person, length);
		start = Arrays.copyOf(start, length);
		end = Arrays.copyOf(end, length);
	}

	/** The absences, grouped by person; they are matched to spells by person when they are summed. */
	private void readAbsences(Connection connection) throws SQLException {
		int[] owner = new int[1024];
		int[] from = new int[1024];
		int[] to = new int[1024];
		int count = 0;
		try (PreparedStatement query = connection.prepareStatement("SELECT PERSON_ID, " + digits("START_DATE") + ", "
				+ digits("END_DATE") + " FROM " + StoreTable.ABSENCE.qualified()); ResultSet rows = query.executeQuery()) {
			EpochDays days = new EpochDays();
			while (rows.next()) {
				int who = absentees.of(rows.getString(1));
				if (count == owner.length) {
					owner = Arrays.copyOf(owner, count * 2);
					from = Arrays.copyOf(from, count * 2);
					to = Arrays.copyOf(to, count * 2);
				}
				owner[count] = who;
				from[count] = days.of(rows, 2);
				to[count] = days.of(rows, 3);
				count++;
			}
		}
		// counting sort by person: each person's absences side by side
		absenceOffset = new int[absentees.size() + 1];
		for (int i = 0; i < count; i++) {
			absenceOffset[owner[i] + 1]++;
		}
		for (int p = 0; p < absentees.size(); p++) {
			absenceOffset[p + 1] += absenceOffset[p];
		}
		absenceStart = new int[count];
		absenceEnd = new int[count];
		int[] next = Arrays.copyOf(absenceOffset, absentees.size());
		for (int i = 0; i < count; i++) {
			int at = next[owner[i]]++;
			absenceStart[at] = from[i];
			absenceEnd[at] = to[i];
		}
	}

	/**
	 * Days of the absences of spell {@code s}'s person that began during the spell, within [first,
	 * last]; only for a snapshot read with {@link Part#ABSENCES}.
	 */
	long daysLost(int s, long first, long last) {
		if (person[s] < 0) {
			return 0;
		}
		long days = 0;
		for (int a = absenceOffset[person[s]]; a < absenceOffset[person[s] + 1]; a++) {
			if (absenceStart[a] >= start[s] && absenceStart[a] <= end[s]) {
				days += MeasureQueries.overlapDays(absenceStart[a], absenceEnd[a], first, last);
			}
		}
		return days;
	}

	/**
	 * A date column as the number yyyymmdd: Derby hands over an INTEGER far faster than a
	 * java.sql.Date (a Calendar per value), which at a million rows is most of the reading.
	 */
	private static String digits(String column) {
		return "YEAR(" + column + ") * 10000 + MONTH(" + column + ") * 100 + DAY(" + column + ")";
	}

	/** yyyymmdd numbers to epoch days, by arithmetic (no objects per value: there are two per row). */
	static final class EpochDays {

		int of(ResultSet rows, int column) throws SQLException {
			int digits = rows.getInt(column);
			return rows.wasNull() ? OPEN : epochDay(digits / 10000, digits / 100 % 100, digits % 100);
		}

		/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
		static int epochDay(int year, int month, int day) {
			int y = month <= 2 ? year - 1 : year;
			int era = Math.floorDiv(y, 400);
			int yearOfEra = y - era * 400;
			int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
			int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
			return era * 146097 + dayOfEra - 719468;
		}
	}

	/** Names to small numbers and back. */
	static final class Codes {
		private final java.util.HashMap<String, Integer> codes = new java.util.HashMap<>();
		private final java.util.ArrayList<String> names = new java.util.ArrayList<>();

		int of(String name) {
			Integer code = codes.get(name);
			if (code == null) {
				code = names.size();
				codes.put(name, code);
				names.add(name);
			}
			return code;
		}

		int find(String name) {
			return codes.getOrDefault(name, -1);
		}

		String name(int code) {
			return names.get(code);
		}

		int size() {
			return names.size();
		}
	}
}
