package org.intdesigner.planning.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.intdesigner.model.Role;

/**
 * Says in words which constraint bound an allocation: no eligible role short of staff, a budget that cannot buy one
 * half post (naming the cheapest), the floor (what it costs in weighted need met, or, when it cannot be met, which
 * neighbourhoods it leaves short and what a lower floor allows: {@link FloorShortfall}) or the budget (what was spent
 * and what is left).
 */
final class Bindings {

	private Bindings() {
	}

	static List<String> explain(List<Candidate> candidates, List<Candidate> eligible, Budget budget, double floor,
			FloorRule.Planned planned, double spent, long timeLimitMillis) {
		List<String> lines = new ArrayList<>();
		if (eligible.isEmpty()) {
			lines.add(noEligibleShortage(candidates, budget));
			return lines;
		}
		Candidate cheapest = eligible.stream().min(Comparator.comparingDouble(budget::halfPost)).orElseThrow();
		if (budget.halfPost(cheapest) > budget.amount() + 1e-9) {
			lines.add(budget.kind() == Budget.Kind.FTE
					? "The budget of " + budget.describe() + " cannot cover one post: the smallest is a half post (0.5 FTE)."
					: "The budget of " + budget.describe() + " cannot cover one post: the cheapest eligible is a half post of "
							+ cheapest.label() + " at " + budget.amountOf(budget.halfPost(cheapest)) + " a year (0.5 FTE of "
							+ budget.amountOf(cheapest.costPerFte()) + ").");
			return lines;
		}
		AllocationMilp.Solution solution = planned.fair();
		if (solution.infeasible()) {
			lines.add(FloorShortfall.explain(eligible, budget, floor, planned, timeLimitMillis));
			return lines;
		}
		AllocationMilp.Solution free = planned.free();
		if (!solution.optimal() && solution.fte() == 0) {
			lines.add("The solver found no allocation within its time limit (" + timeLimitMillis / 1000.0 + " s; state "
					+ solution.state() + "): the programme is too large for it; allocate to fewer neighbourhoods or roles at"
					+ " a time.");
			if (free != solution && free.fte() > 0) {
				lines.add(String.format(Locale.ROOT, "Without the floor (--floor 0) it allocates %s FTE (weighted need met"
						+ " %.2f%s); the floor's rows are what it cannot solve in time.", Budget.number(free.fte()),
						free.weightedMet(), free.optimal() ? ", proven optimal" : ""));
			}
			return lines;
		}
		if (floor > 0) {
			lines.add(floor(floor, planned));
		}
		lines.add(budget(eligible, budget, solution, spent));
		if (!solution.optimal() && solution.state().startsWith("FEASIBLE")) {
			lines.add("The solver's answer meets every floor but is not proven optimal: its weighted need met is below the"
					+ " bound of the programme with posts in any fraction by the gap shown.");
		} else if (!solution.optimal()) {
			lines.add("The solver stopped at its time limit (" + timeLimitMillis / 1000.0 + " s) in state " + solution.state()
					+ ": the allocation is the best found, not proven optimal.");
		}
		return lines;
	}

	private static String noEligibleShortage(List<Candidate> candidates, Budget budget) {
		List<Candidate> short_ = candidates.stream().filter(c -> c.shortage() > 1e-9).toList();
		if (short_.isEmpty()) {
			return "No role has a shortage in any neighbourhood: there is nothing to allocate.";
		}
		Set<Role> roles = new LinkedHashSet<>();
		short_.forEach(c -> roles.add(c.role()));
		boolean rightMoney = short_.stream().anyMatch(c -> c.role().isArrs() == budget.arrs());
		if (!rightMoney) {
			return budget.arrs()
					? "No eligible role has a shortage: ARRS money funds ARRS roles only, and none of the roles short of staff ("
							+ FairAllocation.names(roles) + ") is an ARRS role."
					: "No eligible role has a shortage: every role short of staff (" + FairAllocation.names(roles)
							+ ") is an ARRS role, funded only from ARRS money: give an ARRS budget (--arrs).";
		}
		return "No eligible role has a shortage: none of the roles short of staff can be costed for a money budget (see"
				+ " below); give an FTE budget or complete the pay table.";
	}

	private static String floor(double floor, FloorRule.Planned planned) {
		AllocationMilp.Solution free = planned.free();
		AllocationMilp.Solution fair = planned.fair();
		if (planned.floors().isEmpty()) {
			return String.format(Locale.ROOT, "The floor (%.2f) does not bind: no neighbourhood's fair share of what the budget"
					+ " can close reaches half a post.", floor);
		}
		if (free.weightedMet() > fair.weightedMet() + 1e-6) {
			return String.format(Locale.ROOT, "The floor binds: at %.2f it lowers the weighted need met from %.2f (no floor, %s"
					+ " FTE) to %.2f (%s FTE), to close in each neighbourhood at least %s of its fair share (the best share"
					+ " closed without a floor, %s, of its shortage, down to whole half posts).", floor, free.weightedMet(),
					Budget.number(free.fte()), fair.weightedMet(), Budget.number(fair.fte()), percent(floor),
					percentOne(FloorShortfall.bestShare(planned)));
		}
		return String.format(Locale.ROOT, "The floor (%.2f) does not bind: the best allocation without it already closes every"
				+ " neighbourhood's floor.", floor);
	}

	private static String budget(List<Candidate> eligible, Budget budget, AllocationMilp.Solution solution, double spent) {
		double left = budget.amount() - spent;
		double cheapestOpen = Double.POSITIVE_INFINITY;
		for (int i = 0; i < eligible.size(); i++) {
			if (solution.halves()[i] < AllocationMilp.cap(eligible.get(i))) {
				cheapestOpen = Math.min(cheapestOpen, budget.halfPost(eligible.get(i)));
			}
		}
		String spentText = budget.amountOf(spent) + " spent of " + budget.describe();
		if (cheapestOpen == Double.POSITIVE_INFINITY) {
			return "Every eligible shortage is closed: " + spentText + ", " + budget.amountOf(left) + " left.";
		}
		if (left + 1e-9 < cheapestOpen) {
			return "The budget binds: " + spentText + "; what is left (" + budget.amountOf(left)
					+ ") cannot buy another half post where shortage remains.";
		}
		return spentText + "; " + budget.amountOf(left) + " left would buy more posts, but not without breaking the floor.";
	}

	static String percent(double fraction) {
		return String.format(Locale.ROOT, "%.0f %%", fraction * 100);
	}

	static String percentOne(double fraction) {
		return String.format(Locale.ROOT, "%.1f %%", fraction * 100);
	}
}
