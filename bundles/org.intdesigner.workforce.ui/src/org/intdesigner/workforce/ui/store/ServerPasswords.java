package org.intdesigner.workforce.ui.store;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

/**
 * The passwords of workforce servers. A password the person chose to save lives only in secure
 * storage, encrypted, under {@code org.intdesigner.workforce.ui/server/<host:port/database>/<user>}
 * (slashes in the server part encoded, as secure storage uses them to separate nodes). Any other
 * password is kept in this process's memory for the session and never written anywhere.
 */
public final class ServerPasswords {

	static final String ROOT_NODE = "org.intdesigner.workforce.ui/server";
	static final String PASSWORD = "password";

	private final Map<String, char[]> session = new HashMap<>();
	/** Servers and users whose saved password was refused: asked for again rather than tried again. */
	private final Set<String> refused = new HashSet<>();
	private Supplier<ISecurePreferences> secureRoot = ServerPasswords::inDataFolder;

	/**
	 * Secure storage in the data folder ({@code secure_storage} beside {@code workforce/}), so that
	 * INT Designer writes nothing outside it (Eclipse's default is {@code ~/.eclipse}) and a
	 * {@code --data} folder keeps its own; the default storage when there is no data folder.
	 */
	private static ISecurePreferences inDataFolder() {
		java.util.Optional<java.nio.file.Path> file = WorkbenchDataFolder.resolve("secure_storage");
		if (file.isPresent()) {
			try {
				return SecurePreferencesFactory.open(file.get().toUri().toURL(), null);
			} catch (java.io.IOException e) {
				// fall back to the default storage, which works, in another place
			}
		}
		return SecurePreferencesFactory.getDefault();
	}

	/**
	 * Uses {@code root} instead of the default secure storage (whose master password may be asked
	 * for): tests give one opened with {@code SecurePreferencesFactory.open} on a file under target/.
	 */
	public synchronized void useSecureStorage(ISecurePreferences root) {
		secureRoot = () -> root;
	}

	/** The node path of the password of {@code user} on {@code server} ({@code host:port/database}). */
	public static String nodePath(String server, String user) {
		return ROOT_NODE + "/" + EncodingUtils.encodeSlashes(server) + "/" + EncodingUtils.encodeSlashes(user);
	}

	/** The password for the choice's server and user: this session's, else the saved one; null when there is none. */
	public synchronized char[] find(StoreChoice choice) throws StorageException {
		char[] known = session.get(key(choice));
		if (known != null) {
			return known.clone();
		}
		ISecurePreferences node = refused.contains(key(choice)) ? null : savedNode(choice);
		String saved = node == null ? null : node.get(PASSWORD, null);
		return saved == null ? null : saved.toCharArray();
	}

	/** True when a password of the choice's server and user is in secure storage (nothing is decrypted to tell). */
	public synchronized boolean isSaved(StoreChoice choice) {
		ISecurePreferences node = savedNode(choice);
		return node != null && Arrays.asList(node.keys()).contains(PASSWORD);
	}

	/** True when this session knows a password for the choice's server and user. */
	public synchronized boolean inSession(StoreChoice choice) {
		return session.containsKey(key(choice));
	}

	/**
	 * Keeps {@code password} (null: the one already known) for the session, and in secure storage
	 * when the choice says to save it; otherwise removes any saved copy, so a password the person
	 * no longer wants kept is not left on disk.
	 */
	public synchronized void remember(StoreChoice choice, char[] password) throws StorageException, IOException {
		if (password != null) {
			session.put(key(choice), password.clone());
			refused.remove(key(choice));
		}
		ISecurePreferences root = secureRoot.get();
		String path = nodePath(choice.server(), choice.user().trim());
		if (choice.savePassword()) {
			char[] known = session.get(key(choice));
			if (known != null) {
				root.node(path).put(PASSWORD, new String(known), true);
				root.flush();
			}
		} else if (root.nodeExists(path)) {
			root.node(path).removeNode();
			root.flush();
		}
	}

	/** Forgets the password (the server refused it), so that it is asked for again rather than tried again. */
	public synchronized void forget(StoreChoice choice) {
		refused.add(key(choice));
		char[] known = session.remove(key(choice));
		if (known != null) {
			Arrays.fill(known, '\0');
		}
	}

	private ISecurePreferences savedNode(StoreChoice choice) {
		ISecurePreferences root = secureRoot.get();
		String path = nodePath(choice.server(), choice.user().trim());
		return root != null && root.nodeExists(path) ? root.node(path) : null;
	}

	private static String key(StoreChoice choice) {
		return choice.server() + "\n" + choice.user().trim();
	}
}
