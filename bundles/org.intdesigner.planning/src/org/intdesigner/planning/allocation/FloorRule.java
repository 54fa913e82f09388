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
		// without a floor at most half the time, to leave the other half for the programme with floors
		AllocationMilp.Solution free = AllocationMilp.solve(candidates, budget, Map.of(), floor > 0 ? timeLimitMillis / 2
				: timeLimitMillis);
		Map<Area, Double> floors = floors(candidates, free.totalMet(), floor);
		double shortage = candidates.stream().mapToDouble(Candidate::shortage).sum();
		if (floors.isEmpty()) {
			return new Planned(free, floors, free, shortage);
		}
		AllocationMilp.Solution fair = AllocationMilp.solve(candidates, budget, floors, deadline - System.currentTimeMillis(),
				start(candidates, budget, floors, free.halves()));
		return new Planned(free, floors, fair, shortage);
	}

	/**
	 * A first answer meeting every floor for the branch and bound to start from (not the answer: the solver improves on
	 * it and proves the best): the answer without a floor, with half posts added where a neighbourhood is below its floor
	 * (most urgent roles first) and then taken away, least urgent first, where the neighbourhood stays at its floor,
	 * until within the budget. Null when that does not give one.
	 */
	static int[] start(List<Candidate> candidates, Budget budget, Map<Area, Double> floors, int[] free) {
		int[] h = free.clone();
		Map<Area, Double> met = new LinkedHashMap<>();
		double spent = 0;
		for (int i = 0; i < h.length; i++) {
			met.merge(candidates.get(i).neighbourhood(), closes(candidates.get(i), h[i]), Double::sum);
			spent += h[i] * budget.halfPost(candidates.get(i));
		}
		List<Integer> urgentFirst = java.util.stream.IntStream.range(0, h.length).boxed()
				.sorted((a, b) -> Double.compare(candidates.get(b).weight(), candidates.get(a).weight())).toList();
		for (int i : urgentFirst) {
			Candidate c = candidates.get(i);
			double floor = floors.getOrDefault(c.neighbourhood(), 0.0);
			while (met.get(c.neighbourhood()) < floor - 1e-9 && h[i] < AllocationMilp.cap(c)) {
				met.merge(c.neighbourhood(), closes(c, h[i] + 1) - closes(c, h[i]), Double::sum);
				h[i]++;
				spent += budget.halfPost(c);
			}
		}
		for (int j = urgentFirst.size() - 1; j >= 0 && spent > budget.amount() + 1e-9; j--) {
			int i = urgentFirst.get(j);
			Candidate c = candidates.get(i);
			double floor = floors.getOrDefault(c.neighbourhood(), 0.0);
			while (h[i] > 0 && spent > budget.amount() + 1e-9
					&& met.get(c.neighbourhood()) - (closes(c, h[i]) - closes(c, h[i] - 1)) >= floor - 1e-9) {
				met.merge(c.neighbourhood(), closes(c, h[i] - 1) - closes(c, h[i]), Double::sum);
				h[i]--;
				spent -= budget.halfPost(c);
			}
		}
		boolean floorsMet = floors.entrySet().stream().allMatch(e -> met.getOrDefault(e.getKey(), 0.0) >= e.getValue() - 1e-9);
		return floorsMet && spent <= budget.amount() + 1e-9 ? h : null;
	}

	private static double closes(Candidate c, int halves) {
		return Math.min(0.5 * halves, c.shortage());
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
