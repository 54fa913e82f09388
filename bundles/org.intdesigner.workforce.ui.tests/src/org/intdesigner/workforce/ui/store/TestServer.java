package org.intdesigner.workforce.ui.store;

import org.intdesigner.workforce.store.NetworkServer;
import org.intdesigner.workforce.store.StoreException;
import org.intdesigner.workforce.store.StoreLocation;

/**
 * A workforce server for a test, serving a data folder under target/ on a free port of localhost,
 * with user {@value #USER} and a made-up password.
 */
public final class TestServer implements AutoCloseable {

	public static final String USER = "planner";

	private final NetworkServer server;
	private final char[] password = NetworkServer.generatePassword();

	public TestServer(String name) throws StoreException {
		server = start(name);
	}

	/**
	 * A port found free can be taken by another process (or the server's own inner port) before the server binds it:
	 * such a race is retried on another port, anything else fails the test.
	 */
	private NetworkServer start(String name) throws StoreException {
		for (int attempt = 1;; attempt++) {
			try {
				return NetworkServer.start(TestPlaces.freshFolder(name), TestPlaces.freePort(), USER, password);
			} catch (StoreException e) {
				if (attempt == 5 || e.getMessage() == null || !e.getMessage().contains("Address already in use")) {
					throw e;
				}
			}
		}
	}

	public int port() {
		return server.port();
	}

	public String password() {
		return new String(password);
	}

	/** The database name clients give (a path in a process that has used Derby before, as the tests' has). */
	public String database() {
		return server.location(password).database();
	}

	/** The preferences' choice of this server, its password saved or not. */
	public StoreChoice choice(boolean savePassword) {
		return new StoreChoice(false, StoreChoice.defaults().folder(), "localhost", port(), database(), USER, savePassword);
	}

	public StoreLocation.Server location() {
		return server.location(password);
	}

	@Override
	public void close() {
		server.close();
	}
}
