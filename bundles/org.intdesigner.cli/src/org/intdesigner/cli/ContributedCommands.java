package org.intdesigner.cli;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Adds the contributed commands to the command line beside the built-in ones. A contribution is refused, with a
 * message naming its plug-in and what to do, when its name is a built-in command's (the built-in runs), when two
 * contributions have one name (neither runs: which one a user got would depend on the order plug-ins were installed
 * in), or when its class cannot be made or is not a picocli command. A refusal never stops the other commands.
 */
final class ContributedCommands {

	/** The plug-in of the built-in commands, named when a contribution takes one of their names. */
	static final String BUILT_IN = "org.intdesigner.cli";

	private ContributedCommands() {
	}

	/**
	 * Adds {@code contributions} to {@code root}, reporting each refusal to {@code problems}. Returns the refused
	 * names that are no built-in command's, each with its message, for a user who types one of them.
	 */
	static Map<String, String> addTo(CommandLine root, List<ContributedCommand> contributions, CommandLine.IFactory factory,
			Consumer<String> problems) {
		Set<String> builtIns = new HashSet<>(root.getSubcommands().keySet());
		Map<String, List<ContributedCommand>> byName = contributions.stream()
				.collect(Collectors.groupingBy(ContributedCommand::name, LinkedHashMap::new, Collectors.toList()));
		Map<String, String> refused = new LinkedHashMap<>();
		byName.forEach((name, same) -> {
			if (builtIns.contains(name)) {
				same.forEach(command -> problems.accept("The command '" + name + "' of the plug-in " + command.contributor()
						+ " is left out: the built-in command '" + name + "' of " + BUILT_IN + " has that name. Give the"
						+ " plug-in's command another name in its plugin.xml."));
				return;
			}
			String message = same.size() > 1 ? clash(name, same) : add(root, same.get(0), factory);
			if (message != null) {
				refused.put(name, message);
				problems.accept(message);
			}
		});
		return refused;
	}

	private static String clash(String name, List<ContributedCommand> same) {
		List<String> plugins = same.stream().map(ContributedCommand::contributor).distinct().sorted().toList();
		String who = plugins.size() == 1 ? "the plug-in " + plugins.get(0) + " contributes it " + same.size() + " times"
				: "the plug-ins " + String.join(" and ", plugins) + " both contribute it";
		return "The command '" + name + "' is left out: " + who + ", and neither is chosen over the other. Uninstall one"
				+ " of them, or give one command another name in its plugin.xml.";
	}

	/** Adds one contribution; returns why it was refused, or null. */
	private static String add(CommandLine root, ContributedCommand command, CommandLine.IFactory factory) {
		String refused = "The command '" + command.name() + "' of the plug-in " + command.contributor() + " is left out: ";
		Object object;
		try {
			object = command.creator().create();
		} catch (Exception | LinkageError e) {
			return refused + "its class " + command.className() + " could not be made (" + reason(e) + "). Check the class"
					+ " name in the plug-in's plugin.xml, and that the class is in the plug-in with a public constructor"
					+ " without arguments.";
		}
		if (!(object instanceof Callable<?>) && !(object instanceof Runnable)) {
			return refused + "its class " + object.getClass().getName() + " is not a command: implement"
					+ " java.util.concurrent.Callable<Integer> (returning the exit code) and annotate the class with"
					+ " picocli's @Command.";
		}
		try {
			CommandLine line = new CommandLine(object, factory);
			CommandSpec spec = line.getCommandSpec();
			// the name users type is the one in plugin.xml, the one checked for clashes; aliases would escape that check
			spec.name(command.name());
			spec.aliases(new String[0]);
			if (spec.usageMessage().description().length == 0 && !command.description().isEmpty()) {
				spec.usageMessage().description(command.description());
			}
			IntdCommand.addStandardOptions(line);
			root.addSubcommand(command.name(), line);
			return null;
		} catch (CommandLine.PicocliException e) {
			return refused + "its class " + object.getClass().getName() + " is not a picocli command that can be added ("
					+ e.getMessage() + "). Annotate the class with @Command and its arguments with @Parameters and @Option.";
		}
	}

	private static String reason(Throwable e) {
		Throwable cause = e.getCause() != null && e.getCause() != e ? e.getCause() : null;
		// toString: the exception's kind (ClassNotFoundException, NoClassDefFoundError) says as much as its message
		return cause == null || e.getMessage() == null ? e.toString() : e.getMessage() + ": " + cause;
	}

	/** Puts a refusal in the framework's log (the data folder's cli.log in the product; standard error with --verbose). */
	static void log(String message) {
		FrameworkLogHandler.logFolder();
		ILog.of(ContributedCommands.class).log(Status.warning(message));
	}
}
