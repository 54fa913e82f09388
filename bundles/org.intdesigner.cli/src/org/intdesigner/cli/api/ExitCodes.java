package org.intdesigner.cli.api;

/**
 * The exit codes every command returns, built-in or contributed, so that scripts and CI jobs can rely on them:
 * a contributed command's {@code call()} returns one of these.
 */
public final class ExitCodes {

	/** Done. */
	public static final int OK = 0;

	/**
	 * The input was read but is wrong (or, for a checking command such as validate, something was found); standard
	 * error names the file or element and says what to do. An exception thrown by a command also ends in 1, with its
	 * message on standard error, unless the command's {@code @Command(exitCodeOnExecutionException = ...)} says otherwise.
	 */
	public static final int BAD_INPUT = 1;

	/** A usage mistake (an option missing or malformed), or input that cannot be read at all. */
	public static final int USAGE = 2;

	private ExitCodes() {
	}
}
