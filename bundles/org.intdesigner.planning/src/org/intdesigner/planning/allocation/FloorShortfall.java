package org.intdesigner.planning.allocation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.intdesigner.model.Area;

/**
 * Says why the floor cannot be met when the budget cannot close every neighbourhood's floor at once (for instance where
 * a neighbourhood's only eligible roles are dear): which neighbourhoods the most floors that can be met leave short, and
 * what lower floors would allocate, halving down to 0.05, and no floor.
 */
final class FloorShortfall {

	private FloorShortfall() {
	}

	static String explain(List<Candidate> eligible, Budget budget, double floor, FloorRule.Planned planned,
			long timeLimitMillis) {
		StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "The floor cannot be met: no allocation within %s"
				+ " closes in every neighbourhood %s of its fair share (the best share closed without a floor, %s, of its"
				+ " shortage, down to whole half posts), so nothing is allocated.", budget.describe(), Bindings.percent(floor),
				Bindings.percentOne(bestShare(planned))));
		List<Area> leftShort = AllocationMilp.floorsLeftShort(eligible, budget, planned.floors(), timeLimitMillis);
		if (leftShort != null && !leftShort.isEmpty()) {
			text.append(" Meeting as many floors as it can, the budget leaves short: ");
			text.append(String.join(", ", leftShort.stream().map(area -> String.format(Locale.ROOT, "%s (floor %s FTE)",
					area.getName(), Budget.number(planned.floors().get(area)))).toList())).append('.');
		}
		AllocationMilp.Solution free = planned.free();
		for (double lower = floor / 2; lower >= 0.05; lower /= 2) {
			Map<Area, Double> floors = FloorRule.floors(eligible, free.totalMet(), lower);
			AllocationMilp.Solution at = floors.isEmpty() ? free
					: AllocationMilp.solve(eligible, budget, floors, timeLimitMillis);
			if (!at.infeasible() && at.fte() > 0) {
				return text.append(String.format(Locale.ROOT, " At --floor %.2f, %s FTE would be allocated (weighted need met"
						+ " %.2f); without a floor, %s FTE (%.2f).", lower, Budget.number(at.fte()), at.weightedMet(),
						Budget.number(free.fte()), free.weightedMet())).toString();
			}
		}
		return text.append(String.format(Locale.ROOT, " Without a floor (--floor 0), %s FTE would be allocated (weighted need"
				+ " met %.2f).", Budget.number(free.fte()), free.weightedMet())).toString();
	}

	/** The share of the eligible shortage the best allocation without a floor closes. */
	static double bestShare(FloorRule.Planned planned) {
		return planned.shortage() > 0 ? planned.free().totalMet() / planned.shortage() : 0;
	}
}
