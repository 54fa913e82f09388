package org.intdesigner.workforce.ui.store;

import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Reads and writes the {@link StoreChoice} in the workbench's instance preferences of this bundle
 * (the data folder's {@code .metadata}). Passwords are never written here: see {@link ServerPasswords}.
 */
public final class StorePreferences {

	public static final String NODE = "org.intdesigner.workforce.ui";
	static final String MODE = "store.mode";
	static final String FOLDER = "store.folder";
	static final String HOST = "store.server.host";
	static final String PORT = "store.server.port";
	static final String DATABASE = "store.server.database";
	static final String USER = "store.server.user";
	static final String SAVE_PASSWORD = "store.server.savePassword";
	private static final String SERVER = "server";

	private StorePreferences() {
	}

	private static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}

	/** The choice saved, or {@link StoreChoice#defaults()} for what was never saved. */
	public static StoreChoice load() {
		IEclipsePreferences node = node();
		StoreChoice defaults = StoreChoice.defaults();
		return new StoreChoice(!SERVER.equals(node.get(MODE, "")),
				Path.of(node.get(FOLDER, defaults.folder().toString())), node.get(HOST, defaults.host()),
				node.getInt(PORT, defaults.port()), node.get(DATABASE, defaults.database()), node.get(USER, defaults.user()),
				node.getBoolean(SAVE_PASSWORD, defaults.savePassword()));
	}

	/** Saves the choice and writes it to disk. */
	public static void save(StoreChoice choice) throws BackingStoreException {
		IEclipsePreferences node = node();
		node.put(MODE, choice.embedded() ? "embedded" : SERVER);
		node.put(FOLDER, choice.folder().toString());
		node.put(HOST, choice.host().trim());
		node.putInt(PORT, choice.port());
		node.put(DATABASE, choice.database().trim());
		node.put(USER, choice.user().trim());
		node.putBoolean(SAVE_PASSWORD, choice.savePassword());
		node.flush();
	}
}
