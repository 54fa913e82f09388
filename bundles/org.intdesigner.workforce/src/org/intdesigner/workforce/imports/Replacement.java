package org.intdesigner.workforce.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;

import org.intdesigner.workforce.store.StoreTable;

/**
 * Importing with "replace": before the file's rows go in (in the same transaction), the rows of the
 * same table for the partners the file names go out. Absences and skills have no organisation of
 * their own: those of the people the partners employ go. A survey's responses take their answers
 * to further questions with them.
 */
final class Replacement {

	private Replacement() {
	}

	/** Rows of {@code table} deleted. */
	static long deleteFor(Connection connection, StoreTable table, Set<String> partners) throws SQLException {
		String sql = table == StoreTable.ABSENCE || table == StoreTable.SKILL
				? "DELETE FROM " + table.qualified() + " WHERE PERSON_ID IN (SELECT PERSON_ID FROM "
						+ StoreTable.STAFF.qualified() + " WHERE ORG_ID = ?)"
				: "DELETE FROM " + table.qualified() + " WHERE ORG_ID = ?";
		if (table == StoreTable.SURVEY_RESPONSE) {
			delete(connection, "DELETE FROM " + StoreTable.SURVEY_ANSWER.qualified() + " WHERE ORG_ID = ?", partners);
		}
		return delete(connection, sql, partners);
	}

	private static long delete(Connection connection, String sql, Set<String> partners) throws SQLException {
		long deleted = 0;
		try (PreparedStatement delete = connection.prepareStatement(sql)) {
			for (String partner : partners) {
				delete.setString(1, partner);
				deleted += delete.executeLargeUpdate();
			}
		}
		return deleted;
	}
}
