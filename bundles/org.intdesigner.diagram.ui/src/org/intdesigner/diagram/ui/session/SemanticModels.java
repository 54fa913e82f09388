package org.intdesigner.diagram.ui.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;

/** Finds the provider contributed for a model file's extension and opens the file with it. */
public final class SemanticModels {

	public static final String EXTENSION_POINT = "org.intdesigner.diagram.ui.semanticModels";

	private SemanticModels() {
	}

	public static boolean canOpen(Path file) {
		return find(extensionOf(file)) != null;
	}

	public static SemanticModel open(Path file) throws IOException {
		IConfigurationElement element = find(extensionOf(file));
		if (element == null) {
			throw new IOException("No installed plug-in opens ." + extensionOf(file) + " files for diagrams (" + file + ").");
		}
		try {
			return ((SemanticModelProvider) element.createExecutableExtension("class")).open(file);
		} catch (CoreException e) {
			throw new IOException("The plug-in " + element.getContributor().getName() + " could not open " + file + ": "
					+ e.getMessage(), e);
		}
	}

	private static IConfigurationElement find(String extension) {
		for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
			if (extension.equalsIgnoreCase(element.getAttribute("extension"))) {
				return element;
			}
		}
		return null;
	}

	/** The model files this point knows, e.g. "intd". */
	public static java.util.List<String> extensions() {
		return java.util.Arrays.stream(Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT))
				.map(e -> e.getAttribute("extension")).toList();
	}

	static String extensionOf(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}
}
