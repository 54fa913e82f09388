package org.intdesigner.cli;

import java.nio.file.Path;

import org.intdesigner.workforce.store.StoreLocation;

import picocli.CommandLine.Option;

/**
 * Where a command finds the workforce store: a data folder (embedded Derby, default
 * ~/.intdesigner/workforce) or a Derby Network Server; its password comes from the environment
 * variable INTD_WORKFORCE_PASSWORD, never from the command line (where other users could see it).
 */
final class WorkforceStoreOptions {

	static final String PASSWORD_VARIABLE = "INTD_WORKFORCE_PASSWORD";

	@Option(names = "--db", paramLabel = "DIR", description = "the workforce data folder (default ~/.intdesigner/workforce)")
	Path folder;

	@Option(names = "--server", paramLabel = "HOST:PORT[/DB]", description = "a Derby Network Server instead of a data folder")
	String server;

	@Option(names = "--user", paramLabel = "USER", description = "the user on the server (password from $" + PASSWORD_VARIABLE + ")")
	String user;

	StoreLocation location() {
		if (server != null && folder != null) {
			throw new IllegalArgumentException("Give --db or --server, not both.");
		}
		if (server != null) {
			if (user == null) {
				throw new IllegalArgumentException("--server needs --user (and the password in $" + PASSWORD_VARIABLE + ").");
			}
			String password = System.getenv(PASSWORD_VARIABLE);
			return StoreLocation.server(server, user, password == null ? new char[0] : password.toCharArray());
		}
		return folder == null ? StoreLocation.defaultFolder() : StoreLocation.embedded(folder);
	}
}
