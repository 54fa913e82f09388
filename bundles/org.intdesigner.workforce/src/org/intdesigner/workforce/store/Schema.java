package org.intdesigner.workforce.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Creates and migrates the workforce schema: the table {@code SCHEMA_VERSION} records each
 * migration applied; opening a store applies the missing ones, in order, each in its own
 * transaction. Two programs opening a shared (network) store at the same time do not both
 * migrate it: each migration first locks {@code SCHEMA_VERSION} and looks again.
 */
public final class Schema {

	/** The SQL schema of every workforce table. */
	public static final String NAME = "WORKFORCE";

	private static final String VERSION_TABLE = NAME + ".SCHEMA_VERSION";

	private Schema() {
	}

	/** The version this INT Designer creates and understands. */
	public static int latestVersion() {
		return Migrations.ALL.get(Migrations.ALL.size() - 1).version();
	}

	/** Brings the database to the latest version; returns the version it had (0 when new). */
	static int migrate(Connection connection) throws SQLException, StoreException {
		return migrate(connection, latestVersion());
	}

	/** Brings the database to {@code target} (the tests make older versions this way). */
	static int migrate(Connection connection, int target) throws SQLException, StoreException {
		connection.setAutoCommit(false);
		createVersionTable(connection);
		int found = currentVersion(connection);
		connection.commit();
		if (found > latestVersion()) {
			throw new StoreException("This workforce database is at schema version " + found + ", made by a newer INT"
					+ " Designer; this one knows versions up to " + latestVersion() + ". Update INT Designer to open it.");
		}
		for (Migration migration : Migrations.ALL) {
			if (migration.version() > target) {
				break;
			}
			apply(connection, migration);
		}
		connection.setSchema(NAME);
		return found;
	}

	/** The latest migration applied, 0 when none. */
	static int currentVersion(Connection connection) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT MAX(VERSION) FROM " + VERSION_TABLE);
				ResultSet result = query.executeQuery()) {
			result.next();
			return result.getInt(1);
		}
	}

	private static void createVersionTable(Connection connection) throws SQLException {
		DatabaseMetaData metadata = connection.getMetaData();
		try (ResultSet tables = metadata.getTables(null, NAME, "SCHEMA_VERSION", null)) {
			if (tables.next()) {
				return;
			}
		}
		try {
			boolean schemaExists;
			try (ResultSet schemas = metadata.getSchemas(null, NAME)) {
				schemaExists = schemas.next();
			}
			if (!schemaExists) {
				execute(connection, "CREATE SCHEMA " + NAME);
			}
			execute(connection, "CREATE TABLE " + VERSION_TABLE + " (VERSION INTEGER NOT NULL CONSTRAINT SCHEMA_VERSION_PK"
					+ " PRIMARY KEY, DESCRIPTION VARCHAR(200) NOT NULL, APPLIED_AT TIMESTAMP NOT NULL)");
			connection.commit();
		} catch (SQLException e) {
			connection.rollback();
			// X0Y32/X0Y68: another program created it at the same moment, which is as good
			if (!"X0Y32".equals(e.getSQLState()) && !"X0Y68".equals(e.getSQLState())) {
				throw e;
			}
		}
	}

	private static void apply(Connection connection, Migration migration) throws SQLException {
		try {
			execute(connection, "LOCK TABLE " + VERSION_TABLE + " IN EXCLUSIVE MODE");
			if (currentVersion(connection) >= migration.version()) {
				connection.commit();
				return;
			}
			connection.setSchema(NAME);
			migration.step().apply(connection);
			try (PreparedStatement record = connection.prepareStatement("INSERT INTO " + VERSION_TABLE + " VALUES (?, ?, ?)")) {
				record.setInt(1, migration.version());
				record.setString(2, migration.description());
				record.setTimestamp(3, Timestamp.from(Instant.now()));
				record.executeUpdate();
			}
			connection.commit();
		} catch (SQLException e) {
			connection.rollback();
			throw new SQLException("migration " + migration.version() + " (" + migration.description() + ") failed: "
					+ e.getMessage(), e.getSQLState(), e);
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.execute();
		}
	}
}
