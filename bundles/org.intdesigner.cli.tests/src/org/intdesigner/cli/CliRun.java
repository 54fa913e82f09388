package org.intdesigner.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.intdesigner.analysis.api.Rule;

import picocli.CommandLine;

/** One in-process run of the command line: exit code and what it printed. */
record CliRun(int exitCode, String out, String err) {

	static CliRun of(String... args) {
		return run(CommandLine.defaultFactory(), args);
	}

	/** A run in which validate checks {@code rules} instead of the installed ones. */
	static CliRun withRules(List<Rule> rules, String... args) {
		CommandLine.IFactory defaults = CommandLine.defaultFactory();
		return run(new CommandLine.IFactory() {
			@Override
			@SuppressWarnings("unchecked")
			public <K> K create(Class<K> type) throws Exception {
				return type == ValidateCommand.class ? (K) new ValidateCommand(() -> rules) : defaults.create(type);
			}
		}, args);
	}

	/** A run in which the commands of the given classes are these objects (with test environments, say). */
	static CliRun withCommands(java.util.Map<Class<?>, Object> commands, String... args) {
		CommandLine.IFactory defaults = CommandLine.defaultFactory();
		return run(new CommandLine.IFactory() {
			@Override
			@SuppressWarnings("unchecked")
			public <K> K create(Class<K> type) throws Exception {
				return commands.containsKey(type) ? (K) commands.get(type) : defaults.create(type);
			}
		}, args);
	}

	/** A run with these contributed commands instead of the installed ones. */
	static CliRun withContributions(List<ContributedCommand> contributions, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = IntdCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true), CommandLine.defaultFactory(),
				() -> contributions);
		return new CliRun(code, out.toString(), err.toString());
	}

	private static CliRun run(CommandLine.IFactory factory, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = IntdCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true), factory);
		return new CliRun(code, out.toString(), err.toString());
	}
}
