package org.intdesigner.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.intdesigner.model.Element;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Role;
import org.intdesigner.model.SupplyAssumption;
import org.intdesigner.model.WisnStudy;
import org.intdesigner.planning.supply.SupplyBands;
import org.intdesigner.planning.supply.SupplyChecks;
import org.intdesigner.planning.supply.SupplyInput;
import org.intdesigner.planning.supply.SupplyProjection;
import org.intdesigner.planning.supply.SupplySimulation;
import org.intdesigner.planning.wisn.InvalidStudyException;
import org.intdesigner.planning.wisn.Wisn;
import org.intdesigner.planning.wisn.WisnInput;
import org.intdesigner.planning.wisn.WisnResult;

/**
 * Makes the plan of a model: need (WISN) per study, unit and year; supply per assumption and year; gap per role,
 * unit and year where an assumption's unit has need of its role (the need of the units within it added up).
 */
public final class WorkforcePlan {

	private WorkforcePlan() {
	}

	public static Plan compute(IntdModel model, StoreFigures store, PlanOptions options) {
		List<Plan.Problem> problems = new ArrayList<>();
		List<Plan.NeedRow> need = need(model, store, options.years(), problems);
		List<String> notes = new ArrayList<>();
		notes.addAll(otherLeaveNotes(model, store));
		List<Plan.SupplyRow> supply = supply(model, store, options, problems, notes);
		List<Plan.GapRow> gaps = gaps(need, supply);
		return new Plan(need, supply, gaps, problems, store.source(), notes);
	}

	/** One note per role of a study whose other leave (E) includes hours a plug-in knows of. */
	static List<String> otherLeaveNotes(IntdModel model, StoreFigures store) {
		List<String> notes = new ArrayList<>();
		Set<Role> roles = new LinkedHashSet<>();
		model.getWisnStudies().forEach(study -> roles.add(study.getRole()));
		for (Role role : roles) {
			double hours = store.otherLeaveHours(role);
			if (hours > 0) {
				notes.add(String.format(Locale.ROOT, "Other leave (E) of %s includes %.1f hours a year per FTE of %s.",
						role.getName(), hours, store.otherLeaveLabel()));
			}
		}
		return notes;
	}

	/** The need of every study in every unit, now and in each year up to {@code years}. */
	public static List<Plan.NeedRow> need(IntdModel model, StoreFigures store, int years, List<Plan.Problem> problems) {
		StudyInputs inputs = new StudyInputs(model, store);
		List<Plan.NeedRow> rows = new ArrayList<>();
		for (WisnStudy study : model.getWisnStudies()) {
			List<String> wrong = StudyInputs.referenceProblems(study);
			if (!wrong.isEmpty()) {
				problems.add(new Plan.Problem(study, String.join("; ", wrong)));
				continue;
			}
			try {
				for (Element unit : StudyInputs.unitsOf(study)) {
					int priority = StudyInputs.priority(study, unit);
					for (int year = 0; year <= years; year++) {
						WisnInput input = inputs.of(study, unit, year);
						WisnResult result = Wisn.compute(input);
						rows.add(new Plan.NeedRow(study, study.getRole(), unit, year, result, priority));
					}
				}
			} catch (InvalidStudyException e) {
				// nothing computed from a study with a problem: drop what its first units gave
				rows.removeIf(row -> row.study() == study);
				problems.add(new Plan.Problem(study, String.join("; ", e.problems())));
			}
		}
		return rows;
	}

	/**
	 * The supply of every assumption, year by year, with its band. Assumptions are projected in parallel (each
	 * simulation is seeded on its own, so the figures do not depend on the order); rows, problems and notes come
	 * back in the model's order.
	 */
	public static List<Plan.SupplyRow> supply(IntdModel model, StoreFigures store, PlanOptions options, List<Plan.Problem> problems,
			List<String> notes) {
		SupplyInputs inputs = new SupplyInputs(store);
		List<SupplyAssumption> assumptions = List.copyOf(model.getSupplyAssumptions());
		List<Projected> projected = assumptions.parallelStream().map(assumption -> project(assumption, inputs, options)).toList();
		List<Plan.SupplyRow> rows = new ArrayList<>();
		for (Projected one : projected) {
			if (one.problem() != null) {
				problems.add(one.problem());
			}
			notes.addAll(one.notes());
			rows.addAll(one.rows());
		}
		return rows;
	}

	/** One assumption's rows, or the problem that kept it from being projected, and the figures it took from the store. */
	private record Projected(List<Plan.SupplyRow> rows, Plan.Problem problem, List<String> notes) {
	}

	private static Projected project(SupplyAssumption assumption, SupplyInputs inputs, PlanOptions options) {
		List<String> wrong = new ArrayList<>(SupplyInputs.referenceProblems(assumption));
		SupplyInput input = null;
		if (wrong.isEmpty()) {
			input = inputs.of(assumption);
			wrong.addAll(SupplyChecks.problems(input));
		}
		if (!wrong.isEmpty()) {
			return new Projected(List.of(), new Plan.Problem(assumption, String.join("; ", wrong)), List.of());
		}
		List<String> notes = inputs.fromStore(assumption, input);
		// no further than the plan's horizon: a gap needs both
		input = input.withYears(Math.min(input.years(), options.years()));
		double[] central = SupplyProjection.central(input);
		SupplyBands bands = input.uncertain() ? SupplySimulation.bands(input, options.runs(), options.seed())
				: new SupplyBands(central, central, central);
		List<Plan.SupplyRow> rows = new ArrayList<>(central.length);
		for (int year = 0; year < central.length; year++) {
			rows.add(new Plan.SupplyRow(assumption, assumption.getRole(), assumption.getUnit(), year, central[year],
					bands.p10()[year], bands.p50()[year], bands.p90()[year]));
		}
		return new Projected(rows, null, notes);
	}

	/** The horizon a plan of the model runs to by default: its supply assumptions' longest, else 10 years. */
	public static int defaultHorizon(IntdModel model) {
		return model.getSupplyAssumptions().stream().mapToInt(SupplyAssumption::getYears)
				.filter(years -> years >= 1 && years <= SupplyInput.MAX_YEARS).max().orElse(PlanOptions.DEFAULT.years());
	}

	/** Need minus supply where both are known: per assumption and year, the need of its role in its unit and within it. */
	static List<Plan.GapRow> gaps(List<Plan.NeedRow> need, List<Plan.SupplyRow> supply) {
		// by role and year: each supply row looks only at the need of its role in its year (London: 92,000 x 200,
		// not x 66,000)
		Map<List<Object>, List<Plan.NeedRow>> needByRoleAndYear = new HashMap<>();
		for (Plan.NeedRow needRow : need) {
			needByRoleAndYear.computeIfAbsent(List.of(needRow.role(), needRow.year()), k -> new ArrayList<>()).add(needRow);
		}
		List<Plan.GapRow> gaps = new ArrayList<>();
		for (Plan.SupplyRow row : supply) {
			double required = 0;
			int priority = Integer.MAX_VALUE;
			boolean any = false;
			for (Plan.NeedRow needRow : needByRoleAndYear.getOrDefault(List.of(row.role(), row.year()), List.of())) {
				if (inUnit(needRow.unit(), row.unit())) {
					required += needRow.result().requiredStaff();
					priority = Math.min(priority, needRow.priority());
					any = true;
				}
			}
			if (any) {
				gaps.add(new Plan.GapRow(row.role(), row.unit(), row.year(), required, row.central(), row.p10(), row.p90(),
						required - row.central(), priority));
			}
		}
		return gaps;
	}

	/** Whether need of a unit counts towards the supply of another: within it, or a team hosted by the organisation. */
	public static boolean inUnit(Element needUnit, Element supplyUnit) {
		return supplyUnit instanceof org.intdesigner.model.Organisation ? needUnit instanceof org.intdesigner.model.Team team
				&& team.getHost() == supplyUnit : Units.within(needUnit, supplyUnit);
	}

	/**
	 * The gaps of a year, most urgent first: by the priority of the population needs behind them (1 first), then
	 * the largest shortage; surpluses come last, largest first.
	 */
	public static List<Plan.GapRow> ranked(Plan plan, int year) {
		return plan.gaps().stream().filter(gap -> gap.year() == year)
				.sorted(Comparator.comparing((Plan.GapRow gap) -> gap.gap() <= 0)
						.thenComparingInt(gap -> gap.gap() > 0 ? gap.priority() : 0)
						.thenComparing(gap -> -Math.abs(gap.gap())))
				.toList();
	}
}
