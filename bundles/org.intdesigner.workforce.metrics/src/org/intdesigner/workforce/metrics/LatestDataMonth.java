package org.intdesigner.workforce.metrics;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;

import org.intdesigner.workforce.store.StoreTable;


/**
 * The month a store's staff records end with: the natural end of the twelve months a figure is
 * for when nobody chose one (the example's data ends in March 2026; "the last twelve months" of
 * the calendar would show mostly nothing). Used by the dashboard and the metrics command alike.
 */
public final class LatestDataMonth {

	private LatestDataMonth() {
	}

	/**
	 * The last month anyone joined or left, at most {@code notAfter}, in the store {@code connection} is
	 * to; null with no staff records. One pass over the spells: a spell that starts after the limit also
	 * ends after it.
	 */
	public static YearMonth of(Connection connection, YearMonth notAfter) throws SQLException {
		Date limit = Date.valueOf(notAfter.atEndOfMonth());
		LocalDate latest;
		try (var query = connection.prepareStatement("SELECT MAX(START_DATE), MAX(CASE WHEN END_DATE <= ? THEN END_DATE END)"
				+ " FROM " + StoreTable.STAFF.qualified() + " WHERE START_DATE <= ?")) {
			query.setDate(1, limit);
			query.setDate(2, limit);
			try (var row = query.executeQuery()) {
				Date started = row.next() ? row.getDate(1) : null;
				Date ended = started == null ? null : row.getDate(2);
				latest = started == null ? null : (ended != null && ended.after(started) ? ended : started).toLocalDate();
			}
		}
		return latest == null ? null : YearMonth.from(latest);
	}
}
