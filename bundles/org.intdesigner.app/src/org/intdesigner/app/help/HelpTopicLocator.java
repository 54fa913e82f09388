package org.intdesigner.app.help;

import java.io.IOException;
import java.net.URL;
import java.util.Optional;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/**
 * Turns a help href as the help system gives it ({@code /bundle.id/path/page.html#anchor}) into
 * a URL a browser can load: the file inside the contributing bundle, extracted with its folder
 * if the bundle is a jar.
 */
public final class HelpTopicLocator {

	private HelpTopicLocator() {
	}

	public static Optional<URL> locate(String href) {
		if (href == null || !href.startsWith("/")) {
			return Optional.empty();
		}
		String anchor = "";
		String path = href;
		int hash = path.indexOf('#');
		if (hash >= 0) {
			anchor = path.substring(hash);
			path = path.substring(0, hash);
		}
		int query = path.indexOf('?');
		if (query >= 0) {
			path = path.substring(0, query);
		}
		int slash = path.indexOf('/', 1);
		if (slash < 0) {
			return Optional.empty();
		}
		Bundle bundle = Platform.getBundle(path.substring(1, slash));
		String entryPath = path.substring(slash + 1);
		if (bundle == null || bundle.getEntry(entryPath) == null) {
			return Optional.empty();
		}
		// extract the page's whole folder, so that its style sheets, images and linked pages come along
		int lastSlash = entryPath.lastIndexOf('/');
		String folder = lastSlash < 0 ? "" : entryPath.substring(0, lastSlash + 1);
		String page = entryPath.substring(lastSlash + 1);
		try {
			URL folderUrl = FileLocator.toFileURL(bundle.getEntry(folder.isEmpty() ? "/" : folder));
			return Optional.of(new URL(folderUrl, page + anchor));
		} catch (IOException e) {
			return Optional.empty();
		}
	}
}
