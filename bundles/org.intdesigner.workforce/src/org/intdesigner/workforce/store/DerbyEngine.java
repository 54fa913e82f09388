package org.intdesigner.workforce.store;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The Derby engine of this process. Derby reads its system-wide settings once, when it boots, so
 * they are set here before the first connection: where it logs, where a network server finds
 * databases by name, and authentication. Authentication is always on, so that a network server
 * started later in the same process never serves anyone without a password: this process's own
 * (embedded) connections use a user made up for this run, whose password never leaves memory.
 * <p>
 * Inside OSGi the drivers are loaded through the {@code derby} and {@code derbyclient} bundles
 * (their driver classes are not exported, and {@link java.sql.DriverManager} does not see drivers
 * of other class loaders); on a plain class path (a child JVM in the tests) by name.
 */
final class DerbyEngine {

	/** This process's own user for embedded connections (Derby BUILTIN users are system-wide properties). */
	static final String LOCAL_USER = "intd_local";
	private static final String USER_PROPERTY = "derby.user.";

	private static final String LOCAL_PASSWORD = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
	private static Driver embedded;
	private static Driver client;
	private static boolean prepared;
	private static boolean logChosen;
	private static Path systemHome;
	private static final Map<String, Integer> users = new HashMap<>();

	private DerbyEngine() {
	}

	/**
	 * Sets Derby's system-wide properties unless the engine was prepared already. {@code home}, when
	 * given, becomes {@code derby.system.home}: where a network server finds a database by its name.
	 * {@code logFolder}, when given and no log was chosen yet, gets Derby's {@code derby.log}: the data
	 * folder in use (Derby's default is the current folder; the user's home folder is no better when a
	 * command was told to work on another folder). Derby reads it when its engine boots, at the first
	 * embedded connection of the process.
	 */
	static synchronized void prepare(Path home, Path logFolder) {
		if (logFolder != null && !logChosen && System.getProperty("derby.stream.error.file") == null
				&& System.getProperty("derby.stream.error.method") == null
				&& System.getProperty("derby.stream.error.field") == null) {
			logChosen = true;
			System.setProperty("derby.stream.error.file", logFolder.toAbsolutePath().normalize().resolve("derby.log").toString());
		}
		if (prepared) {
			return;
		}
		prepared = true;
		if (home != null) {
			systemHome = home.toAbsolutePath().normalize();
			System.setProperty("derby.system.home", systemHome.toString());
		}
		System.setProperty("derby.connection.requireAuthentication", "true");
		// BUILTIN's users, with a server's clients kept to the database it serves
		System.setProperty("derby.authentication.provider", ServedDatabaseAuthenticator.class.getName());
		System.setProperty(ServedDatabaseAuthenticator.LOCAL_USER_PROPERTY, LOCAL_USER);
		System.setProperty(USER_PROPERTY + LOCAL_USER, LOCAL_PASSWORD);
	}

	/** derby.system.home when this process set it (a network server started before any other Derby use). */
	static synchronized Path systemHome() {
		return systemHome;
	}

	/** The password of this process's own user (Derby's server administration from this process uses it). */
	static String localPassword() {
		return LOCAL_PASSWORD;
	}

	/** Lets {@code user} in with {@code password} from now on (BUILTIN users: read at each connection). */
	static void addUser(String user, char[] password) {
		System.setProperty(USER_PROPERTY + user, new String(password));
	}

	static void removeUser(String user) {
		if (!LOCAL_USER.equals(user)) {
			System.clearProperty(USER_PROPERTY + user);
		}
	}

	/** An embedded connection to the database at {@code url} (a {@code jdbc:derby:} URL) as this process's user. */
	static Connection connectEmbedded(String url) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", LOCAL_USER);
		properties.setProperty("password", LOCAL_PASSWORD);
		Connection connection = embeddedDriver().connect(url, properties);
		if (connection == null) {
			throw new SQLException("the Derby driver does not accept " + url);
		}
		return connection;
	}

	/** A connection to a network server; {@code url} is a {@code jdbc:derby://} URL. */
	static Connection connectClient(String url, String user, char[] password) throws SQLException {
		Properties properties = new Properties();
		if (user != null) {
			properties.setProperty("user", user);
		}
		if (password != null) {
			properties.setProperty("password", new String(password));
		}
		Connection connection = clientDriver().connect(url, properties);
		if (connection == null) {
			throw new SQLException("the Derby client driver does not accept " + url);
		}
		return connection;
	}

	/**
	 * Notes one more store of this process using the embedded database at {@code path}: Derby lets
	 * a process open a database several times, and shutting it down closes all of them.
	 */
	static synchronized void acquire(String path) {
		users.merge(path, 1, Integer::sum);
	}

	/** Closes the embedded database at {@code path} when its last user here is done: that releases its lock for other processes. */
	static boolean release(String path) {
		synchronized (DerbyEngine.class) {
			Integer left = users.merge(path, -1, Integer::sum);
			if (left != null && left > 0) {
				return false;
			}
			users.remove(path);
		}
		shutdown(path);
		return true;
	}

	/** Closes the embedded database at {@code path} unless a store of this process has it open. */
	static void shutdownIfUnused(String path) {
		synchronized (DerbyEngine.class) {
			if (users.containsKey(path)) {
				return;
			}
		}
		shutdown(path);
	}

	private static void shutdown(String path) {
		try {
			connectEmbedded("jdbc:derby:" + path + ";shutdown=true").close();
		} catch (SQLException expected) {
			// 08006: "Database ... shutdown." is how Derby says it worked; XJ004: it was not open
		}
	}

	private static synchronized Driver embeddedDriver() throws SQLException {
		if (embedded == null) {
			prepare(null, null);
			embedded = driver("derby", "org.apache.derby.iapi.jdbc.AutoloadedDriver");
		}
		return embedded;
	}

	private static synchronized Driver clientDriver() throws SQLException {
		if (client == null) {
			prepare(null, null);
			client = driver("derbyclient", "org.apache.derby.client.ClientAutoloadedDriver");
		}
		return client;
	}

	private static Driver driver(String bundleName, String className) throws SQLException {
		try {
			return (Driver) load(bundleName, className).getDeclaredConstructor().newInstance();
		} catch (ReflectiveOperationException | LinkageError e) {
			throw new SQLException("Apache Derby (" + bundleName + ") is not installed: " + e, e);
		}
	}

	/** Loads {@code className} from the bundle {@code bundleName}, or by name outside OSGi. */
	static Class<?> load(String bundleName, String className) throws ClassNotFoundException {
		if (!insideOsgi()) {
			return Class.forName(className);
		}
		Bundle bundle = Platform.getBundle(bundleName);
		if (bundle == null) {
			throw new ClassNotFoundException(className + ": the bundle '" + bundleName + "' is not resolved");
		}
		return bundle.loadClass(className);
	}

	private static boolean insideOsgi() {
		try {
			return FrameworkUtil.getBundle(DerbyEngine.class) != null;
		} catch (LinkageError plainClassPath) {
			return false;
		}
	}
}
