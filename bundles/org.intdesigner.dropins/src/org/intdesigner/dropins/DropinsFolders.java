package org.intdesigner.dropins;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.BundleContext;

/**
 * The two folders whose plug-in jars INT Designer loads at start:
 * <ul>
 * <li>{@code dropins/} of the installation (beside {@code plugins/}), for every user of it; and</li>
 * <li>{@code dropins/} of the user's data folder ({@code ~/.intdesigner/dropins} unless {@code --data} or
 * INTD_DATA names another), for one user, also when the installation is read-only.</li>
 * </ul>
 * Neither needs to exist.
 */
public final class DropinsFolders {

	/** The system property the launcher sets to the data folder (for commands, which run without a workspace). */
	static final String DATA_PROPERTY = "intd.data";

	private DropinsFolders() {
	}

	public static List<Path> of(BundleContext context) {
		List<Path> folders = new ArrayList<>();
		Path install = fileOf(context.getProperty("osgi.install.area"));
		if (install != null) {
			folders.add(install.resolve("dropins"));
		}
		Path data = dataFolder(context);
		if (data != null && !folders.contains(data.resolve("dropins"))) {
			folders.add(data.resolve("dropins"));
		}
		return folders;
	}

	private static Path dataFolder(BundleContext context) {
		String data = context.getProperty(DATA_PROPERTY);
		if (data != null && !data.isBlank()) {
			return Path.of(data);
		}
		Path instance = fileOf(context.getProperty("osgi.instance.area"));
		return instance != null ? instance : Path.of(System.getProperty("user.home"), ".intdesigner");
	}

	/** An Equinox area ("file:/opt/intdesigner/", sometimes with spaces unescaped) as a folder, or null. */
	static Path fileOf(String area) {
		if (area == null || !area.startsWith("file:")) {
			return null;
		}
		try {
			return Path.of(new URI(area.replace(" ", "%20")));
		} catch (URISyntaxException | IllegalArgumentException e) {
			return Path.of(area.substring("file:".length()));
		}
	}
}
