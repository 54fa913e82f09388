package org.intdesigner.cli.api;

import java.nio.file.Path;
import java.util.function.Function;

import org.intdesigner.workforce.store.StoreLocation;

import picocli.CommandLine.Option;

/**
 * Which workforce store a command uses: a data folder (--db, default ~/.intdesigner/workforce) or a
 * workforce server (--server host:port with --user; the password from INTD_WORKFORCE_PASSWORD, or
 * typed at a prompt, never on the command line where other users could see it).
 * <p>
 * Public API for contributed commands ({@code org.intdesigner.cli.commands}): a command that reads the store
 * declares {@code @Mixin WorkforceStoreOptions store = new WorkforceStoreOptions();} and opens
 * {@code WorkforceStore.openExisting(store.location(System::getenv))}, so it takes the same options as the built-in
 * commands. The location's IllegalArgumentException is a usage mistake: print its message and return 2.
 */
public final class WorkforceStoreOptions {

	/** The environment variable the password of a workforce server is read from. */
	public static final String PASSWORD_VARIABLE = "INTD_WORKFORCE_PASSWORD";

	@Option(names = "--db", paramLabel = "DIR", description = "the workforce data folder (default ~/.intdesigner/workforce)")
	Path folder;

	@Option(names = "--server", paramLabel = "HOST:PORT", description = "a workforce server instead (see workforce-server);"
			+ " HOST:PORT/DATABASE for a database other than 'workforce'")
	String server;

	@Option(names = "--user", paramLabel = "USER", description = "the user on the server (the password comes from "
			+ PASSWORD_VARIABLE + ", or is asked for)")
	String user;

	/** The store named, or an IllegalArgumentException saying what is missing. */
	public StoreLocation location(Function<String, String> environment) {
		if (server == null) {
			if (user != null) {
				throw new IllegalArgumentException("--user goes with --server: a data folder (--db) needs no user");
			}
			return folder == null ? StoreLocation.defaultFolder() : StoreLocation.embedded(folder);
		}
		if (folder != null) {
			throw new IllegalArgumentException("give --db DIR or --server HOST:PORT, not both");
		}
		if (user == null) {
			throw new IllegalArgumentException("--server needs --user USER");
		}
		return StoreLocation.server(server, user, password(environment));
	}

	/** The store asked for; without --db or --server the default one when it exists, else null (no store). */
	public StoreLocation locationIfAny(Function<String, String> environment) {
		StoreLocation location = location(environment);
		if (folder == null && server == null && location instanceof StoreLocation.Embedded embedded
				&& !java.nio.file.Files.isDirectory(embedded.databaseDirectory())) {
			return null;
		}
		return location;
	}

	private char[] password(Function<String, String> environment) {
		String fromEnvironment = environment.apply(PASSWORD_VARIABLE);
		if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
			return fromEnvironment.toCharArray();
		}
		if (System.console() != null) {
			char[] typed = System.console().readPassword("Password of %s on %s: ", user, server);
			if (typed != null) {
				return typed;
			}
		}
		throw new IllegalArgumentException("no password for " + user + ": set " + PASSWORD_VARIABLE
				+ " (or run the command in a terminal, which asks for it)");
	}
}
