package org.intdesigner.workforce.ui.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.intdesigner.workforce.store.StoreLocation;

/**
 * Where the workforce UI tests keep their stores and secure storage: fresh folders under target/
 * (never the user's ~/.intdesigner or ~/.eclipse), and free ports for test servers.
 */
public final class TestPlaces {

	private static final Path ROOT = Paths.get("target", "workforce-ui").toAbsolutePath();

	private TestPlaces() {
	}

	/** An empty folder target/workforce-ui/{@code name} (emptied if it was there). */
	public static Path freshFolder(String name) {
		Path folder = ROOT.resolve(name);
		try {
			if (Files.exists(folder)) {
				try (Stream<Path> paths = Files.walk(folder)) {
					for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
						Files.delete(path);
					}
				}
			}
			return Files.createDirectories(folder);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Points the workbench's store service at a new embedded store under target/ and returns where. */
	public static StoreLocation.Embedded freshStore(String name) {
		WorkforceStores.get().close(); // it may have this folder open from an earlier test
		StoreLocation.Embedded location = StoreLocation.embedded(freshFolder(name).resolve("store"));
		WorkforceStores.get().useLocation(location);
		return location;
	}

	/**
	 * Secure storage in a file under target/, with its master password given here so that no
	 * prompt ever opens: what the store service then uses for server passwords.
	 */
	public static ISecurePreferences freshSecureStorage(String name) {
		Path file = freshFolder(name).resolve("secure_storage");
		Map<String, Object> options = new HashMap<>();
		options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
		options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test master password".toCharArray()));
		try {
			URL url = file.toUri().toURL();
			ISecurePreferences root = SecurePreferencesFactory.open(url, options);
			WorkforceStores.get().passwords().useSecureStorage(root);
			return root;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A port nothing listens on now. */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
