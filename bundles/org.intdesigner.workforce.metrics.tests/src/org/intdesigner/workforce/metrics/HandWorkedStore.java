package org.intdesigner.workforce.metrics;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

import org.intdesigner.workforce.store.StoreLocation;
import org.intdesigner.workforce.store.WorkforceStore;

/**
 * A small store whose metrics are worked out by hand in {@link WorkforceMetricsTest}: partner A
 * (NHS) with 14 staff spells over 2025-2026, partner B (council) with 3 people, sickness absence,
 * establishment for December 2026 and six plus two survey responses.
 */
final class HandWorkedStore {

	static final LocalDate OPEN = null;

	private HandWorkedStore() {
	}

	static WorkforceStore create(Path folder) throws Exception {
		WorkforceStore store = WorkforceStore.open(StoreLocation.embedded(folder));
		store.write(connection -> {
			insert(connection);
			return null;
		});
		return store;
	}

	private static void insert(Connection c) throws SQLException {
		try (Statement s = c.createStatement()) {
			s.executeUpdate("INSERT INTO WORKFORCE.IMPORT_LOG (KIND, FILE_NAME, OUTCOME, ROWS_READ, ROWS_IMPORTED, ROWS_REJECTED,"
					+ " IMPORTED_AT) VALUES ('staff', 'hand-worked', 'IMPORTED', 0, 0, 0, CURRENT_TIMESTAMP)");
			s.executeUpdate("INSERT INTO WORKFORCE.PARTNER VALUES ('A', 'Trust A', 'nhs'), ('B', 'Council B', 'council')");
		}
		int importId;
		try (PreparedStatement q = c.prepareStatement("SELECT MAX(IMPORT_ID) FROM WORKFORCE.IMPORT_LOG");
				var r = q.executeQuery()) {
			r.next();
			importId = r.getInt(1);
		}
		LocalDate since2020 = LocalDate.of(2020, 1, 1);
		for (int i = 1; i <= 8; i++) {
			staff(c, importId, "a0" + i, "A", "nurse", "T1", i == 7 ? 0.5 : 1.0, since2020, OPEN);
		}
		staff(c, importId, "a09", "A", "nurse", "T1", 1.0, since2020, LocalDate.of(2026, 6, 30));
		staff(c, importId, "a10", "A", "hca", "T2", 1.0, since2020, LocalDate.of(2026, 9, 30));
		staff(c, importId, "a11", "A", "hca", "T2", 1.0, LocalDate.of(2026, 3, 1), OPEN);
		staff(c, importId, "a12", "A", "hca", "T2", 1.0, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 11, 30));
		staff(c, importId, "a13", "A", "nurse", "T1", 1.0, since2020, LocalDate.of(2026, 4, 30));
		staff(c, importId, "a14", "A", "nurse", "T1", 1.0, since2020, LocalDate.of(2026, 5, 31));
		for (int i = 1; i <= 3; i++) {
			staff(c, importId, "b" + i, "B", "social worker", "T3", 1.0, since2020, OPEN);
		}
		absence(c, importId, "a01", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 6));
		absence(c, importId, "a07", LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 19));
		absence(c, importId, "a02", LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 2));
		absence(c, importId, "a03", LocalDate.of(2026, 12, 30), OPEN);
		absence(c, importId, "a09", LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 5)); // after leaving: not counted
		establishment(c, importId, "A", "nurse", 8.0);
		establishment(c, importId, "A", "hca", 2.0);
		for (int i = 0; i < 6; i++) {
			survey(c, importId, "A", "T1", 4, 4, 5, 3, 3, 3, 5, 4, 3);
		}
		survey(c, importId, "B", "T3", 5, 5, 5, 5, 5, 5, 5, 5, 5);
		survey(c, importId, "B", "T3", 1, 1, 1, 1, 1, 1, 1, 1, 1);
	}

	private static void staff(Connection c, int importId, String person, String org, String role, String team, double fte,
			LocalDate start, LocalDate end) throws SQLException {
		try (PreparedStatement insert = c.prepareStatement("INSERT INTO WORKFORCE.STAFF (PERSON_ID, ORG_ID, ROLE_ID, TEAM_ID,"
				+ " POST_ID, FTE, START_DATE, END_DATE, LEAVING_REASON, IMPORT_ID) VALUES (?, ?, ?, ?, NULL, ?, ?, ?, NULL, ?)")) {
			insert.setString(1, person);
			insert.setString(2, org);
			insert.setString(3, role);
			insert.setString(4, team);
			insert.setDouble(5, fte);
			insert.setDate(6, Date.valueOf(start));
			insert.setDate(7, end == null ? null : Date.valueOf(end));
			insert.setInt(8, importId);
			insert.executeUpdate();
		}
	}

	private static void absence(Connection c, int importId, String person, LocalDate start, LocalDate end) throws SQLException {
		try (PreparedStatement insert = c.prepareStatement("INSERT INTO WORKFORCE.ABSENCE (PERSON_ID, START_DATE, END_DATE, IMPORT_ID)"
				+ " VALUES (?, ?, ?, ?)")) {
			insert.setString(1, person);
			insert.setDate(2, Date.valueOf(start));
			insert.setDate(3, end == null ? null : Date.valueOf(end));
			insert.setInt(4, importId);
			insert.executeUpdate();
		}
	}

	private static void establishment(Connection c, int importId, String org, String role, double planned) throws SQLException {
		try (PreparedStatement insert = c.prepareStatement("INSERT INTO WORKFORCE.ESTABLISHMENT (ORG_ID, ROLE_ID, MONTH_START,"
				+ " PLANNED_FTE, IMPORT_ID) VALUES (?, ?, ?, ?, ?)")) {
			insert.setString(1, org);
			insert.setString(2, role);
			insert.setDate(3, Date.valueOf(LocalDate.of(2026, 12, 1)));
			insert.setDouble(4, planned);
			insert.setInt(5, importId);
			insert.executeUpdate();
		}
	}

	private static void survey(Connection c, int importId, String org, String team, int... answers) throws SQLException {
		try (PreparedStatement insert = c.prepareStatement("INSERT INTO WORKFORCE.SURVEY_RESPONSE (ORG_ID, TEAM_ID, Q1, Q2, Q3,"
				+ " Q4, Q5, Q6, Q7, Q8, Q9, IMPORT_ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			insert.setString(1, org);
			insert.setString(2, team);
			for (int i = 0; i < 9; i++) {
				insert.setInt(3 + i, answers[i]);
			}
			insert.setInt(12, importId);
			insert.executeUpdate();
		}
	}
}
