package org.intdesigner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

import org.intdesigner.cli.api.ModelInput;
import org.intdesigner.cli.api.WorkforceStoreOptions;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.planning.Plan;
import org.intdesigner.planning.PlanOptions;
import org.intdesigner.planning.PlanProblems;
import org.intdesigner.planning.StoreFigures;
import org.intdesigner.planning.WorkforcePlan;
import org.intdesigner.planning.WorkforceStoreFigures;
import org.intdesigner.planning.allocation.AllocationInputs;
import org.intdesigner.planning.allocation.AllocationResult;
import org.intdesigner.planning.allocation.AllocationScenario;
import org.intdesigner.planning.allocation.AllocationText;
import org.intdesigner.planning.allocation.Budget;
import org.intdesigner.planning.allocation.FairAllocation;
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
 * A fair allocation of a budget to the plan's shortages, written as a scenario: where new posts go (roles in
 * neighbourhoods) to meet the most need weighted by priority, whole or half posts, ARRS roles from ARRS money only,
 * every neighbourhood closing at least the floor times its fair share (see FairAllocation). Supply figures the model leaves
 * empty come from the workforce store, as for {@code plan}.
 */
@Command(name = "allocate", exitCodeOnExecutionException = 2, description = "Propose where new posts go: allocate a"
		+ " budget (FTE or money a year) to the plan's shortages by role and neighbourhood, meeting the most need weighted"
		+ " by priority (1/priority) in whole or half posts, ARRS roles from ARRS money only, with every neighbourhood closing"
		+ " at least the floor times its fair share (the best share the budget closes without a floor, of its shortage);"
		+ " writes the proposal to OUT.intd as a scenario"
		+ " of MODEL with a transition wave \"Allocation\". OUT.intd must not exist yet.")
final class AllocateCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "MODEL", description = "an .intd model (or a folder of CSV files)")
	Path model;

	@Parameters(index = "1", paramLabel = "OUT.intd", description = "the scenario to write")
	Path out;

	@Option(names = "--budget-fte", paramLabel = "N", description = "the budget as FTE of new posts")
	Double budgetFte;

	@Option(names = "--budget-money", paramLabel = "N", description = "the budget as money a year (posts costed with"
			+ " on-costs from the model's pay table)")
	Double budgetMoney;

	@Option(names = "--arrs", description = "the budget is ARRS money: it funds ARRS roles only (without --arrs, ARRS roles"
			+ " are left out)")
	boolean arrs;

	@Option(names = "--floor", paramLabel = "F", defaultValue = "" + FairAllocation.DEFAULT_FLOOR, description = "every"
			+ " neighbourhood closes at least F x its fair share (the best share of the place's shortage the budget closes"
			+ " without a floor, times its own shortage, down to whole half posts), 0 to 1 (default 0.5)")
	double floor;

	@Option(names = "--year", paramLabel = "N", defaultValue = "0", description = "the plan year whose gaps are allocated"
			+ " (default 0: now)")
	int year;

	@Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "when the new posts start (default: the first of"
			+ " next month)")
	String from;

	@Option(names = "--name", paramLabel = "NAME", description = "the scenario's name")
	String name;

	@Mixin
	WorkforceStoreOptions store = new WorkforceStoreOptions();

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		try {
			Budget budget = budget();
			FairAllocation.checkFloor(floor);
			if (year < 0) {
				throw new IllegalArgumentException("--year " + year + ": give the plan year whose gaps to allocate, 0 (now) or later.");
			}
			LocalDate start = start();
			if (!out.getFileName().toString().endsWith("." + ModelFiles.EXTENSION)) {
				throw new IllegalArgumentException(out + ": the allocation is written as a scenario; give a file ending in .intd.");
			}
			if (Files.exists(out)) {
				spec.commandLine().getErr().println(out + " exists already: choose a new file for the allocation's scenario"
						+ " (nothing was written).");
				return IntdCommand.BAD_INPUT;
			}
			ModelInput.Opened opened = ModelInput.open(model);
			IntdModel baseline = opened.model();
			Plan plan = plan(baseline);
			spec.commandLine().getErr().print(PlanProblems.lines(plan.problems(), PlanningPlaces.of(opened)));
			AllocationInputs inputs = AllocationInputs.of(baseline, plan, year);
			AllocationResult result = FairAllocation.allocate(inputs.candidates(), budget, floor);
			spec.commandLine().getOut().print(AllocationText.write(result, inputs.notes()));
			if (result.isEmpty()) {
				spec.commandLine().getErr().println("Nothing was allocated, so no scenario was written: see above for the"
						+ " constraint that binds.");
				return IntdCommand.BAD_INPUT;
			}
			String scenarioName = name != null ? name : (baseline.getName() == null ? "Model" : baseline.getName())
					+ " (allocation of " + budget.describe() + ")";
			IntdModel scenario = AllocationScenario.make(baseline, model, out, scenarioName, result, inputs, start);
			ModelFiles.saveNew(scenario, out);
			long posts = scenario.getTransitionWaves().get(scenario.getTransitionWaves().size() - 1).getElementIds().size();
			spec.commandLine().getOut().println("\n" + out + ": " + scenarioName + ", a scenario of " + model + " with " + posts
					+ " new vacant posts in the wave \"" + AllocationScenario.WAVE_NAME + "\" from " + start + " (compare them"
					+ " with ./intd diff " + model + " " + out + ")");
			return IntdCommand.OK;
		} catch (IllegalArgumentException e) {
			// a usage mistake: no budget or two, a budget or floor out of range, a date that is none
			spec.commandLine().getErr().println(e.getMessage());
			return CommandLine.ExitCode.USAGE;
		}
	}

	private Budget budget() {
		if ((budgetFte == null) == (budgetMoney == null)) {
			throw new IllegalArgumentException("Give one budget: --budget-fte N (FTE of new posts) or --budget-money N"
					+ " (money a year).");
		}
		return budgetFte != null ? new Budget(Budget.Kind.FTE, budgetFte, arrs) : new Budget(Budget.Kind.MONEY, budgetMoney, arrs);
	}

	private LocalDate start() {
		if (from == null) {
			return AllocationScenario.defaultStart(LocalDate.now());
		}
		try {
			return LocalDate.parse(from);
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException("--from " + from + " is no date: give YYYY-MM-DD, for example 2026-04-01.");
		}
	}

	private Plan plan(IntdModel baseline) throws Exception {
		PlanOptions options = PlanOptions.DEFAULT.withYears(year);
		StoreLocation location = store.locationIfAny(System::getenv);
		if (location == null) {
			return WorkforcePlan.compute(baseline, StoreFigures.NONE, options);
		}
		try (WorkforceStore workforce = WorkforceStore.openExisting(location)) {
			StoreFigures figures = workforce.read(connection -> WorkforceStoreFigures.read(connection, baseline, location.describe()));
			return WorkforcePlan.compute(baseline, figures, options);
		}
	}
}
