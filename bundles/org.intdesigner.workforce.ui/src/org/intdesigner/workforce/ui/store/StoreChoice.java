package org.intdesigner.workforce.ui.store;

import java.nio.file.Files;
import java.nio.file.Path;

import org.intdesigner.workforce.store.StoreLocation;

/**
 * The workforce store a person chose in the preferences, without its password: a data folder of
 * this computer (Derby embedded) or a workforce server (Derby Network Server) with its user.
 *
 * @param embedded true for a data folder, false for a server
 * @param savePassword true when the server password is kept, encrypted, in secure storage
 */
public record StoreChoice(boolean embedded, Path folder, String host, int port, String database, String user,
		boolean savePassword) {

	public static final int DEFAULT_PORT = 1527;

	/**
	 * The {@code workforce} folder of the data folder the workbench runs on ({@code ~/.intdesigner},
	 * or the one given with --data); the server fields filled with Derby's defaults.
	 */
	public static StoreChoice defaults() {
		return new StoreChoice(true, defaultFolder(), "localhost", DEFAULT_PORT, StoreLocation.DATABASE_NAME, "", false);
	}

	private static Path defaultFolder() {
		return WorkbenchDataFolder.resolve("workforce").orElseGet(() -> StoreLocation.defaultFolder().folder());
	}

	/** What is wrong with the choice, in words for the preference page, or null when it can be used. */
	public String problem() {
		if (embedded) {
			if (folder == null || folder.toString().isBlank()) {
				return "Choose the data folder of the workforce store.";
			}
			return Files.isRegularFile(folder) ? folder + " is a file: choose a folder for the workforce data." : null;
		}
		if (host == null || host.isBlank()) {
			return "Type the host name of the workforce server (localhost when it runs on this computer).";
		}
		if (port < 1 || port > 65535) {
			return "The port must be a number from 1 to 65535 (a workforce server listens on 1527 unless told otherwise).";
		}
		if (database == null || database.isBlank()) {
			return "Type the name of the database on the server (" + StoreLocation.DATABASE_NAME + " unless told otherwise).";
		}
		return user == null || user.isBlank() ? "Type your user name on the workforce server." : null;
	}

	/** {@code host:port/database}: which server database, the key of its saved password. */
	public String server() {
		return host.trim() + ":" + port + "/" + database.trim();
	}

	/** Where the store is; {@code password} is used for a server only. */
	public StoreLocation location(char[] password) {
		return embedded ? StoreLocation.embedded(folder)
				: new StoreLocation.Server(host.trim(), port, database.trim(), user.trim(), password);
	}

	/** For messages: where the data is, never a password. */
	public String describe() {
		return location(null).describe();
	}
}
