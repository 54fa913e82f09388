package org.intdesigner.workforce.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import org.intdesigner.workforce.store.StoreTable;

/** Writes IMPORT_LOG and IMPORT_PARTNER, and the partners an import brings (PARTNER). */
final class ImportLog {

	private ImportLog() {
	}

	/** Starts the log row of an import in its transaction; returns its id, which every row written carries. */
	static int begin(Connection connection, ImportKind kind, String file) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + StoreTable.IMPORT_LOG.qualified()
				+ " (KIND, FILE_NAME, OUTCOME, ROWS_READ, ROWS_IMPORTED, ROWS_REJECTED, IMPORTED_AT)"
				+ " VALUES (?, ?, 'IMPORTED', 0, 0, 0, ?)", Statement.RETURN_GENERATED_KEYS)) {
			insert.setString(1, kind.id());
			insert.setString(2, clip(file));
			insert.setTimestamp(3, Timestamp.from(Instant.now()));
			insert.executeUpdate();
			try (ResultSet keys = insert.getGeneratedKeys()) {
				keys.next();
				return keys.getInt(1);
			}
		}
	}

	/** Completes the log row of a successful import, with the partners it brought rows for. */
	static void finish(Connection connection, int importId, long read, long imported, Map<String, Long> partners)
			throws SQLException {
		try (PreparedStatement update = connection.prepareStatement("UPDATE " + StoreTable.IMPORT_LOG.qualified()
				+ " SET ROWS_READ = ?, ROWS_IMPORTED = ? WHERE IMPORT_ID = ?")) {
			update.setLong(1, read);
			update.setLong(2, imported);
			update.setInt(3, importId);
			update.executeUpdate();
		}
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + StoreTable.IMPORT_PARTNER.qualified()
				+ " (IMPORT_ID, ORG_ID, ROWS_IMPORTED) VALUES (?, ?, ?)")) {
			for (Map.Entry<String, Long> partner : partners.entrySet()) {
				insert.setInt(1, importId);
				insert.setString(2, partner.getKey());
				insert.setLong(3, partner.getValue());
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	/** The log row of an import that did not happen (rejected, cancelled, failed), in a transaction of its own. */
	static void failed(Connection connection, ImportKind kind, String file, ImportSummary.Outcome outcome, long read,
			long rejected) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + StoreTable.IMPORT_LOG.qualified()
				+ " (KIND, FILE_NAME, OUTCOME, ROWS_READ, ROWS_IMPORTED, ROWS_REJECTED, IMPORTED_AT)"
				+ " VALUES (?, ?, ?, ?, 0, ?, ?)")) {
			insert.setString(1, kind.id());
			insert.setString(2, clip(file));
			insert.setString(3, outcome.name());
			insert.setLong(4, read);
			insert.setLong(5, rejected);
			insert.setTimestamp(6, Timestamp.from(Instant.now()));
			insert.executeUpdate();
		}
	}

	/**
	 * Adds the partners the store does not know yet, with their name and sector from the model
	 * (else the name the file gave), and fills in a name or sector still missing.
	 */
	static void registerPartners(Connection connection, Map<String, Long> partners, KnownCodes codes,
			Map<String, String> fileNames) throws SQLException {
		try (PreparedStatement find = connection.prepareStatement("SELECT NAME, SECTOR FROM " + StoreTable.PARTNER.qualified()
				+ " WHERE ORG_ID = ?");
				PreparedStatement insert = connection.prepareStatement("INSERT INTO " + StoreTable.PARTNER.qualified()
						+ " (ORG_ID, NAME, SECTOR) VALUES (?, ?, ?)");
				PreparedStatement update = connection.prepareStatement("UPDATE " + StoreTable.PARTNER.qualified()
						+ " SET NAME = COALESCE(NAME, CAST(? AS VARCHAR(200))),"
						+ " SECTOR = COALESCE(SECTOR, CAST(? AS VARCHAR(40))) WHERE ORG_ID = ?")) {
			for (String code : partners.keySet()) {
				KnownCodes.Partner known = codes.partner(code);
				String name = known != null && known.name() != null ? known.name() : fileNames.get(code);
				String sector = known == null ? null : known.sector();
				find.setString(1, code);
				try (ResultSet existing = find.executeQuery()) {
					PreparedStatement write = existing.next() ? update : insert;
					if (write == insert) {
						insert.setString(1, code);
						insert.setString(2, clip(name, 200));
						insert.setString(3, sector);
					} else {
						update.setString(1, clip(name, 200));
						update.setString(2, sector);
						update.setString(3, code);
					}
					write.executeUpdate();
				}
			}
		}
	}

	private static String clip(String file) {
		return clip(file, 1000);
	}

	private static String clip(String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length);
	}
}
