package org.intdesigner.workforce.imports;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.derby.vti.VTITemplate;

/**
 * The Java side of the table functions STAFF_ROWS, ESTABLISHMENT_ROWS, ABSENCE_ROWS and
 * SURVEY_RESPONSE_ROWS (migration 4) and SKILL_ROWS (migration 5): Derby calls {@link #open} with the key an import registered
 * its rows under, then reads them like a result set, the import id as the last column. Only an
 * embedded store uses it: the rows are in this process's memory. Derby finds the class by name
 * (the name is in the schema: moving it needs a migration); it must stay exported.
 */
public final class RowStream extends VTITemplate {

	private static final Map<String, RowStream> REGISTERED = new ConcurrentHashMap<>();

	private final RowFeed feed;
	private final int importId;
	private Object[] row;
	private boolean lastWasNull;
	private RuntimeException failure;

	private RowStream(RowFeed feed, int importId) {
		this.feed = feed;
		this.importId = importId;
	}

	static RowStream register(String key, RowFeed feed, int importId) {
		RowStream stream = new RowStream(feed, importId);
		REGISTERED.put(key, stream);
		return stream;
	}

	static String newKey() {
		return UUID.randomUUID().toString();
	}

	static void unregister(String key) {
		REGISTERED.remove(key);
	}

	/** Called by Derby (EXTERNAL NAME of the table functions). */
	public static ResultSet open(String key) throws SQLException {
		RowStream stream = REGISTERED.get(key);
		if (stream == null) {
			throw new SQLException("no import is loading rows under " + key);
		}
		return stream;
	}

	/** What stopped the rows (cancelled, unreadable file), when something did: Derby only says that the function failed. */
	RuntimeException failure() {
		return failure;
	}

	@Override
	public boolean next() throws SQLException {
		try {
			row = feed.next();
			return row != null;
		} catch (RuntimeException e) {
			failure = e;
			throw new SQLException("the import stopped: " + e, e);
		}
	}

	@Override
	public void close() {
		row = null;
	}

	private Object value(int column) {
		Object value = column <= row.length ? row[column - 1] : Integer.valueOf(importId);
		lastWasNull = value == null;
		return value;
	}

	@Override
	public boolean wasNull() {
		return lastWasNull;
	}

	@Override
	public String getString(int column) {
		Object value = value(column);
		return value == null ? null : value.toString();
	}

	@Override
	public BigDecimal getBigDecimal(int column) {
		return (BigDecimal) value(column);
	}

	@Override
	public Date getDate(int column) {
		return (Date) value(column);
	}

	@Override
	public short getShort(int column) {
		Object value = value(column);
		return value == null ? 0 : ((Number) value).shortValue();
	}

	@Override
	public int getInt(int column) {
		Object value = value(column);
		return value == null ? 0 : ((Number) value).intValue();
	}

	@Override
	public Object getObject(int column) {
		return value(column);
	}
}
