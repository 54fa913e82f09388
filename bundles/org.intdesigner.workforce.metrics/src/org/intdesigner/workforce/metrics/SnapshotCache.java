package org.intdesigner.workforce.metrics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.intdesigner.workforce.store.StoreTable;

/**
 * The staff snapshot of the store last asked about, kept while the store stays as it was. Every
 * change to the workforce tables is an import, and every import (taken, refused or cancelled)
 * adds a row to the import log: the log's newest id and size say whether the snapshot still
 * holds, also when another program imported into a shared store. One store's snapshot is kept at
 * a time (a million spells take about 30 MB).
 */
final class SnapshotCache {

	private record Stamp(String store, List<Object> log) {
	}

	private static Stamp stamp;
	private static StaffSnapshot snapshot;

	private SnapshotCache() {
	}

	/** A snapshot of the store as it is now with at least {@code parts}. */
	static synchronized StaffSnapshot of(Connection connection, Set<StaffSnapshot.Part> parts) throws SQLException {
		Stamp now = stampOf(connection);
		EnumSet<StaffSnapshot.Part> wanted = EnumSet.noneOf(StaffSnapshot.Part.class);
		wanted.addAll(parts);
		if (now.equals(stamp)) {
			if (snapshot.parts.containsAll(parts)) {
				return snapshot;
			}
			wanted.addAll(snapshot.parts); // what this store was asked for before will likely be asked again
		}
		snapshot = null; // let the old one go before reading the new one
		snapshot = StaffSnapshot.read(connection, wanted);
		stamp = now;
		return snapshot;
	}

	/** Forgets the snapshot (a store closed, or tests that write rows without an import). */
	static synchronized void clear() {
		stamp = null;
		snapshot = null;
	}

	private static Stamp stampOf(Connection connection) throws SQLException {
		String store = connection.getMetaData().getURL() + " " + connection.getMetaData().getUserName();
		try (PreparedStatement query = connection.prepareStatement("SELECT MAX(IMPORT_ID), COUNT(*), MAX(IMPORTED_AT) FROM "
				+ StoreTable.IMPORT_LOG.qualified()); ResultSet row = query.executeQuery()) {
			row.next();
			return new Stamp(store, java.util.Arrays.asList(row.getObject(1), row.getObject(2), row.getObject(3)));
		}
	}
}
