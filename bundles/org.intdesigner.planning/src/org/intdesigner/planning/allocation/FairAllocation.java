package org.intdesigner.planning.allocation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.intdesigner.model.Area;
import org.intdesigner.model.Role;

/**
 * Proposes where new posts go: the allocation of a budget to the shortages of roles in neighbourhoods that meets the
 * most shortage weighted by priority ({@link Candidate#weight()}), in whole or half posts, each funded only by a budget
 * it is eligible for (ARRS roles from ARRS money only), subject to the floor: every neighbourhood closes at least
 * {@code floor} times its fair share, the best share of the place's shortage the budget can close (found first without
 * a floor) times its own shortage, in whole half posts ({@link FloorRule}). Solved exactly as mixed-integer programmes
 * ({@link AllocationMilp}).
 */
public final class FairAllocation {

	/**
	 * The default floor, 0.5: every neighbourhood with a shortage gets at least half its fair share of what the budget
	 * can close.
	 * Half keeps any neighbourhood from being left far behind while leaving most of the budget to go where the most
	 * urgent needs are; a floor near 1 would share out equally whatever the priorities, and with half posts and a small
	 * budget could force nothing to be allocated at all.
	 */
	public static final double DEFAULT_FLOOR = 0.5;

	/** How long the solver may search before it gives its best answer so far with its optimality gap. */
	public static final long DEFAULT_TIME_LIMIT_MILLIS = 10_000;

	private FairAllocation() {
	}

	public static AllocationResult allocate(List<Candidate> candidates, Budget budget, double floor) {
		return allocate(candidates, budget, floor, DEFAULT_TIME_LIMIT_MILLIS);
	}

	public static AllocationResult allocate(List<Candidate> candidates, Budget budget, double floor, long timeLimitMillis) {
		checkFloor(floor);
		List<Candidate> eligible = eligible(candidates, budget);
		FloorRule.Planned planned = FloorRule.plan(eligible, budget, floor, timeLimitMillis);
		AllocationMilp.Solution solution = planned.fair();
		List<AllocationResult.Line> lines = new ArrayList<>();
		double spent = 0;
		for (int i = 0; i < eligible.size(); i++) {
			if (solution.halves()[i] > 0) {
				lines.add(new AllocationResult.Line(eligible.get(i), solution.halves()[i]));
				spent += solution.halves()[i] * budget.halfPost(eligible.get(i));
			}
		}
		List<AllocationResult.Fairness> fairness = fairness(eligible, lines, planned.floors());
		double shortage = fairness.stream().mapToDouble(AllocationResult.Fairness::shortage).sum();
		double met = fairness.stream().mapToDouble(AllocationResult.Fairness::met).sum();
		double gap = 0;
		if (!solution.optimal() && !eligible.isEmpty()) {
			// how far from the best possible: against the linear relaxation's bound (NaN when that is not found in time)
			double bound = Double.isNaN(solution.bound())
					? AllocationMilp.relaxedBound(eligible, budget, planned.floors(), timeLimitMillis) : solution.bound();
			gap = Double.isNaN(solution.objective()) || Double.isNaN(bound) ? Double.NaN
					: bound > 0 ? Math.max(0, (bound - solution.objective()) / bound) : 0;
		}
		List<String> bindings = Bindings.explain(candidates, eligible, budget, floor, planned, spent, timeLimitMillis);
		return new AllocationResult(budget, floor, FloorShortfall.bestShare(planned), lines, fairness, shortage > 0 ? met / shortage : 0, spent, solution.optimal(),
				gap, bindings, notEligible(candidates, budget));
	}

	/** Refuses a floor outside 0 to 1 with a message saying what to give. */
	public static void checkFloor(double floor) {
		if (!(floor >= 0 && floor <= 1)) {
			throw new IllegalArgumentException("The floor is " + floor + ": give a fraction of each neighbourhood's fair share"
					+ " from 0 (no floor) to 1 (every neighbourhood closes at least the best share the budget can close).");
		}
	}

	/** The candidates with a shortage the budget may fund. */
	static List<Candidate> eligible(List<Candidate> candidates, Budget budget) {
		return candidates.stream().filter(c -> c.shortage() > 1e-9 && budget.funds(c)).toList();
	}

	private static List<AllocationResult.Fairness> fairness(List<Candidate> eligible, List<AllocationResult.Line> lines,
			Map<Area, Double> floors) {
		Map<Area, double[]> byNeighbourhood = new LinkedHashMap<>();
		eligible.forEach(c -> byNeighbourhood.computeIfAbsent(c.neighbourhood(), k -> new double[2])[0] += c.shortage());
		lines.forEach(line -> byNeighbourhood.get(line.candidate().neighbourhood())[1] += line.met());
		List<AllocationResult.Fairness> fairness = new ArrayList<>();
		byNeighbourhood.forEach((area, figures) -> fairness.add(new AllocationResult.Fairness(area, figures[0], figures[1],
				floors.getOrDefault(area, 0.0))));
		return fairness;
	}

	/** Why roles with a shortage are left out: the other kind of money, or no cost for a money budget. */
	private static List<String> notEligible(List<Candidate> candidates, Budget budget) {
		Set<Role> otherMoney = new LinkedHashSet<>();
		Map<Role, String> noCost = new LinkedHashMap<>();
		for (Candidate c : candidates) {
			if (!(c.shortage() > 1e-9)) {
				continue;
			}
			if (c.role().isArrs() != budget.arrs()) {
				otherMoney.add(c.role());
			} else if (budget.kind() == Budget.Kind.MONEY && !c.costable()) {
				noCost.putIfAbsent(c.role(), c.whyNoCost());
			}
		}
		List<String> notes = new ArrayList<>();
		if (!otherMoney.isEmpty()) {
			notes.add((budget.arrs() ? "Not ARRS roles, so not funded from ARRS money: "
					: "ARRS roles, funded only from ARRS money (--arrs): ") + names(otherMoney) + ".");
		}
		noCost.forEach((role, why) -> notes.add(role.getName() + " is not eligible for a money budget: no post of it can be"
				+ " costed (" + why + ")."));
		return notes;
	}

	static String names(Set<Role> roles) {
		return String.join(", ", roles.stream().map(Role::getName).toList());
	}
}
