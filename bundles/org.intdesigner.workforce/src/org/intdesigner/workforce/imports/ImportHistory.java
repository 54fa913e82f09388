package org.intdesigner.workforce.imports;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.intdesigner.workforce.store.StoreTable;
import org.intdesigner.workforce.store.WorkforceStore;

/** What the import log says: how fresh each partner's data is, and the latest imports. */
public final class ImportHistory {

	/** The latest successful import of one kind of data for one partner. */
	public record Freshness(String organisation, String name, String kind, Instant lastImported, long rows) {
	}

	/** One import attempted. */
	public record Entry(int importId, String kind, String file, String outcome, long rowsRead, long rowsImported,
			long rowsRejected, Instant at) {
	}

	private ImportHistory() {
	}

	/** Per partner and kind of data, the latest successful import and the rows it brought; by partner, then kind. */
	public static List<Freshness> freshness(WorkforceStore store) throws SQLException {
		return store.read(connection -> {
			List<Freshness> list = new ArrayList<>();
			try (PreparedStatement query = connection.prepareStatement("SELECT P.ORG_ID, P.NAME, L.KIND, L.IMPORTED_AT,"
					+ " IP.ROWS_IMPORTED FROM " + StoreTable.IMPORT_PARTNER.qualified() + " IP JOIN " + StoreTable.IMPORT_LOG.qualified()
					+ " L ON L.IMPORT_ID = IP.IMPORT_ID JOIN " + StoreTable.PARTNER.qualified() + " P ON P.ORG_ID = IP.ORG_ID"
					+ " WHERE L.IMPORT_ID = (SELECT MAX(L2.IMPORT_ID) FROM " + StoreTable.IMPORT_LOG.qualified() + " L2 JOIN "
					+ StoreTable.IMPORT_PARTNER.qualified() + " IP2 ON IP2.IMPORT_ID = L2.IMPORT_ID WHERE IP2.ORG_ID = IP.ORG_ID"
					+ " AND L2.KIND = L.KIND AND L2.OUTCOME = 'IMPORTED') ORDER BY P.ORG_ID, L.KIND");
					ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					list.add(new Freshness(rows.getString(1), rows.getString(2), rows.getString(3),
							rows.getTimestamp(4).toInstant(), rows.getLong(5)));
				}
			}
			return list;
		});
	}

	/** The latest {@code limit} imports attempted, newest first. */
	public static List<Entry> latest(WorkforceStore store, int limit) throws SQLException {
		return store.read(connection -> {
			List<Entry> list = new ArrayList<>();
			try (PreparedStatement query = connection.prepareStatement("SELECT IMPORT_ID, KIND, FILE_NAME, OUTCOME,"
					+ " ROWS_READ, ROWS_IMPORTED, ROWS_REJECTED, IMPORTED_AT FROM " + StoreTable.IMPORT_LOG.qualified()
					+ " ORDER BY IMPORT_ID DESC FETCH FIRST ? ROWS ONLY")) {
				query.setInt(1, limit);
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						list.add(new Entry(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getString(4),
								rows.getLong(5), rows.getLong(6), rows.getLong(7), rows.getTimestamp(8).toInstant()));
					}
				}
			}
			return list;
		});
	}
}
