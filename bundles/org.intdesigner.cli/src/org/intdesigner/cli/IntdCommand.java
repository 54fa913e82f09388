package org.intdesigner.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top of the headless commands. Each subcommand does one job and returns 0 on success,
 * 1 when its input is wrong (with a message naming the file and what to do), 2 on a usage error;
 * except {@code validate}, whose 1 means "found something" and whose unreadable input is 2 (see
 * {@link ValidateCommand}); import-workforce's 2 also means unreadable input.
 */
@Command(name = "intd", mixinStandardHelpOptions = true, version = "INT Designer 1.0",
		description = "INT Designer headless commands.",
		subcommands = { CheckCommand.class, ValidateCommand.class, ImportCsvCommand.class, ExportCsvCommand.class,
				ExportRaciCommand.class, MetricsCommand.class, ImportWorkforceCommand.class, WorkforceServerCommand.class,
				CommandLine.HelpCommand.class })
public final class IntdCommand {

	public static final int OK = 0;
	public static final int BAD_INPUT = 1;

	public static int run(String[] args) {
		return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
	}

	public static int run(String[] args, PrintWriter out, PrintWriter err) {
		return run(args, out, err, CommandLine.defaultFactory());
	}

	/** With {@code factory} creating the commands (tests give commands other rules this way). */
	static int run(String[] args, PrintWriter out, PrintWriter err, CommandLine.IFactory factory) {
		CommandLine commandLine = new CommandLine(new IntdCommand(), factory);
		commandLine.setOut(out);
		commandLine.setErr(err);
		// --format sarif, --fail-on warning: enum options are typed in lower case
		commandLine.setCaseInsensitiveEnumValuesAllowed(true);
		commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
			line.getErr().println(e.getMessage() == null ? e.toString() : e.getMessage());
			// picocli's default for this is 1, BAD_INPUT; validate declares 2, as its 1 means "found something"
			return line.getCommandSpec().exitCodeOnExecutionException();
		});
		if (args.length == 0) {
			commandLine.usage(out);
			return CommandLine.ExitCode.USAGE;
		}
		return commandLine.execute(args);
	}
}
