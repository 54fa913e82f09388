package org.intdesigner.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;

/**
 * Reads the commands contributed to {@code org.intdesigner.cli.commands}. A contribution whose name or class is
 * missing or malformed is reported (naming the plug-in and what to write) and left out; whether the named class
 * exists and is a command is found out only when it is made (see {@link ContributedCommands}).
 */
final class CommandContributions {

	static final String POINT = "org.intdesigner.cli.commands";

	/** Lower-case words joined by hyphens, as the built-in commands are named, so that a shell passes it as typed. */
	static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

	private CommandContributions() {
	}

	/** The installed contributions; none outside a running platform (a plain unit test). */
	static List<ContributedCommand> installed(Consumer<String> problems) {
		IExtensionRegistry registry = Platform.getExtensionRegistry();
		if (registry == null) {
			return List.of();
		}
		return read(registry.getConfigurationElementsFor(POINT), problems);
	}

	static List<ContributedCommand> read(IConfigurationElement[] elements, Consumer<String> problems) {
		List<ContributedCommand> found = new ArrayList<>();
		for (IConfigurationElement element : elements) {
			if (!"command".equals(element.getName())) {
				continue;
			}
			String contributor = element.getContributor().getName();
			String name = trimmed(element.getAttribute("name"));
			String className = trimmed(element.getAttribute("class"));
			if (name.isEmpty() || className.isEmpty()) {
				problems.accept("A command of the plug-in " + contributor + " is left out: its plugin.xml entry needs a name"
						+ " and a class (" + (name.isEmpty() ? "no name" : "no class for '" + name + "'") + ").");
				continue;
			}
			if (!NAME.matcher(name).matches()) {
				problems.accept("The command '" + name + "' of the plug-in " + contributor + " is left out: a command's name is"
						+ " lower-case letters and digits, words joined by hyphens (such as count-posts).");
				continue;
			}
			found.add(new ContributedCommand(name, trimmed(element.getAttribute("description")), contributor, className,
					() -> element.createExecutableExtension("class")));
		}
		return found;
	}

	private static String trimmed(String value) {
		return value == null ? "" : value.trim();
	}
}
