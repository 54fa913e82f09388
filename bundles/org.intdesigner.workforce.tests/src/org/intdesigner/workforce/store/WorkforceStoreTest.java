package org.intdesigner.workforce.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.intdesigner.workforce.store.TestStores.TestStore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The store, embedded and over the network: schema created, data kept, transactions all or nothing. */
class WorkforceStoreTest {

	@TempDir
	Path temp;

	@ParameterizedTest
	@EnumSource(StoreMode.class)
	void aNewStoreHasTheLatestSchema(StoreMode mode) throws Exception {
		try (TestStore test = TestStores.open(mode, temp)) {
			WorkforceStore store = test.store();
			// a server makes the store it serves before any client connects: its clients find it made
			assertEquals(mode == StoreMode.EMBEDDED ? 0 : Schema.latestVersion(), store.versionFoundAtOpen());
			assertEquals(Schema.latestVersion(), store.schemaVersion());
			assertEquals(mode == StoreMode.EMBEDDED, store.isEmbedded());
			for (StoreTable table : StoreTable.values()) {
				store.rowCount(table); // every table is there
			}
			assertTrue(store.hasNoWorkforceData());
			assertEquals(64, store.read(c -> StoreSettings.get(c, StoreSettings.PSEUDONYM_SALT)).length());
		}
	}

	@ParameterizedTest
	@EnumSource(StoreMode.class)
	void reopeningKeepsTheDataAndDoesNotMigrateAgain(StoreMode mode) throws Exception {
		try (TestStore test = TestStores.open(mode, temp)) {
			test.store().write(c -> insertPartner(c, "pcn-north"));
		}
		try (TestStore test = TestStores.open(mode, temp)) {
			assertEquals(Schema.latestVersion(), test.store().versionFoundAtOpen());
			assertEquals(1, test.store().rowCount(StoreTable.PARTNER));
		}
	}

	@ParameterizedTest
	@EnumSource(StoreMode.class)
	void aWriteThatFailsLeavesNothing(StoreMode mode) throws Exception {
		try (TestStore test = TestStores.open(mode, temp)) {
			WorkforceStore store = test.store();
			assertThrows(IllegalStateException.class, () -> store.write(c -> {
				insertPartner(c, "pcn-north");
				throw new IllegalStateException("stopped half way");
			}));
			assertThrows(SQLException.class, () -> store.write(c -> {
				insertPartner(c, "pcn-north");
				return insertPartner(c, "pcn-north"); // the same key again
			}));
			assertEquals(0, store.rowCount(StoreTable.PARTNER));
			store.write(c -> insertPartner(c, "pcn-north"));
			assertEquals(1, store.rowCount(StoreTable.PARTNER));
		}
	}

	@ParameterizedTest
	@EnumSource(StoreMode.class)
	void theSchemaHasItsKeysAndIndexes(StoreMode mode) throws Exception {
		try (TestStore test = TestStores.open(mode, temp)) {
			String indexes = test.store().read(c -> {
				StringBuilder names = new StringBuilder();
				try (ResultSet rows = c.getMetaData().getIndexInfo(null, Schema.NAME, "STAFF", false, false)) {
					while (rows.next()) {
						names.append(rows.getString("INDEX_NAME")).append(' ');
					}
				}
				try (ResultSet keys = c.getMetaData().getImportedKeys(null, Schema.NAME, "STAFF")) {
					while (keys.next()) {
						names.append("FK:").append(keys.getString("FK_NAME")).append(' ');
					}
				}
				return names.toString();
			});
			for (String expected : new String[] { "STAFF_ORG", "STAFF_ROLE", "STAFF_TEAM", "FK:STAFF_IMPORT_FK" }) {
				assertTrue(indexes.contains(expected), expected + " in " + indexes);
			}
		}
	}

	@ParameterizedTest
	@EnumSource(StoreMode.class)
	void constraintsKeepNonsenseOut(StoreMode mode) throws Exception {
		try (TestStore test = TestStores.open(mode, temp)) {
			WorkforceStore store = test.store();
			store.write(c -> execute(c, "INSERT INTO IMPORT_LOG (KIND, FILE_NAME, OUTCOME, ROWS_READ, ROWS_IMPORTED,"
					+ " ROWS_REJECTED, IMPORTED_AT) VALUES ('absence', 'a.csv', 'IMPORTED', 0, 0, 0, CURRENT_TIMESTAMP)"));
			String[][] cases = {
					{ "23513", "INSERT INTO ABSENCE VALUES ('p', DATE('2025-05-01'), DATE('2025-04-01'), 1)" },
					{ "23513", "INSERT INTO STAFF (PERSON_ID, ORG_ID, ROLE_ID, FTE, START_DATE, IMPORT_ID)"
							+ " VALUES ('p', 'o', 'r', -1, DATE('2025-05-01'), 1)" },
					{ "23513", "INSERT INTO SURVEY_RESPONSE (ORG_ID, Q1, IMPORT_ID) VALUES ('o', 6, 1)" },
					{ "23513", "INSERT INTO ESTABLISHMENT VALUES ('o', 'r', DATE('2025-05-02'), 1, 1)" },
					{ "23503", "INSERT INTO ABSENCE VALUES ('p', DATE('2025-05-01'), NULL, 99)" } };
			for (String[] bad : cases) {
				SQLException e = assertThrows(SQLException.class, () -> store.write(c -> execute(c, bad[1])), bad[1]);
				assertTrue(DerbyErrors.has(e, bad[0]), bad[1] + ": " + DerbyErrors.message(e));
			}
		}
	}

	private static int execute(java.sql.Connection c, String sql) throws SQLException {
		try (PreparedStatement statement = c.prepareStatement(sql)) {
			return statement.executeUpdate();
		}
	}

	@org.junit.jupiter.api.Test
	void everyTableAndColumnIsDocumentedInSchemaMd() throws Exception {
		String doc;
		try (var in = WorkforceStore.class.getResource("/SCHEMA.md").openStream()) {
			doc = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		try (TestStore test = TestStores.open(StoreMode.EMBEDDED, temp)) {
			java.util.List<String> missing = test.store().read(c -> {
				java.util.List<String> undocumented = new java.util.ArrayList<>();
				try (ResultSet columns = c.getMetaData().getColumns(null, Schema.NAME, "%", "%")) {
					while (columns.next()) {
						String table = columns.getString("TABLE_NAME");
						String column = columns.getString("COLUMN_NAME");
						if (!doc.contains("`" + table + "`")) {
							undocumented.add(table);
						}
						if (!doc.contains("`" + column + "`") && !column.matches("Q[2-8]")) {
							undocumented.add(table + "." + column);
						}
					}
				}
				return undocumented;
			});
			assertEquals(java.util.List.of(), missing, "SCHEMA.md describes every table and column");
		}
	}

	static int insertPartner(java.sql.Connection c, String code) throws SQLException {
		try (PreparedStatement insert = c.prepareStatement("INSERT INTO PARTNER (ORG_ID) VALUES (?)")) {
			insert.setString(1, code);
			return insert.executeUpdate();
		}
	}
}
