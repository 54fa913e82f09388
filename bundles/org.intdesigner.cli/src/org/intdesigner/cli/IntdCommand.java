package org.intdesigner.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.intdesigner.cli.api.ExitCodes;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The top of the headless commands. Each subcommand does one job and returns 0 on success,
 * 1 when its input is wrong (with a message naming the file and what to do), 2 on a usage error;
 * except {@code validate}, whose 1 means "found something" and whose unreadable input is 2 (see
 * {@link ValidateCommand}); import-workforce's 2 also means unreadable input. Every command, the
 * root included, takes {@code --help}/{@code -h} and {@code --version}/{@code -V}. Plug-ins add commands through
 * {@code org.intdesigner.cli.commands} (see {@link ContributedCommands}); they are treated the same way.
 */
@Command(name = "intd", mixinStandardHelpOptions = true, versionProvider = IntdCommand.ProductVersion.class,
		description = "INT Designer headless commands. Try 'intd example DIR' for files to run them on.",
		subcommands = { ExampleCommand.class, CheckCommand.class, ValidateCommand.class, ImportCsvCommand.class,
				ExportCsvCommand.class, ExportRaciCommand.class, MetricsCommand.class, ImportWorkforceCommand.class,
				WorkforceServerCommand.class, WisnCommand.class, PlanCommand.class, SkillsCommand.class,
				TrainingPlanCommand.class, ScenarioCommand.class, DiffCommand.class, TransitionCommand.class, AllocateCommand.class,
				ReportCommand.class,
				CommandLine.HelpCommand.class })
public final class IntdCommand {

	public static final int OK = ExitCodes.OK;
	public static final int BAD_INPUT = ExitCodes.BAD_INPUT;

	/** Read by the launcher, which then shows the framework's own log on standard error; here for the help. */
	@Option(names = "--verbose", scope = ScopeType.INHERIT,
			description = "also show the framework's log messages on standard error (otherwise they go to the data folder's cli.log)")
	boolean verbose;

	public static int run(String[] args) {
		return run(args, new PrintWriter(System.out), new PrintWriter(System.err));
	}

	public static int run(String[] args, PrintWriter out, PrintWriter err) {
		return run(args, out, err, CommandLine.defaultFactory());
	}

	/**
	 * With {@code factory} creating the commands (tests give commands other rules this way). Whatever
	 * happens, what the command printed is flushed before this returns: the OSGi application ends the
	 * process right after, and an unflushed writer would lose the command's whole output.
	 */
	static int run(String[] args, PrintWriter out, PrintWriter err, CommandLine.IFactory factory) {
		return run(args, out, err, factory, () -> CommandContributions.installed(ContributedCommands::log));
	}

	/** With these contributed commands instead of the installed ones (tests give broken contributions this way). */
	static int run(String[] args, PrintWriter out, PrintWriter err, CommandLine.IFactory factory,
			Supplier<List<ContributedCommand>> contributions) {
		try {
			return execute(args, out, err, factory, contributions.get());
		} finally {
			out.flush();
			err.flush();
		}
	}

	private static int execute(String[] args, PrintWriter out, PrintWriter err, CommandLine.IFactory factory,
			List<ContributedCommand> contributions) {
		CommandLine commandLine = new CommandLine(new IntdCommand(), factory);
		// before the settings below, which reach only the subcommands there when they are made
		Map<String, String> refused = ContributedCommands.addTo(commandLine, contributions, factory, ContributedCommands::log);
		commandLine.setOut(out);
		commandLine.setErr(err);
		// --help and --version on every subcommand too, whatever it requires otherwise
		commandLine.getSubcommands().values().forEach(IntdCommand::addStandardOptions);
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
		if (refused.containsKey(args[0])) {
			// rather than picocli's "Unmatched argument": the user installed this command and should learn why it is missing
			err.println(refused.get(args[0]));
			return CommandLine.ExitCode.USAGE;
		}
		return commandLine.execute(args);
	}

	static void addStandardOptions(CommandLine subcommand) {
		CommandSpec spec = subcommand.getCommandSpec();
		if (spec.userObject() instanceof CommandLine.HelpCommand) {
			return;
		}
		spec.mixinStandardHelpOptions(true);
		spec.versionProvider(new ProductVersion());
	}

	/** "INT Designer 1.0.0 (build 202612070133)": the version of this bundle, which is built with the product. */
	static final class ProductVersion implements CommandLine.IVersionProvider {

		@Override
		public String[] getVersion() {
			Bundle bundle = FrameworkUtil.getBundle(IntdCommand.class);
			if (bundle == null) {
				return new String[] { "INT Designer (development build)" };
			}
			Version version = bundle.getVersion();
			String release = version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
			String build = version.getQualifier().isEmpty() || version.getQualifier().equals("qualifier") ? ""
					: " (build " + version.getQualifier() + ")";
			return new String[] { "INT Designer " + release + build };
		}
	}
}
