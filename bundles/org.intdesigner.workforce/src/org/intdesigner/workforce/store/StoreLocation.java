package org.intdesigner.workforce.store;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where a workforce store lives: a data folder of this machine, opened by this process alone
 * (Derby embedded), or a Derby Network Server shared by several people of a place.
 */
public sealed interface StoreLocation permits StoreLocation.Embedded, StoreLocation.Server {

	/** The name of the Derby database: a folder inside the data folder, or the name a server knows it by. */
	String DATABASE_NAME = "workforce";

	/**
	 * The system property the launcher sets for the headless commands to the data folder in use
	 * ({@code --data DIR}, {@code INTD_DATA}, else {@code ~/.intdesigner}).
	 */
	String DATA_FOLDER_PROPERTY = "intd.data";

	/** {@code workforce} in the data folder ({@code ~/.intdesigner/workforce}): beside the workbench's other data of this user. */
	static Embedded defaultFolder() {
		String data = System.getProperty(DATA_FOLDER_PROPERTY);
		return new Embedded(data == null || data.isBlank() ? Paths.get(System.getProperty("user.home"), ".intdesigner", "workforce")
				: Paths.get(data, "workforce"));
	}

	static Embedded embedded(Path folder) {
		return new Embedded(folder);
	}

	/**
	 * A server given as {@code host:port} or {@code host:port/database} (the database defaults to
	 * {@value #DATABASE_NAME}, which is what {@code ./intd workforce-server} serves).
	 */
	static Server server(String hostPortDatabase, String user, char[] password) {
		String text = hostPortDatabase.trim();
		String database = DATABASE_NAME;
		int slash = text.indexOf('/');
		if (slash >= 0) {
			database = text.substring(slash + 1);
			text = text.substring(0, slash);
		}
		int colon = text.lastIndexOf(':');
		if (colon <= 0 || colon == text.length() - 1 || database.isEmpty()) {
			throw new IllegalArgumentException("'" + hostPortDatabase + "' is not host:port or host:port/database,"
					+ " for example localhost:1527");
		}
		int port;
		try {
			port = Integer.parseInt(text.substring(colon + 1));
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("'" + text.substring(colon + 1) + "' is not a port number");
		}
		return new Server(text.substring(0, colon), port, database, user, password);
	}

	/** For messages: where the data is, never a password. */
	String describe();

	/** A data folder opened by this process only; Derby keeps its database in {@link #databaseDirectory()}. */
	record Embedded(Path folder) implements StoreLocation {

		public Embedded {
			folder = folder.toAbsolutePath().normalize();
		}

		public Path databaseDirectory() {
			return folder.resolve(DATABASE_NAME);
		}

		@Override
		public String describe() {
			return "the workforce data folder " + folder;
		}
	}

	/** A Derby Network Server; the password stays in memory (never in a file, never in {@link #toString()}). */
	record Server(String host, int port, String database, String user, char[] password) implements StoreLocation {

		public Server {
			if (port <= 0 || port > 65535) {
				throw new IllegalArgumentException(port + " is not a port number");
			}
		}

		@Override
		public String describe() {
			return "the workforce database '" + database + "' on the server " + host + ":" + port
					+ (user == null ? "" : " (user " + user + ")");
		}

		@Override
		public String toString() {
			return "Server[" + host + ":" + port + "/" + database + ", user " + user + "]";
		}
	}
}
