package org.intdesigner.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.intdesigner.cli.api.ModelInput;
import org.intdesigner.planning.ElementPlaces;
import org.intdesigner.planning.Plan;
import org.intdesigner.planning.PlanFormat;
import org.intdesigner.planning.PlanProblems;
import org.intdesigner.planning.StoreFigures;
import org.intdesigner.planning.WisnOutput;
import org.intdesigner.planning.WorkforcePlan;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The WISN figures of every study of a model (each of its units): available working time, standard workloads,
 * allowances, required staff, WISN difference and ratio. A study with a problem is named, with its file and row
 * when the model is a folder of CSV files, and nothing is computed from it; the others are.
 */
@Command(name = "wisn", exitCodeOnExecutionException = 2, description = "Compute the staffing need of every WISN study of a model (WHO Workload Indicators"
		+ " of Staffing Need): required staff, WISN difference and ratio, with the figures behind them.")
final class WisnCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "MODEL", description = "an .intd model or a folder of CSV files")
	Path model;

	@Option(names = "--format", defaultValue = "text", description = "text, csv or json (default text)")
	String format;

	@Option(names = "--year", paramLabel = "N", defaultValue = "0", description = "the need N years from now, as the"
			+ " population grows (default 0: now)")
	int year;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		try {
			PlanFormat output = PlanFormat.parse(format);
			if (year < 0 || year > 15) {
				throw new IllegalArgumentException("--year is 0 (now) to 15, not " + year + ".");
			}
			ModelInput.Opened opened = ModelInput.open(model);
			List<Plan.Problem> problems = new ArrayList<>();
			// the staff now come from the model's posts here; `plan` takes them from the workforce store
			List<Plan.NeedRow> rows = WorkforcePlan.need(opened.model(), StoreFigures.NONE, year, problems).stream()
					.filter(row -> row.year() == year).toList();
			ElementPlaces places = PlanningPlaces.of(opened);
			spec.commandLine().getOut().print(WisnOutput.write(output, rows, problems, places));
			if (output != PlanFormat.JSON) {
				spec.commandLine().getErr().print(PlanProblems.lines(problems, places));
			}
			// 1: something was not computed (named on standard error); 2 (an exception): the input could not be read
			return problems.isEmpty() ? IntdCommand.OK : IntdCommand.BAD_INPUT;
		} catch (IllegalArgumentException e) {
			// a usage mistake (--format pdf, --years 40)
			spec.commandLine().getErr().println(e.getMessage());
			return CommandLine.ExitCode.USAGE;
		}
	}
}
