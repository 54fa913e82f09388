package org.intdesigner.cli;

/**
 * A command a plug-in contributes to {@code org.intdesigner.cli.commands}, as its plugin.xml declares it; the
 * command object itself is made only when the command line is put together.
 *
 * @param name what users type ({@code ./intd NAME})
 * @param description the line beside it in {@code intd --help} ("" when none is given)
 * @param contributor the contributing plug-in's id, which every message about the command names
 * @param className the command's class as plugin.xml names it, for messages
 * @param creator makes the command object (the plug-in's class, with a public no-argument constructor)
 */
record ContributedCommand(String name, String description, String contributor, String className, Creator creator) {

	/** Makes a command object; anything it throws is reported as the contribution being broken. */
	@FunctionalInterface
	interface Creator {
		Object create() throws Exception;
	}
}
