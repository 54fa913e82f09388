package org.intdesigner.diagram.registry;

import org.eclipse.emf.common.util.URI;

/**
 * One specification file a bundle contributes, as the extension point names it: the bundle and
 * the file's path inside it.
 */
public record SpecificationContribution(String bundle, String path) {

	public SpecificationContribution {
		path = path.startsWith("/") ? path.substring(1) : path;
	}

	/** Where the file is read from: {@code platform:/plugin/<bundle>/<path>}. */
	public URI uri() {
		return URI.createPlatformPluginURI(bundle + "/" + path, true);
	}

	/** How problems name the file: {@code <bundle>/<path>}. */
	public String file() {
		return bundle + "/" + path;
	}
}
