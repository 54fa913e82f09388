package org.intdesigner.planning;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;

/**
 * The {@link OtherLeaveSource}s installed (extension point {@value #EXTENSION_POINT}), read once. A source that
 * cannot be loaded is left out and named in {@link #problems()}: the plan goes on without it.
 */
public final class OtherLeaveSources {

	public static final String EXTENSION_POINT = "org.intdesigner.planning.otherLeave";

	private static List<OtherLeaveSource> installed;
	private static final List<String> PROBLEMS = new ArrayList<>();

	private OtherLeaveSources() {
	}

	public static synchronized List<OtherLeaveSource> installed() {
		if (installed == null) {
			List<OtherLeaveSource> sources = new ArrayList<>();
			if (Platform.getExtensionRegistry() != null) {
				for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
					try {
						if (element.createExecutableExtension("class") instanceof OtherLeaveSource source) {
							sources.add(source);
						} else {
							PROBLEMS.add(element.getContributor().getName() + ": " + element.getAttribute("class")
									+ " is not an " + OtherLeaveSource.class.getName());
						}
					} catch (CoreException | RuntimeException | LinkageError e) {
						PROBLEMS.add(element.getContributor().getName() + ": " + element.getAttribute("class")
								+ " could not be loaded: " + e.getMessage());
					}
				}
			}
			installed = List.copyOf(sources);
		}
		return installed;
	}

	/** Sources that could not be loaded, each with its plug-in and why. */
	public static synchronized List<String> problems() {
		installed();
		return List.copyOf(PROBLEMS);
	}
}
