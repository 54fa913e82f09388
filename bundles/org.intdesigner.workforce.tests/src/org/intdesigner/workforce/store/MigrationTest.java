package org.intdesigner.workforce.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store made by an older INT Designer is brought up to date when opened; one made by a newer one is refused. */
class MigrationTest {

	@TempDir
	Path temp;

	private String url(StoreLocation.Embedded location) throws Exception {
		Files.createDirectories(location.folder());
		return "jdbc:derby:" + location.databaseDirectory() + ";create=true";
	}

	@Test
	void aVersionOneStoreIsMigratedAndKeepsItsRows() throws Exception {
		StoreLocation.Embedded location = StoreLocation.embedded(temp);
		try (Connection old = DerbyEngine.connectEmbedded(url(location))) {
			assertEquals(0, Schema.migrate(old, 1));
			assertEquals(1, Schema.currentVersion(old));
			try (PreparedStatement log = old.prepareStatement("INSERT INTO IMPORT_LOG (KIND, FILE_NAME, OUTCOME, ROWS_READ,"
					+ " ROWS_IMPORTED, ROWS_REJECTED, IMPORTED_AT) VALUES ('staff', 'old.csv', 'IMPORTED', 1, 1, 0,"
					+ " CURRENT_TIMESTAMP)");
					PreparedStatement staff = old.prepareStatement("INSERT INTO STAFF (PERSON_ID, ORG_ID, ROLE_ID, FTE,"
							+ " START_DATE, IMPORT_ID) VALUES ('S1', 'pcn-north', 'gp', 0.8, DATE('2020-01-06'), 1)")) {
				log.executeUpdate();
				staff.executeUpdate();
			}
			old.commit();
			try (ResultSet settings = old.getMetaData().getTables(null, Schema.NAME, "STORE_SETTING", null)) {
				assertTrue(!settings.next(), "version 1 has no settings table yet");
			}
			old.rollback();
		}
		DerbyEngine.release(location.databaseDirectory().toString());

		try (WorkforceStore store = WorkforceStore.open(location)) {
			assertEquals(1, store.versionFoundAtOpen());
			assertEquals(Schema.latestVersion(), store.schemaVersion());
			assertEquals(1, store.rowCount(StoreTable.STAFF));
			assertEquals("0.800", store.read(c -> {
				try (PreparedStatement q = c.prepareStatement("SELECT FTE FROM STAFF WHERE PERSON_ID = 'S1'");
						ResultSet r = q.executeQuery()) {
					r.next();
					return r.getBigDecimal(1).toPlainString();
				}
			}));
			assertEquals(64, store.read(c -> StoreSettings.get(c, StoreSettings.PSEUDONYM_SALT)).length(), "migration 3");
			int versions = store.read(c -> {
				try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM SCHEMA_VERSION");
						ResultSet r = q.executeQuery()) {
					r.next();
					return r.getInt(1);
				}
			});
			assertEquals(Schema.latestVersion(), versions, "one row per migration");
		}
	}

	@Test
	void aStoreOfANewerVersionIsRefusedAndLeftAlone() throws Exception {
		StoreLocation.Embedded location = StoreLocation.embedded(temp);
		try (WorkforceStore store = WorkforceStore.open(location)) {
			store.write(c -> {
				try (PreparedStatement newer = c.prepareStatement("INSERT INTO SCHEMA_VERSION VALUES (?, 'from the future',"
						+ " CURRENT_TIMESTAMP)")) {
					newer.setInt(1, Schema.latestVersion() + 5);
					return newer.executeUpdate();
				}
			});
		}
		StoreException e = assertThrows(StoreException.class, () -> WorkforceStore.open(location));
		assertTrue(e.getMessage().contains("newer INT Designer"), e.getMessage());
		assertTrue(e.getMessage().contains("version " + (Schema.latestVersion() + 5)), e.getMessage());
	}
}
