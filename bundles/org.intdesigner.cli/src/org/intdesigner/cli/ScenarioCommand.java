package org.intdesigner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.intdesigner.cli.api.ModelInput;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.compare.Scenarios;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Scenarios of a model: {@code scenario new MODEL OUT.intd} makes a to-be version that keeps the baseline's ids. */
@Command(name = "scenario", description = "Scenarios: to-be versions of a model that keep the ids of what they do not"
		+ " change, to compare with ./intd diff.", subcommands = ScenarioCommand.New.class)
final class ScenarioCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getErr());
		return CommandLine.ExitCode.USAGE;
	}

	@Command(name = "new", exitCodeOnExecutionException = 2, mixinStandardHelpOptions = true,
			versionProvider = IntdCommand.ProductVersion.class, description = "Make a scenario of MODEL in OUT.intd: a copy"
			+ " that keeps every id and names MODEL as its baseline. OUT.intd must not exist yet.")
	static final class New implements Callable<Integer> {

		@Parameters(index = "0", paramLabel = "MODEL", description = "the baseline: an .intd model")
		Path model;

		@Parameters(index = "1", paramLabel = "OUT.intd", description = "the scenario's file")
		Path out;

		@Option(names = "--name", paramLabel = "NAME", description = "the scenario's name (default: the baseline's name and"
				+ " \"(scenario)\")")
		String name;

		@Spec
		CommandSpec spec;

		@Override
		public Integer call() throws Exception {
			if (!out.getFileName().toString().endsWith("." + ModelFiles.EXTENSION)) {
				spec.commandLine().getErr().println(out + ": a scenario is a model; give a file ending in .intd.");
				return CommandLine.ExitCode.USAGE;
			}
			if (Files.exists(out)) {
				spec.commandLine().getErr().println(out + " exists already: choose a new file for the scenario (nothing"
						+ " was written).");
				return IntdCommand.BAD_INPUT;
			}
			IntdModel baseline = ModelInput.read(model);
			IntdModel scenario = Scenarios.newScenario(baseline, name != null ? name : Scenarios.defaultName(baseline), model,
					out);
			ModelFiles.saveNew(scenario, out);
			spec.commandLine().getOut().println(out + ": " + scenario.getName() + ", a scenario of " + model
					+ " (compare them with ./intd diff " + model + " " + out + ")");
			return IntdCommand.OK;
		}
	}
}
