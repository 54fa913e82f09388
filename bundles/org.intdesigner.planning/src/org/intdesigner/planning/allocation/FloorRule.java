package org.intdesigner.planning.allocation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.intdesigner.model.Area;

/**
 * The floor rule, in two solves. First the best allocation without a floor: it closes M* of the place's eligible
 * shortage G, the best share A = M* / G the budget can close. Then each neighbourhood n with shortage G_n gets the
 * floor L_n = F x A x G_n (F the --floor), its fair share of what the budget can close, rounded down to a whole number
 * of half posts' worth (0.5 FTE), so a neighbourhood whose fair share is under half a post has no floor; and the
 * programme is solved again with sum_{i in n} m_i &gt;= L_n for every n. The right-hand sides are constants, which the
 * branch and bound handles quickly where a floor tied to the allocation's own total does not.
 */
final class FloorRule {

	/**
	 * The answer without a floor, the floors it sets and the answer under them (the same as the first when there are
	 * none; infeasible when the budget cannot meet them all), and the eligible shortage G.
	 */
	record Planned(AllocationMilp.Solution free, Map<Area, Double> floors, AllocationMilp.Solution fair, double shortage) {
	}

	private FloorRule() {
	}

	static Planned plan(List<Candidate> candidates, Budget budget, double floor, long timeLimitMillis) {
		long deadline = System.currentTimeMillis() + timeLimitMillis;
		AllocationMilp.Solution free = AllocationMilp.solve(candidates, budget, Map.of(), timeLimitMillis);
		Map<Area, Double> floors = floors(candidates, free.totalMet(), floor);
		double shortage = candidates.stream().mapToDouble(Candidate::shortage).sum();
		if (floors.isEmpty()) {
			return new Planned(free, floors, free, shortage);
		}
		AllocationMilp.Solution fair = AllocationMilp.solve(candidates, budget, floors, deadline - System.currentTimeMillis());
		return new Planned(free, floors, fair, shortage);
	}

	/** L_n for each neighbourhood with a floor of at least half a post, given M* met without a floor. */
	static Map<Area, Double> floors(List<Candidate> candidates, double metWithoutFloor, double floor) {
		double all = candidates.stream().mapToDouble(Candidate::shortage).sum();
		Map<Area, Double> floors = new LinkedHashMap<>();
		if (floor <= 0 || all <= 0) {
			return floors;
		}
		double best = metWithoutFloor / all;
		AllocationMilp.byNeighbourhood(candidates).forEach((area, indices) -> {
			double own = indices.stream().mapToDouble(i -> candidates.get(i).shortage()).sum();
			double fair = 0.5 * Math.floor(2 * floor * best * own + 1e-9);
			if (fair > 0) {
				floors.put(area, fair);
			}
		});
		return floors;
	}
}
