package org.intdesigner.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.intdesigner.cli.api.ModelInput;
import org.intdesigner.io.OutputFormat;
import org.intdesigner.planning.scenarios.ComparisonOutput;
import org.intdesigner.model.compare.ModelComparison;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The changes from one model to another, element by element by id (a baseline and its scenario, or two scenarios):
 * added, removed, changed (feature, before, after) and moved.
 */
@Command(name = "diff", exitCodeOnExecutionException = 2, description = "The changes from model A to model B, element by"
		+ " element by id (a baseline and its scenario, or two scenarios): added, removed, changed (feature, before, after),"
		+ " moved (under another parent or employer).")
final class DiffCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "A", description = "the model before: an .intd model or a folder of CSV files")
	Path before;

	@Parameters(index = "1", paramLabel = "B", description = "the model after")
	Path after;

	@Option(names = "--format", defaultValue = "text", description = "text, csv or json (default text)")
	String format;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		OutputFormat output;
		try {
			output = OutputFormat.parse(format);
		} catch (IllegalArgumentException e) {
			spec.commandLine().getErr().println(e.getMessage());
			return CommandLine.ExitCode.USAGE;
		}
		try {
			spec.commandLine().getOut().print(ComparisonOutput.write(output,
					ModelComparison.compare(ModelInput.read(before), ModelInput.read(after))));
			return IntdCommand.OK;
		} catch (IllegalArgumentException e) {
			// models that are not versions of one design
			spec.commandLine().getErr().println(before + " and " + after + ": " + e.getMessage());
			return IntdCommand.BAD_INPUT;
		}
	}
}
