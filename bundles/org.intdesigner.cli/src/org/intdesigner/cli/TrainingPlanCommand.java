package org.intdesigner.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.intdesigner.cli.api.ModelInput;
import org.intdesigner.development.TrainingPlan;
import org.intdesigner.development.TrainingPlanExport;
import org.intdesigner.development.TrainingPlanOutput;
import org.intdesigner.development.TrainingPlanner;
import org.intdesigner.io.OutputFormat;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The training plan of a model: the training needs analysis (for each unmet requirement, who is one level below, the
 * course, hours and cost), joint cohorts across partners, rotations and shadowing, communities of practice, and the
 * training hours per role. --out writes it to a workbook (.xlsx) or CSV files.
 */
@Command(name = "training-plan", exitCodeOnExecutionException = 2, description = "The training plan of a model: training"
		+ " needs (learners one level below, course, hours, cost), joint cohorts, rotations between partners, communities"
		+ " of practice and training hours per role.")
final class TrainingPlanCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "MODEL", description = "an .intd model or a folder of CSV files")
	Path model;

	@Option(names = "--format", defaultValue = "text", description = "text, csv (the training needs) or json (default text)")
	String format;

	@Option(names = "--out", paramLabel = "FILE", description = "also write the whole plan to FILE: .xlsx a workbook with a"
			+ " sheet per table, else CSV (the needs in FILE, each other table beside it)")
	Path out;

	@Mixin
	SkillsInputs inputs = new SkillsInputs();

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		try {
			OutputFormat output = OutputFormat.parse(format);
			TrainingPlan plan = TrainingPlanner.plan(inputs.sufficiency(ModelInput.read(model), System::getenv));
			spec.commandLine().getOut().print(TrainingPlanOutput.write(output, plan));
			if (out != null) {
				// quiet on success, as every command: standard error is for what needs acting on
				TrainingPlanExport.write(plan, out);
			}
			return IntdCommand.OK;
		} catch (IllegalArgumentException e) {
			spec.commandLine().getErr().println(e.getMessage());
			return CommandLine.ExitCode.USAGE;
		}
	}
}
