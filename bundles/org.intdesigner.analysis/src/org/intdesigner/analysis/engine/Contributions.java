package org.intdesigner.analysis.engine;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;

/**
 * Reads the {@code class} contributions of one element of an extension point, as the rule and the
 * figure analysis registries both need: each is created, checked for its type, and anything that
 * goes wrong becomes a problem naming the contributing plug-in and what to do, so one broken
 * plug-in never keeps the others (the built-in ones among them) from loading.
 */
final class Contributions {

	/** One object contributed, with the plug-in that contributed it (for messages about it). */
	record Contributed<T>(T object, String contributor) {
	}

	private Contributions() {
	}

	/**
	 * The objects of every {@code element} contributed to {@code point} that are a {@code type};
	 * the others are added to {@code problems}, saying what {@code type} means in {@code kind} words.
	 */
	static <T> List<Contributed<T>> read(String point, String element, Class<T> type, String kind, List<String> problems) {
		List<Contributed<T>> read = new ArrayList<>();
		for (IConfigurationElement contribution : Platform.getExtensionRegistry().getConfigurationElementsFor(point)) {
			if (!element.equals(contribution.getName())) {
				continue;
			}
			String contributor = contribution.getContributor().getName();
			String className = contribution.getAttribute("class");
			try {
				Object created = contribution.createExecutableExtension("class");
				if (type.isInstance(created)) {
					read.add(new Contributed<>(type.cast(created), contributor));
				} else {
					problems.add(contributor + ": " + className + " is not a " + kind + " (it must implement "
							+ type.getName() + ")");
				}
			} catch (CoreException | RuntimeException | LinkageError e) {
				problems.add(contributor + ": the " + kind + " " + className + " could not be loaded: " + reason(e)
						+ " (check the class name in its plugin.xml and that it has a public no-argument constructor)");
			}
		}
		return read;
	}

	/** The platform's message, with the constructor's own when it threw (a rule declaring no id, say). */
	private static String reason(Throwable e) {
		String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		// the constructor's exception comes wrapped (CoreException, InvocationTargetException with no message)
		for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
			if (cause.getMessage() != null && !message.contains(cause.getMessage())) {
				message = withoutFullStop(message) + ": " + cause.getMessage();
			}
		}
		return withoutFullStop(message);
	}

	private static String withoutFullStop(String text) {
		return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
	}

	/** Logs each problem as an error of the analysis bundle, under {@code heading}. */
	static void log(Class<?> reader, String heading, List<String> problems) {
		ILog log = ILog.of(reader);
		problems.forEach(problem -> log.log(new Status(IStatus.ERROR, "org.intdesigner.analysis", heading + ": " + problem
				+ ". The others are used.")));
	}
}
