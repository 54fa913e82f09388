package org.intdesigner.workforce.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The workforce data of a place in Apache Derby: embedded in a data folder of this machine
 * (default {@code ~/.intdesigner/workforce}) or on a Derby Network Server. Opening a store creates
 * its schema, or migrates it to this version of INT Designer ({@link Schema}). The same code and SQL
 * serve both kinds of store; all SQL goes through prepared statements.
 * <p>
 * A store holds one connection, with auto-commit off: {@link #read} and {@link #write} hand it out
 * one caller at a time, and {@code write} commits when the work returns and rolls back when it throws.
 */
public final class WorkforceStore implements AutoCloseable {

	private final StoreLocation location;
	private final Connection connection;
	private final int versionFound;
	private boolean closed;

	private WorkforceStore(StoreLocation location, Connection connection, int versionFound) {
		this.location = location;
		this.connection = connection;
		this.versionFound = versionFound;
	}

	/** The default store: Derby embedded in {@code ~/.intdesigner/workforce}. */
	public static WorkforceStore openDefault() throws StoreException {
		return open(StoreLocation.defaultFolder());
	}

	/**
	 * Opens (creating it if needed) and migrates the store at {@code location}. The messages of the
	 * exceptions are for the user: which store, what went wrong, what to do.
	 *
	 * @throws StoreInUseException when another process has the data folder open
	 */
	public static WorkforceStore open(StoreLocation location) throws StoreException {
		return open(location, true);
	}

	/**
	 * Opens the store at {@code location} if there is one, for commands that only read: a mistyped
	 * folder must not become a new, empty store whose zeros look like figures. Creating a store is an
	 * import's job, or an explicit choice ({@link #open}).
	 */
	public static WorkforceStore openExisting(StoreLocation location) throws StoreException {
		if (location instanceof StoreLocation.Embedded embedded && !Files.isDirectory(embedded.databaseDirectory())) {
			throw new StoreException(embedded.folder() + " holds no workforce store: check the folder's name (--db), or"
					+ " import into it first (./intd import-workforce KIND FILE --db " + embedded.folder() + ").");
		}
		return open(location, false);
	}

	private static WorkforceStore open(StoreLocation location, boolean create) throws StoreException {
		Connection connection = switch (location) {
		case StoreLocation.Embedded embedded -> connectEmbedded(embedded, create);
		case StoreLocation.Server server -> connectServer(server);
		};
		try {
			int found = Schema.migrate(connection);
			return new WorkforceStore(location, connection, found);
		} catch (SQLException e) {
			closeQuietly(connection, location);
			throw new StoreException(location.describe() + " could not be brought to schema version "
					+ Schema.latestVersion() + ": " + DerbyErrors.message(e), e);
		} catch (StoreException e) {
			closeQuietly(connection, location);
			throw e;
		}
	}

	public StoreLocation location() {
		return location;
	}

	/** True for a data folder opened by this process, false for a network server. */
	public boolean isEmbedded() {
		return location instanceof StoreLocation.Embedded;
	}

	/** The schema version the store had when it was opened (0: it was created then). */
	public int versionFoundAtOpen() {
		return versionFound;
	}

	public synchronized int schemaVersion() throws SQLException {
		return read(Schema::currentVersion);
	}

	/** Runs {@code work} with the connection, for queries; anything it leaves open is rolled back. */
	public synchronized <T> T read(SqlWork<T> work) throws SQLException {
		checkOpen();
		try {
			return work.apply(connection);
		} finally {
			connection.rollback();
		}
	}

	/**
	 * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws
	 * (an SQLException or any runtime exception, cancellation included), so that it is all or nothing.
	 */
	public synchronized <T> T write(SqlWork<T> work) throws SQLException {
		checkOpen();
		boolean done = false;
		try {
			T result = work.apply(connection);
			connection.commit();
			done = true;
			return result;
		} finally {
			if (!done) {
				connection.rollback();
			}
		}
	}

	/** Rows in {@code table}. */
	public long rowCount(StoreTable table) throws SQLException {
		return read(c -> {
			try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM " + table.qualified());
					ResultSet result = count.executeQuery()) {
				result.next();
				return result.getLong(1);
			}
		});
	}

	/** True when no workforce rows (staff, establishment, absence, survey) have been imported yet. */
	public boolean hasNoWorkforceData() throws SQLException {
		for (StoreTable table : new StoreTable[] { StoreTable.STAFF, StoreTable.ESTABLISHMENT, StoreTable.ABSENCE, StoreTable.SURVEY_RESPONSE }) {
			if (rowCount(table) > 0) {
				return false;
			}
		}
		return true;
	}

	/** Closes the connection; an embedded database is shut down, so that other processes may open the folder. */
	@Override
	public synchronized void close() {
		if (closed) {
			return;
		}
		closed = true;
		closeQuietly(connection, location);
	}

	private void checkOpen() throws SQLException {
		if (closed) {
			throw new SQLException(location.describe() + " is closed");
		}
	}

	private static Connection connectEmbedded(StoreLocation.Embedded location, boolean create) throws StoreException {
		Path folder = location.folder();
		try {
			Files.createDirectories(folder);
		} catch (IOException e) {
			throw new StoreException("The workforce data folder " + folder + " cannot be created (" + e.getMessage()
					+ "): choose a folder you can write to.", e);
		}
		DerbyEngine.prepare(null, folder); // derby.log beside the store in use
		String url = "jdbc:derby:" + location.databaseDirectory() + (create ? ";create=true" : "");
		try {
			Connection connection = DerbyEngine.connectEmbedded(url);
			DerbyEngine.acquire(location.databaseDirectory().toString());
			StoreOwner.claim(folder);
			return connection;
		} catch (SQLException e) {
			if (DerbyErrors.has(e, "XSDB6")) {
				throw new StoreInUseException(folder, StoreOwner.describe(folder), e);
			}
			throw new StoreException(location.describe() + " cannot be opened: " + DerbyErrors.message(e), e);
		}
	}

	/** A server's client creates no database: the server made the one it serves (see {@link NetworkServer}). */
	private static Connection connectServer(StoreLocation.Server server) throws StoreException {
		String url = "jdbc:derby://" + server.host() + ":" + server.port() + "/" + server.database();
		try {
			return DerbyEngine.connectClient(url, server.user(), server.password());
		} catch (SQLException e) {
			throw new StoreException(DerbyErrors.serverMessage(server, e), e);
		}
	}

	private static void closeQuietly(Connection connection, StoreLocation location) {
		try {
			if (!connection.isClosed()) {
				connection.rollback();
				connection.close();
			}
		} catch (SQLException e) {
			// closing: nothing left to save
		}
		if (location instanceof StoreLocation.Embedded embedded) {
			if (DerbyEngine.release(embedded.databaseDirectory().toString())) {
				StoreOwner.release(embedded.folder());
			}
		}
	}
}
