package org.intdesigner.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.intdesigner.model.Element;
import org.intdesigner.model.Role;

/**
 * A plan as one table of role, unit and year: need, supply (with its band) and gap where both are known; the need
 * of units no supply assumption covers (supply unknown) and the supply of assumptions without need (need unknown)
 * follow, so that nothing computed is left out.
 */
public final class PlanTable {

	/** One line; an unknown figure is NaN. */
	public record Row(Role role, Element unit, int year, double need, double supply, double supplyP10, double supplyP90,
			double gap, int priority) {
	}

	private PlanTable() {
	}

	public static List<Row> of(Plan plan) {
		List<Row> rows = new ArrayList<>();
		Set<Plan.NeedRow> covered = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		for (Plan.GapRow gap : plan.gaps()) {
			rows.add(new Row(gap.role(), gap.unit(), gap.year(), gap.need(), gap.supply(), gap.supplyP10(), gap.supplyP90(),
					gap.gap(), gap.priority()));
		}
		Map<List<Object>, List<Plan.GapRow>> gapsByRoleAndYear = new HashMap<>();
		for (Plan.GapRow gap : plan.gaps()) {
			gapsByRoleAndYear.computeIfAbsent(List.of(gap.role(), gap.year()), k -> new ArrayList<>()).add(gap);
		}
		for (Plan.NeedRow need : plan.need()) {
			for (Plan.GapRow gap : gapsByRoleAndYear.getOrDefault(List.of(need.role(), need.year()), List.of())) {
				if (WorkforcePlan.inUnit(need.unit(), gap.unit())) {
					covered.add(need);
					break;
				}
			}
		}
		Map<List<Object>, double[]> uncovered = new LinkedHashMap<>();
		Map<List<Object>, Plan.NeedRow> first = new LinkedHashMap<>();
		for (Plan.NeedRow need : plan.need()) {
			if (!covered.contains(need)) {
				List<Object> key = List.of(need.role(), need.unit(), need.year());
				uncovered.computeIfAbsent(key, k -> new double[1])[0] += need.result().requiredStaff();
				first.putIfAbsent(key, need);
			}
		}
		uncovered.forEach((key, need) -> {
			Plan.NeedRow row = first.get(key);
			rows.add(new Row(row.role(), row.unit(), row.year(), need[0], Double.NaN, Double.NaN, Double.NaN, Double.NaN,
					row.priority()));
		});
		Set<List<Object>> withGap = new java.util.HashSet<>();
		plan.gaps().forEach(gap -> withGap.add(List.of(gap.role(), gap.unit(), gap.year())));
		for (Plan.SupplyRow supply : plan.supply()) {
			if (!withGap.contains(List.of(supply.role(), supply.unit(), supply.year()))) {
				rows.add(new Row(supply.role(), supply.unit(), supply.year(), Double.NaN, supply.central(), supply.p10(),
						supply.p90(), Double.NaN, Integer.MAX_VALUE));
			}
		}
		return rows;
	}
}
