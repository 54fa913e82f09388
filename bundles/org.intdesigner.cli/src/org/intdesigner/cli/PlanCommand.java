package org.intdesigner.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.intdesigner.cli.api.ModelInput;
import org.intdesigner.cli.api.WorkforceStoreOptions;
import org.intdesigner.planning.ElementPlaces;
import org.intdesigner.planning.Plan;
import org.intdesigner.planning.PlanFormat;
import org.intdesigner.planning.PlanOptions;
import org.intdesigner.planning.PlanOutput;
import org.intdesigner.planning.PlanProblems;
import org.intdesigner.planning.StoreFigures;
import org.intdesigner.planning.WorkforcePlan;
import org.intdesigner.planning.WorkforceStoreFigures;
import org.intdesigner.planning.supply.SupplySimulation;
import org.intdesigner.workforce.store.StoreLocation;
import org.intdesigner.workforce.store.WorkforceStore;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The workforce plan of a model: need (WISN) and supply (stock and flow, with P10-P90 bands) per role, unit and
 * year, and the gap, largest first by the priority of the needs behind it. Figures the model leaves empty (the FTE
 * at the start, the leaver rate, observed sick leave) come from the workforce store: the one named by --db or
 * --server, else the default one when there is one.
 */
@Command(name = "plan", exitCodeOnExecutionException = 2, description = "Plan the workforce of a model: need (WISN), supply (stock and flow with P10-P90"
		+ " bands) and gap per role, unit and year, with figures the model leaves empty taken from the workforce store.")
final class PlanCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "MODEL", description = "an .intd model or a folder of CSV files")
	Path model;

	@Option(names = "--years", paramLabel = "N", description = "the plan's horizon, 0 to 15 years (default: the longest of"
			+ " the supply assumptions', else 10)")
	Integer years;

	@Option(names = "--runs", paramLabel = "N", defaultValue = "" + SupplySimulation.DEFAULT_RUNS,
			description = "simulation runs for the bands (default 1000)")
	int runs;

	@Option(names = "--seed", paramLabel = "N", defaultValue = "" + SupplySimulation.DEFAULT_SEED,
			description = "the simulation's seed: the same seed gives the same bands (default 15)")
	long seed;

	@Option(names = "--format", defaultValue = "text", description = "text, csv or json (default text)")
	String format;

	@Mixin
	WorkforceStoreOptions store = new WorkforceStoreOptions();

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		try {
			PlanFormat output = PlanFormat.parse(format);
			ModelInput.Opened opened = ModelInput.open(model);
			PlanOptions options = new PlanOptions(years != null ? years : WorkforcePlan.defaultHorizon(opened.model()), runs, seed);
			Plan plan;
			StoreLocation location = store.locationIfAny(System::getenv);
			if (location == null) {
				plan = WorkforcePlan.compute(opened.model(), StoreFigures.NONE, options);
			} else {
				try (WorkforceStore workforce = WorkforceStore.openExisting(location)) {
					StoreFigures figures = workforce.read(connection -> WorkforceStoreFigures.read(connection, opened.model(),
							location.describe()));
					plan = WorkforcePlan.compute(opened.model(), figures, options);
				}
			}
			ElementPlaces places = PlanningPlaces.of(opened);
			spec.commandLine().getOut().print(PlanOutput.write(output, plan, places));
			if (output != PlanFormat.JSON) {
				spec.commandLine().getErr().print(PlanProblems.lines(plan.problems(), places));
			}
			// 1: something was not computed (named on standard error); 2 (an exception): the input could not be read
			return plan.problems().isEmpty() ? IntdCommand.OK : IntdCommand.BAD_INPUT;
		} catch (IllegalArgumentException e) {
			// a usage mistake (--format pdf, --years 40)
			spec.commandLine().getErr().println(e.getMessage());
			return CommandLine.ExitCode.USAGE;
		}
	}
}
