package org.intdesigner.workforce.store;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.SQLException;

import org.apache.derby.drda.NetworkServerControl;

/**
 * A Derby Network Server on this machine, serving the workforce database of a data folder to other
 * programs: bound to the loopback address only (other machines cannot connect), authentication on
 * (one user; the password lives in this process's memory and is never written to a file). Its
 * port answers database connections only, never Derby's unauthenticated administration commands
 * ({@link GuardedPort}), and a client reaches the served database only, never another path
 * ({@link ServedDatabaseAuthenticator}). Its own log goes to {@code server.log} in the data folder.
 * <p>
 * In a process that has not used Derby yet ({@code ./intd workforce-server}) clients name the
 * database {@value StoreLocation#DATABASE_NAME}; in one that has (the tests), by its full path: Derby
 * reads where it finds databases by name only once. {@link #location} gives the right one.
 */
public final class NetworkServer implements AutoCloseable {

	public static final int DEFAULT_PORT = NetworkServerControl.DEFAULT_PORTNUMBER;
	private static final long START_TIMEOUT_MS = 20_000;

	private final NetworkServerControl control;
	private final GuardedPort guarded;
	private final Path folder;
	private final int port;
	private final String user;
	private final PrintWriter log;
	private boolean closed;

	private NetworkServer(NetworkServerControl control, GuardedPort guarded, Path folder, int port, String user,
			PrintWriter log) {
		this.control = control;
		this.guarded = guarded;
		this.folder = folder;
		this.port = port;
		this.user = user;
		this.log = log;
	}

	/**
	 * Starts a server on localhost:{@code port} for the data folder {@code folder}, letting in
	 * {@code user} with {@code password}; returns once it answers and has refused a connection
	 * without a password.
	 */
	public static NetworkServer start(Path folder, int port, String user, char[] password) throws StoreException {
		if (user == null || !user.matches("[A-Za-z][A-Za-z0-9_]{0,127}") || user.equalsIgnoreCase(DerbyEngine.LOCAL_USER)) {
			throw new StoreException("'" + user + "' cannot be a user name of the workforce server: use letters, digits"
					+ " and _, starting with a letter.");
		}
		if (password == null || password.length < 8) {
			throw new StoreException("The password of the workforce server needs at least 8 characters.");
		}
		Path home = folder.toAbsolutePath().normalize();
		PrintWriter log = null;
		NetworkServerControl control = null;
		GuardedPort guarded = null;
		try {
			Files.createDirectories(home);
			checkPortFree(port);
			DerbyEngine.prepare(home, home);
			DerbyEngine.addUser(user, password);
			log = new PrintWriter(Files.newBufferedWriter(home.resolve("server.log"), StandardCharsets.UTF_8,
					StandardOpenOption.CREATE, StandardOpenOption.APPEND), true);
			// the database exists before anyone connects: clients of the server create nothing
			WorkforceStore.open(StoreLocation.embedded(home)).close();
			// Derby on a port of its own, changing with every start, administered as this process's own user;
			// clients come through the guarded one
			int derbyPort = freePort();
			control = new NetworkServerControl(InetAddress.getLoopbackAddress(), derbyPort, DerbyEngine.LOCAL_USER,
					DerbyEngine.localPassword());
			control.start(log);
			waitUntilUp(control, derbyPort);
			ServedDatabaseAuthenticator.serve(databaseName(home));
			guarded = GuardedPort.open(port, derbyPort, log);
			NetworkServer server = new NetworkServer(control, guarded, home, port, user, log);
			server.checkPasswordNeeded();
			return server;
		} catch (StoreException e) {
			stop(guarded, control, user, log, databaseName(home));
			throw e;
		} catch (Exception e) {
			stop(guarded, control, user, log, databaseName(home));
			throw new StoreException("The workforce server could not start on port " + port + " (" + DerbyErrors.message(e)
					+ "): is that port in use? Choose another with --port.", e);
		}
	}

	/** A new password of 20 letters and digits, for a server whose user was not given one. */
	public static char[] generatePassword() {
		String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
		SecureRandom random = new SecureRandom();
		char[] password = new char[20];
		for (int i = 0; i < password.length; i++) {
			password[i] = alphabet.charAt(random.nextInt(alphabet.length()));
		}
		return password;
	}

	public int port() {
		return port;
	}

	public String user() {
		return user;
	}

	public Path folder() {
		return folder;
	}

	/** What clients call the folder's database: its short name when this process chose Derby's home, else its path. */
	public String databaseName() {
		return databaseName(folder);
	}

	private static String databaseName(Path folder) {
		return folder.equals(DerbyEngine.systemHome()) ? StoreLocation.DATABASE_NAME
				: folder.resolve(StoreLocation.DATABASE_NAME).toString();
	}

	/**
	 * Lets clients reach the database of another data folder as well, by its full path: the tests serve
	 * each test's own folder from one server. The workforce server serves one folder.
	 */
	void alsoServe(Path otherFolder) {
		ServedDatabaseAuthenticator.serve(otherFolder.toAbsolutePath().normalize().resolve(StoreLocation.DATABASE_NAME).toString());
	}

	/** Where a client of this server connects to, as {@code user} with {@code password}. */
	public StoreLocation.Server location(char[] password) {
		return new StoreLocation.Server("localhost", port, databaseName(), user, password);
	}

	/** Stops the server and closes the database it served, so that the folder is free again. */
	@Override
	public synchronized void close() {
		if (closed) {
			return;
		}
		closed = true;
		stop(guarded, control, user, log, databaseName());
		DerbyEngine.shutdownIfUnused(folder.resolve(StoreLocation.DATABASE_NAME).toString());
	}

	/**
	 * Derby's server binds its port in a thread of its own and only logs a failure there: and a ping
	 * would be answered by whatever holds the port already. So look first.
	 */
	private static void checkPortFree(int port) throws StoreException {
		try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			probe.setReuseAddress(true);
		} catch (IOException e) {
			throw new StoreException("The workforce server cannot use port " + port + ": another program listens on it."
					+ " Choose another with --port.", e);
		}
	}

	private static void waitUntilUp(NetworkServerControl control, int port) throws Exception {
		long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
		while (true) {
			try {
				control.ping();
				return;
			} catch (Exception e) {
				if (System.currentTimeMillis() > deadline) {
					throw new IOException("no answer on port " + port + " after " + START_TIMEOUT_MS / 1000 + " s", e);
				}
				Thread.sleep(100);
			}
		}
	}

	/**
	 * Derby reads whether it requires authentication once, when it boots: if anything booted it
	 * before {@link DerbyEngine} set that, this server would let anyone in. Make sure it does not.
	 */
	private void checkPasswordNeeded() throws StoreException {
		String url = "jdbc:derby://localhost:" + port + "/" + databaseName();
		try {
			DerbyEngine.connectClient(url, "nobody", "not-the-password".toCharArray()).close();
		} catch (SQLException refused) {
			if (DerbyErrors.has(refused, "08004")) {
				return;
			}
			close();
			throw new StoreException("The workforce server did not start: checking that it asks for a password failed ("
					+ DerbyErrors.message(refused) + ").", refused);
		}
		close();
		throw new StoreException("The workforce server was stopped at once: Derby was started in this program before"
				+ " authentication was switched on, so it would have let anyone in. Start the server in a program of its own"
				+ " (./intd workforce-server).");
	}

	private static int freePort() throws IOException {
		try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return probe.getLocalPort();
		}
	}

	private static void stop(GuardedPort guarded, NetworkServerControl control, String user, PrintWriter log,
			String served) {
		if (guarded != null) {
			guarded.close();
		}
		ServedDatabaseAuthenticator.stopServing(served);
		if (control != null) {
			try {
				control.shutdown();
			} catch (Exception e) {
				// not running (it failed to start): nothing to stop
			}
		}
		DerbyEngine.removeUser(user);
		if (log != null) {
			log.close();
		}
	}
}
