package org.intdesigner.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.intdesigner.cli.api.ModelInput;
import org.intdesigner.development.SkillCut;
import org.intdesigner.development.SkillsOutput;
import org.intdesigner.development.SufficiencyReport;
import org.intdesigner.io.OutputFormat;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Skill sufficiency of a model's teams: each requirement (a team's own, its needs', its roles') checked against the
 * people in post there and their assessed skills in the workforce store, or, without assessments, the posts as
 * designed; grouped by team, neighbourhood, place, organisation or role, with single points of failure and lapsing
 * training, and the generalist capabilities on their own.
 */
@Command(name = "skills", exitCodeOnExecutionException = 2, description = "Skill sufficiency of a model's teams:"
		+ " requirements met by people in post (assessed skills from the workforce store, else posts as designed),"
		+ " single points of failure and lapsing training, by team, neighbourhood, place, organisation or role.")
final class SkillsCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "MODEL", description = "an .intd model or a folder of CSV files")
	Path model;

	@Option(names = "--by", defaultValue = "team", description = "team, neighbourhood, place, organisation or role (default team)")
	String by;

	@Option(names = "--format", defaultValue = "text", description = "text, csv or json (default text)")
	String format;

	@Mixin
	SkillsInputs inputs = new SkillsInputs();

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		try {
			OutputFormat output = OutputFormat.parse(format);
			SkillCut cut = SkillCut.parse(by);
			SufficiencyReport report = inputs.sufficiency(ModelInput.read(model), System::getenv);
			spec.commandLine().getOut().print(SkillsOutput.write(output, report, cut));
			return IntdCommand.OK;
		} catch (IllegalArgumentException e) {
			spec.commandLine().getErr().println(e.getMessage());
			return CommandLine.ExitCode.USAGE;
		}
	}
}
