package org.intdesigner.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top of the headless commands. Each subcommand does one job and returns 0 on success,
 * 1 when its input is wrong (with a message naming the file and what to do), 2 on a usage error.
 */
@Command(name = "intd", mixinStandardHelpOptions = true, version = "INT Designer 1.0",
		description = "INT Designer headless commands.",
		subcommands = { CheckCommand.class, ImportCsvCommand.class, ExportCsvCommand.class,
				CommandLine.HelpCommand.class })
public final class IntdCommand {

	public static final int OK = 0;
	public static final int BAD_INPUT = 1;

	public static int run(String[] args) {
		return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
	}

	public static int run(String[] args, PrintWriter out, PrintWriter err) {
		CommandLine commandLine = new CommandLine(new IntdCommand());
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
			line.getErr().println(e.getMessage() == null ? e.toString() : e.getMessage());
			return BAD_INPUT;
		});
		if (args.length == 0) {
			commandLine.usage(out);
			return CommandLine.ExitCode.USAGE;
		}
		return commandLine.execute(args);
	}
}
