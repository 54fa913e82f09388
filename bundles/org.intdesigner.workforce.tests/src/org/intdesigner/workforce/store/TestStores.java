package org.intdesigner.workforce.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.intdesigner.workforce.imports.TestPorts;

/**
 * Stores for tests, in a temporary folder of the test: embedded in it, or a database there served by
 * one network server shared by the whole test run (its own files under target/). Closing a test
 * store also closes the database on the server side, so that the folder can be deleted.
 */
public final class TestStores {

	public static final String USER = "planner";
	private static final char[] PASSWORD = NetworkServer.generatePassword();
	private static NetworkServer server;

	private TestStores() {
	}

	/** A store that closes its server-side database too. */
	public record TestStore(WorkforceStore store, String servedPath) implements AutoCloseable {
		@Override
		public void close() {
			store.close();
			if (servedPath != null) {
				DerbyEngine.shutdownIfUnused(servedPath);
			}
		}
	}

	public static TestStore open(StoreMode mode, Path temp) throws StoreException {
		return new TestStore(WorkforceStore.open(location(mode, temp)), mode == StoreMode.NETWORK
				? temp.resolve("served").resolve(StoreLocation.DATABASE_NAME).toAbsolutePath().toString() : null);
	}

	/** Where the store of {@code mode} in {@code temp} is: the same place every time for the same folder. */
	public static StoreLocation location(StoreMode mode, Path temp) throws StoreException {
		if (mode == StoreMode.EMBEDDED) {
			return StoreLocation.embedded(temp.resolve("store"));
		}
		NetworkServer running = server();
		Path served = temp.resolve("served");
		if (!Files.isDirectory(served.resolve(StoreLocation.DATABASE_NAME))) {
			WorkforceStore.open(StoreLocation.embedded(served)).close(); // as the workforce server makes its own
		}
		running.alsoServe(served);
		return new StoreLocation.Server("localhost", running.port(),
				temp.resolve("served").resolve(StoreLocation.DATABASE_NAME).toAbsolutePath().toString(), USER, PASSWORD);
	}

	public static synchronized NetworkServer server() throws StoreException {
		if (server == null) {
			try {
				server = NetworkServer.start(Files.createDirectories(Paths.get("target", "test-server")), TestPorts.free(), USER,
						PASSWORD);
			} catch (java.io.IOException e) {
				throw new StoreException("no folder for the test server", e);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(server::close));
		}
		return server;
	}

	/** The password of the shared test server. */
	public static char[] password() {
		return PASSWORD.clone();
	}
}
