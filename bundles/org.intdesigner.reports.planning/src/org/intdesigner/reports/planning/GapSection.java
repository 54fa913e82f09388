package org.intdesigner.reports.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.intdesigner.model.Element;
import org.intdesigner.model.Role;
import org.intdesigner.model.io.Labels;
import org.intdesigner.planning.Plan;
import org.intdesigner.planning.WisnRatioBand;
import org.intdesigner.planning.wisn.WisnResult;
import org.intdesigner.reports.Cell;
import org.intdesigner.reports.MissingData;
import org.intdesigner.reports.ReportContext;
import org.intdesigner.reports.ReportSection;
import org.intdesigner.reports.ReportTable;
import org.intdesigner.reports.SectionWriter;
import org.intdesigner.reports.charts.Charts;
import org.intdesigner.workforce.metrics.SmallNumberSuppression;

/**
 * Need, supply and gap: for each neighbourhood in scope and core role, the WISN need now and the staff there to meet
 * it (RAG on the WISN ratio, as the Plan view's heat map colours it), the need over the plan's years, and the gap
 * between need and the projected supply year by year, as a table and a chart. Staff taken from the workforce store
 * are counted from people: a figure under the suppression threshold is shown as * (the FTE of a group is never more
 * than its people, so this hides every group of too few) with what is worked out from it, and left out of the chart.
 */
public final class GapSection implements ReportSection {

	@Override
	public void write(ReportContext context, SectionWriter out) throws MissingData {
		ScopedPlan scoped = ScopedPlan.of(context);
		SmallNumberSuppression suppression = context.suppression();
		List<Plan.NeedRow> now = scoped.need(0);
		if (now.isEmpty() && scoped.gaps().isEmpty()) {
			throw new MissingData("No WISN study of the model '" + context.model().getName() + "' covers "
					+ context.scope().label() + ": apply a study to its neighbourhoods (each neighbourhood) or to its teams"
					+ " to see their need." + problems(scoped.plan()));
		}
		out.paragraph("Need is the staff the workload calls for by the WHO Workload Indicators of Staffing Need (WISN), from"
				+ " the population cohorts each study counts; supply is each supply assumption's projection (central line,"
				+ " with its P10-P90 band); the gap is need minus supply, positive a shortage. Figures the model leaves empty"
				+ " come from " + scoped.plan().storeSource() + ".");
		nowTable(out, now, scoped, suppression);
		needOverYears(out, scoped);
		gapTable(out, scoped, suppression);
		scoped.plan().notes().forEach(out::paragraph);
		scoped.plan().problems().forEach(problem -> out.missing("Not computed: " + name(problem.element()) + ": "
				+ problem.message()));
	}

	private static String problems(Plan plan) {
		return plan.problems().isEmpty() ? "" : " (" + plan.problems().size() + " studies or assumptions could not be computed.)";
	}

	private static void nowTable(SectionWriter out, List<Plan.NeedRow> now, ScopedPlan scoped, SmallNumberSuppression suppression) {
		if (now.isEmpty()) {
			return;
		}
		out.heading("Need and staff now");
		ReportTable table = new ReportTable("WISN need now", "Unit", "Role", "Need", "Staff now", "Difference", "WISN ratio");
		boolean anySuppressed = false;
		Map<Role, RoleTotal> totals = new LinkedHashMap<>();
		for (Plan.NeedRow row : now) {
			WisnResult r = row.result();
			boolean fromStore = scoped.figures().fromStore(row.role(), row.unit());
			anySuppressed |= needRow(table, name(row.unit()), row.role(), r.requiredStaff(), r.currentStaff(),
					fromStore && suppression.hides(r.currentStaff()));
			totals.computeIfAbsent(row.role(), role -> new RoleTotal()).add(r.requiredStaff(), r.currentStaff(), fromStore);
		}
		// the units together: a role's few people in each neighbourhood are often enough people across them to show
		for (Map.Entry<Role, RoleTotal> total : totals.entrySet()) {
			RoleTotal sum = total.getValue();
			if (sum.units > 1) {
				anySuppressed |= needRow(table, "All " + sum.units + " units in scope", total.getKey(), sum.need, sum.staff,
						sum.fromStore && suppression.hides(sum.staff));
			}
		}
		table.note("Need and staff in FTE. Difference: staff now minus need (negative: a shortage). WISN ratio: staff now /"
				+ " need; " + WisnRatioBand.FAR_UNDER.label() + " red, " + WisnRatioBand.UNDER.label() + " amber, "
				+ WisnRatioBand.STAFFED.label() + " green." + (anySuppressed ? " * staff from fewer than "
						+ suppression.threshold() + " people, and what is worked out from them." : ""));
		out.table(table);
	}

	/** Adds a row of need and staff now; true when the staff are hidden. */
	private static boolean needRow(ReportTable table, String unit, Role role, double need, double staff, boolean hidden) {
		double difference = staff - need;
		double ratio = need == 0 || Double.isNaN(staff) ? Double.NaN : staff / need;
		table.row(unit, name(role), PlanCells.staff(need), hidden ? PlanCells.suppressed() : PlanCells.staff(staff),
				hidden ? PlanCells.suppressed() : PlanCells.staff(difference), hidden ? PlanCells.suppressed() : PlanCells.ratio(ratio));
		return hidden;
	}

	/** A role's need and staff now added up over the units in scope, and whether any staff came from the store. */
	private static final class RoleTotal {
		private double need;
		private double staff;
		private int units;
		private boolean fromStore;

		void add(double unitNeed, double unitStaff, boolean unitFromStore) {
			need += unitNeed;
			staff += unitStaff;
			units++;
			fromStore |= unitFromStore;
		}
	}

	/** Each unit and role's need now, half-way and at the horizon: how the population's growth moves it. */
	private static void needOverYears(SectionWriter out, ScopedPlan scoped) {
		int horizon = scoped.horizon();
		if (horizon == 0) {
			return;
		}
		Set<Integer> years = new LinkedHashSet<>(shownYears(horizon));
		years.remove(0);
		List<String> columns = new ArrayList<>(List.of("Unit", "Role", "Now"));
		years.forEach(year -> columns.add("In " + year + (year == 1 ? " year" : " years")));
		ReportTable table = new ReportTable("WISN need over the plan's years", columns);
		for (Plan.NeedRow row : scoped.need(0)) {
			List<Object> cells = new ArrayList<>(List.of(name(row.unit()), name(row.role()), PlanCells.staff(row.result().requiredStaff())));
			for (int year : years) {
				cells.add(scoped.need(year).stream().filter(later -> later.study() == row.study() && later.unit() == row.unit())
						.findFirst().map(later -> PlanCells.staff(later.result().requiredStaff())).orElse(Cell.text("-")));
			}
			table.row(cells.toArray());
		}
		table.note("Need in FTE as the population cohorts grow at their growth rates.");
		out.table(table);
	}

	private static void gapTable(SectionWriter out, ScopedPlan scoped, SmallNumberSuppression suppression) {
		List<Plan.GapRow> gaps = scoped.gaps();
		if (gaps.isEmpty()) {
			out.missing("No supply assumption covers the roles and units in scope: add one per core role (its FTE at the"
					+ " start, leavers, joiners and trainees) to see supply and gap.");
			return;
		}
		out.heading("Supply and gap over the plan's years");
		ReportTable table = new ReportTable("Need, supply and gap", "Role", "Unit", "Year", "Need", "Supply", "Supply P10",
				"Supply P90", "Gap");
		Map<String, Map<String, Double>> lines = new LinkedHashMap<>();
		List<String> years = new ArrayList<>();
		boolean anySuppressed = false;
		Set<Integer> shown = shownYears(scoped.horizon());
		for (Plan.GapRow gap : gaps) {
			boolean hidden = startFromFewPeople(scoped, gap.role(), gap.unit(), suppression);
			String year = gap.year() == 0 ? "now" : Integer.toString(gap.year());
			if (!years.contains(year)) {
				years.add(year);
			}
			lines.computeIfAbsent(name(gap.role()) + " in " + name(gap.unit()), line -> new LinkedHashMap<>()).put(year,
					hidden ? Double.NaN : gap.gap());
			if (!shown.contains(gap.year())) {
				continue;
			}
			anySuppressed |= hidden;
			Cell gapCell = hidden ? PlanCells.suppressed()
					: PlanCells.staff(gap.gap()).withTone(PlanCells.tone(WisnRatioBand.of(gap.supply() / gap.need())));
			table.row(name(gap.role()), name(gap.unit()), year, PlanCells.staff(gap.need()),
					hidden ? PlanCells.suppressed() : PlanCells.staff(gap.supply()),
					hidden ? PlanCells.suppressed() : PlanCells.staff(gap.supplyP10()),
					hidden ? PlanCells.suppressed() : PlanCells.staff(gap.supplyP90()), gapCell);
		}
		table.note("FTE, now, half-way and at the plan's horizon (the chart has every year). Gap: need minus supply (positive: a shortage), coloured by supply / need in the WISN ratio's bands."
				+ " Supply is planned for the unit of each supply assumption, which may be wider than the scope."
				+ (anySuppressed ? " * supply starting from fewer than " + suppression.threshold() + " people in the store." : ""));
		out.table(table);
		out.figure(Charts.lines("Gap (need - supply, FTE) by year", "FTE", years, lines, null));
	}

	/** The years the tables show: now, half-way and the horizon. */
	private static Set<Integer> shownYears(int horizon) {
		return new LinkedHashSet<>(List.of(0, horizon / 2, horizon));
	}

	/** Whether a supply assumption of the role in the unit starts from the store's FTE of too few people. */
	private static boolean startFromFewPeople(ScopedPlan scoped, Role role, Element unit, SmallNumberSuppression suppression) {
		return scoped.plan().supply().stream().anyMatch(row -> row.year() == 0 && row.role() == role && row.unit() == unit
				&& scoped.figures().fromStore(role, unit) && !row.assumption().isSetStartFte() && suppression.hides(row.central()));
	}

	static String name(Object element) {
		return element instanceof Element e ? Labels.readable(e) : "(none)";
	}
}
