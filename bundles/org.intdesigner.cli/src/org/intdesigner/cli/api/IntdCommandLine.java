package org.intdesigner.cli.api;

import java.io.PrintWriter;

import org.intdesigner.cli.IntdCommand;

/**
 * The product's command line ({@code intdesigner --cli}, {@code ./intd}) run in this process, with the commands of
 * the installed plug-ins: how a contributed command's test runs it as a user would, and reads what it printed.
 */
public final class IntdCommandLine {

	private IntdCommandLine() {
	}

	/**
	 * Runs {@code args} (the command's name first) and returns the exit code (see {@link ExitCodes}). What the
	 * command printed is flushed to {@code out} and {@code err} before this returns.
	 */
	public static int run(PrintWriter out, PrintWriter err, String... args) {
		return IntdCommand.run(args, out, err);
	}
}
