package org.intdesigner.workforce.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * One step of the schema's history: its version, what it does, and how. A migration that has
 * shipped is never edited; a change to the schema is a new migration at the end of
 * {@link Migrations#ALL}. Each runs in one transaction with the row that records it.
 */
record Migration(int version, String description, Step step) {

	interface Step {
		void apply(Connection connection) throws SQLException;
	}

	/** A migration made of SQL statements only (DDL goes through prepared statements like everything else). */
	static Migration sql(int version, String description, String... statements) {
		return new Migration(version, description, connection -> {
			for (String statement : statements) {
				try (PreparedStatement prepared = connection.prepareStatement(statement)) {
					prepared.execute();
				}
			}
		});
	}
}
