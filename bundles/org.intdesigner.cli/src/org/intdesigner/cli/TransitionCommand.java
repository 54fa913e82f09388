package org.intdesigner.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.intdesigner.cli.api.ModelInput;
import org.intdesigner.io.OutputFormat;
import org.intdesigner.planning.transition.InvalidWavesException;
import org.intdesigner.planning.transition.TransitionExport;
import org.intdesigner.planning.transition.TransitionOutput;
import org.intdesigner.planning.transition.TransitionPlan;
import org.intdesigner.planning.transition.TransitionPlanner;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The transition plan from a baseline to its scenario: the changes typed and grouped into the scenario's waves, the
 * people holding the posts each wave changes, each wave's cost and the run rate after it, and the findings each wave
 * brings. --out writes it to a workbook (.xlsx) or CSV files. Ids a wave lists that carry no change are warnings on
 * standard error; the plan is still made.
 */
@Command(name = "transition", exitCodeOnExecutionException = 2, description = "The transition plan from BASELINE to"
		+ " SCENARIO: each change typed (new post, post closed, post moved, employer change, re-banding, line management,"
		+ " RACI change, team change) in the scenario's dated waves, the people affected, each wave's cost and the annual"
		+ " run rate after it (from the pay tables), and the validation findings each wave brings.")
final class TransitionCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "BASELINE", description = "the model before: an .intd model or a folder of CSV files")
	Path baseline;

	@Parameters(index = "1", paramLabel = "SCENARIO", description = "the scenario, with its transition waves")
	Path scenario;

	@Option(names = "--format", defaultValue = "text", description = "text, csv (the changes, one row each) or json (default text)")
	String format;

	@Option(names = "--out", paramLabel = "FILE", description = "also write the whole plan to FILE: .xlsx a workbook (sheets"
			+ " Waves, Changes, People, Findings, Posts not costed), else CSV (the changes in FILE, each other table beside it)")
	Path out;

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
		TransitionPlan plan;
		try {
			plan = TransitionPlanner.plan(ModelInput.read(baseline), ModelInput.read(scenario));
		} catch (InvalidWavesException e) {
			spec.commandLine().getErr().println(scenario + ": " + e.getMessage());
			return IntdCommand.BAD_INPUT;
		} catch (IllegalArgumentException e) {
			// models that are not versions of one design
			spec.commandLine().getErr().println(baseline + " and " + scenario + ": " + e.getMessage());
			return IntdCommand.BAD_INPUT;
		}
		spec.commandLine().getOut().print(TransitionOutput.write(output, plan));
		plan.warnings().forEach(warning -> spec.commandLine().getErr().println(scenario + ": warning: " + warning));
		if (out != null) {
			// quiet on success, as every command: standard error is for what needs acting on
			TransitionExport.write(plan, out);
		}
		return IntdCommand.OK;
	}
}
