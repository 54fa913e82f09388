package org.intdesigner.workforce.imports;

import java.math.BigDecimal;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;

import org.intdesigner.workforce.store.DerbyErrors;

/**
 * Writes the rows of a feed into their table, inside the import's transaction, one of two ways:
 * into an empty table of an embedded store through the table function (Derby then bulk-loads
 * them and builds the indexes by sorting, as its own import procedure does); otherwise with batched
 * prepared inserts, which also work over the network and say which row the store refused.
 */
final class StoreLoad {

	private static final int BATCH = 5000;

	private StoreLoad() {
	}

	/** Rows written. */
	static long load(Connection connection, boolean bulk, RowFeed feed, RowReader reader, int importId) throws SQLException {
		return bulk ? bulk(connection, feed, reader.target(), importId) : batches(connection, feed, reader, importId);
	}

	/** True when rows can go through the table function: an embedded store's table with no rows yet. */
	static boolean canBulkLoad(Connection connection, boolean embedded, TargetTable target) throws SQLException {
		if (!embedded) {
			return false;
		}
		try (PreparedStatement any = connection.prepareStatement("SELECT 1 FROM " + target.table().qualified()
				+ " FETCH FIRST ROW ONLY"); var result = any.executeQuery()) {
			return !result.next();
		}
	}

	private static long bulk(Connection connection, RowFeed feed, TargetTable target, int importId) throws SQLException {
		String key = RowStream.newKey();
		RowStream stream = RowStream.register(key, feed, importId);
		Thread thread = Thread.currentThread();
		ClassLoader before = thread.getContextClassLoader();
		// Derby looks the function's class up by name; in OSGi its own loader may only find it this way
		thread.setContextClassLoader(RowStream.class.getClassLoader());
		try (PreparedStatement insert = connection.prepareStatement(target.insertFromFunction())) {
			insert.setString(1, key);
			return insert.executeLargeUpdate();
		} catch (SQLException e) {
			if (stream.failure() != null) {
				throw stream.failure();
			}
			throw e;
		} finally {
			thread.setContextClassLoader(before);
			RowStream.unregister(key);
		}
	}

	private static long batches(Connection connection, RowFeed feed, RowReader reader, int importId) throws SQLException {
		TargetTable target = reader.target();
		long written = 0;
		long[] rows = new long[BATCH];
		int pending = 0;
		try (PreparedStatement insert = connection.prepareStatement(target.insertValues())) {
			for (Object[] values = feed.next(); values != null; values = feed.next()) {
				for (int i = 0; i < values.length; i++) {
					set(insert, i + 1, target.types()[i], values[i]);
				}
				insert.setInt(values.length + 1, importId);
				insert.addBatch();
				rows[pending++] = feed.currentRow();
				if (pending == BATCH) {
					written += execute(insert, rows, reader);
					pending = 0;
				}
			}
			if (pending > 0) {
				written += execute(insert, rows, reader);
			}
		}
		return written;
	}

	/**
	 * The typed setter of each column: {@code setObject(i, value, Types.DECIMAL)} would use scale 0
	 * and store an FTE of 0.8 as 0 (with only a warning).
	 */
	private static void set(PreparedStatement insert, int index, int type, Object value) throws SQLException {
		if (value == null) {
			insert.setNull(index, type);
			return;
		}
		switch (type) {
		case Types.DECIMAL -> insert.setBigDecimal(index, (BigDecimal) value);
		case Types.DATE -> insert.setDate(index, (Date) value);
		case Types.SMALLINT -> insert.setShort(index, (Short) value);
		default -> insert.setString(index, (String) value);
		}
	}

	private static long execute(PreparedStatement insert, long[] rows, RowReader reader) throws SQLException {
		try {
			return insert.executeBatch().length;
		} catch (BatchUpdateException e) {
			if (DerbyErrors.has(e, "23505")) {
				int failed = Math.min(firstFailed(e.getUpdateCounts()), rows.length - 1);
				throw new RowsRefused(rows[failed], rows[failed] == 0 ? "" : reader.keyColumn(), reader.alreadyStored()
						+ ": import with --replace to replace what the store holds for the file's partners");
			}
			throw e;
		}
	}

	/** The position of the first statement of the batch that failed: Derby stops there. */
	private static int firstFailed(int[] counts) {
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] == Statement.EXECUTE_FAILED) {
				return i;
			}
		}
		return counts.length;
	}
}
