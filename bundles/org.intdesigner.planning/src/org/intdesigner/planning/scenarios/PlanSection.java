package org.intdesigner.planning.scenarios;

import java.util.ArrayList;
import java.util.List;

import org.intdesigner.model.Element;
import org.intdesigner.planning.Plan;
import org.intdesigner.planning.PlanOptions;
import org.intdesigner.planning.StoreFigures;
import org.intdesigner.planning.WorkforcePlan;
import org.intdesigner.planning.scenarios.SideBySide.Unit;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Need, supply and gap by role, now and at the end of the plan's horizon, from each model's workforce plan
 * ({@link WorkforcePlan#compute}) with one horizon and seed for all, so the columns differ only by the models. Need
 * and supply are added up over the role's units; the gap over the units where both are known (as the plan does).
 * A figure a model does not give (no study or supply assumption of the role) is unknown, not 0. The notes say which
 * model had no store to take figures from and what its plan could not compute.
 */
final class PlanSection {

	static final String TITLE = "Need, supply and gap by role";

	private PlanSection() {
	}

	static String need(int year) {
		return "need" + when(year);
	}

	static String supply(int year) {
		return "supply" + when(year);
	}

	static String gap(int year) {
		return "gap" + when(year);
	}

	private static String when(int year) {
		return year == 0 ? " now" : " in " + year + (year == 1 ? " year" : " years");
	}

	/** The horizon all columns are planned to: the first model's own (its supply assumptions' longest, else 10). */
	static int horizon(List<SideBySideModel> models) {
		return WorkforcePlan.defaultHorizon(models.get(0).model());
	}

	static SideBySide.Section of(List<SideBySideModel> models, SubMonitor monitor) {
		int horizon = horizon(models);
		PlanOptions options = PlanOptions.DEFAULT.withYears(horizon);
		List<Integer> years = horizon == 0 ? List.of(0) : List.of(0, horizon);
		Tally tally = new Tally(models.size());
		List<String> notes = new ArrayList<>();
		monitor.setWorkRemaining(models.size());
		for (int i = 0; i < models.size(); i++) {
			SideBySideModel column = models.get(i);
			if (column.store() == StoreFigures.NONE) {
				notes.add(column.name() + ": no workforce store, so supply starts only from the figures its supply"
						+ " assumptions give (an assumption without them is not projected).");
			}
			Plan plan = WorkforcePlan.compute(column.model(), column.store(), options);
			for (int year : years) {
				for (Plan.NeedRow row : plan.need()) {
					if (row.year() == year) {
						tally.add(i, RowLabels.keyOf(row.role()), RowLabels.of(row.role()), need(year), Unit.FTE,
								row.result().requiredStaff());
					}
				}
				for (Plan.SupplyRow row : plan.supply()) {
					if (row.year() == year) {
						tally.add(i, RowLabels.keyOf(row.role()), RowLabels.of(row.role()), supply(year), Unit.FTE, row.central());
					}
				}
				for (Plan.GapRow row : plan.gaps()) {
					if (row.year() == year) {
						tally.add(i, RowLabels.keyOf(row.role()), RowLabels.of(row.role()), gap(year), Unit.FTE, row.gap());
					}
				}
			}
			for (Plan.Problem problem : plan.problems()) {
				String what = problem.element() instanceof Element element ? RowLabels.of(element) : "the plan";
				notes.add(column.name() + ": " + what + " not computed: " + problem.message());
			}
			monitor.split(1);
		}
		// a model without a study or an assumption of the role does not know its need or supply: n/a, not 0
		List<SideBySide.Row> rows = new ArrayList<>(tally.rowsUnknownWhereNotGiven());
		if (rows.isEmpty()) {
			notes.add(0, "No model has WISN studies or supply assumptions: there is no need or supply to compare.");
		}
		// each role's figures together, in the order need, supply, gap, now before later
		List<String> order = new ArrayList<>();
		for (int year : years) {
			order.addAll(List.of(need(year), supply(year), gap(year)));
		}
		List<Object> roles = new ArrayList<>();
		rows.forEach(row -> {
			if (!roles.contains(row.label())) {
				roles.add(row.label());
			}
		});
		rows.sort(java.util.Comparator.comparing((SideBySide.Row row) -> roles.indexOf(row.label()))
				.thenComparing(row -> order.indexOf(row.measure())));
		return new SideBySide.Section(TITLE, "Role", rows, notes);
	}
}
