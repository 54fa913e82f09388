package org.intdesigner.app.help;

import java.io.IOException;
import java.net.URL;
import java.util.Optional;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/**
 * Turns a help href as the help system gives it ({@code /bundle.id/path/page.html#anchor}) into
 * a URL a browser can load: the file inside the contributing bundle, extracted if need be.
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
		if (bundle == null) {
			return Optional.empty();
		}
		URL entry = bundle.getEntry(path.substring(slash + 1));
		if (entry == null) {
			return Optional.empty();
		}
		try {
			URL file = FileLocator.toFileURL(entry);
			return Optional.of(anchor.isEmpty() ? file : new URL(file, anchor));
		} catch (IOException e) {
			return Optional.empty();
		}
	}
}
