package org.intdesigner.planning.allocation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.intdesigner.model.Area;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The fair allocation as a mixed-integer linear programme, solved by ojAlgo's branch and bound. For each candidate i
 * (a role in a neighbourhood, eligible for the budget, with shortage g_i, weight w_i and k_i = ceil(2 g_i) half posts
 * to close it all):
 *
 * <pre>
 *   h_i   integer, 0 &lt;= h_i &lt;= k_i           half posts (0.5 FTE each) of the role placed there
 *   z_i   binary, k_i z_i &lt;= h_i               1 only when every half post is placed (only where r_i &gt; 0)
 *   m_i = 0.5 h_i - r_i z_i                     shortage met, exactly min(0.5 h_i, g_i): r_i = 0.5 k_i - g_i is what
 *                                               the last half post leaves unused, and 0.5 h_i - r_i z_i &lt;= g_i
 *                                               forces z_i = 1 when h_i = k_i
 *   M   = sum_i m_i                               all shortage met
 *   sum_i c_i h_i &lt;= B                          the budget (c_i: a half post's FTE or cost)
 *   G sum_{i in n} m_i &gt;= F G_n M   for every n  the floor: neighbourhood n's share closed m_n / G_n is at
 *                                                least F times the average share M / G
 *   maximise sum_i w_i m_i - epsilon sum_i (c_i / max c) h_i
 * </pre>
 *
 * G is the shortage of every candidate, G_n that of neighbourhood n. Met is exact (not merely bounded), so the floor
 * holds for what the posts really close. The tiny epsilon term only breaks ties: of two allocations meeting the same
 * weighted need, the one spending less. Nothing allocated is always feasible, so the programme is never infeasible;
 * an empty answer is explained by {@link Bindings}.
 */
final class AllocationMilp {

	/** Ties between allocations of the same weighted need met go to the cheaper: far below one half post's worth. */
	private static final double EPSILON = 1e-5;

	/** The answer: half posts and shortage met per candidate, whether proven optimal, and the solver's state. */
	record Solution(int[] halves, double[] met, boolean optimal, String state, double weightedMet, double objective) {
	}

	private AllocationMilp() {
	}

	static Solution solve(List<Candidate> candidates, Budget budget, double floor, long timeLimitMillis) {
		return solve(candidates, budget, floor, timeLimitMillis, false);
	}

	/**
	 * The best weighted need met of the linear relaxation (posts in any fraction): a bound no allocation can beat, to
	 * say how far from optimal an answer the time limit cut short may be.
	 */
	static double relaxedBound(List<Candidate> candidates, Budget budget, double floor, long timeLimitMillis) {
		return solve(candidates, budget, floor, timeLimitMillis, true).objective();
	}

	private static Solution solve(List<Candidate> candidates, Budget budget, double floor, long timeLimitMillis, boolean relaxed) {
		int n = candidates.size();
		if (n == 0) {
			return new Solution(new int[0], new double[0], true, "OPTIMAL", 0, 0);
		}
		ExpressionsBasedModel model = new ExpressionsBasedModel();
		model.options.time_abort = timeLimitMillis;
		double maxCost = candidates.stream().mapToDouble(budget::halfPost).max().orElse(1);
		List<Variable> halves = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			Candidate c = candidates.get(i);
			halves.add(model.newVariable("h" + i).integer(!relaxed).lower(0).upper(cap(c))
					.weight(0.5 * c.weight() - EPSILON * budget.halfPost(c) / maxCost));
		}
		Variable[] full = new Variable[n];
		for (int i = 0; i < n; i++) {
			Candidate c = candidates.get(i);
			double unused = unused(c);
			if (unused > 1e-9) {
				full[i] = model.newVariable("z" + i).integer(!relaxed).lower(0).upper(1).weight(-unused * c.weight());
				model.newExpression("h" + i + " >= k z" + i).lower(0).set(halves.get(i), 1).set(full[i], -cap(c));
				model.newExpression("m" + i + " <= g" + i).upper(c.shortage()).set(halves.get(i), 0.5).set(full[i], -unused);
			}
		}
		Variable total = model.newVariable("M").lower(0);
		Expression sum = model.newExpression("M = sum m").level(0).set(total, -1);
		Expression spend = model.newExpression("budget").upper(budget.amount());
		for (int i = 0; i < n; i++) {
			addMet(sum, candidates.get(i), halves.get(i), full[i], 1);
			spend.set(halves.get(i), budget.halfPost(candidates.get(i)));
		}
		if (floor > 0) {
			addFloor(model, candidates, halves, full, total, floor);
		}
		Optimisation.Result result = model.maximise();
		int[] h = new int[n];
		double[] m = new double[n];
		double weighted = 0;
		boolean usable = result.getState().isFeasible();
		for (int i = 0; i < n && usable; i++) {
			h[i] = (int) Math.round(result.doubleValue(i));
			m[i] = Math.min(0.5 * h[i], candidates.get(i).shortage());
			weighted += candidates.get(i).weight() * m[i];
		}
		return new Solution(h, m, result.getState().isOptimal(), result.getState().name(), weighted, result.getValue());
	}

	/** The half posts that close a candidate's whole shortage. */
	static int cap(Candidate c) {
		return (int) Math.ceil(2 * c.shortage() - 1e-9);
	}

	/** What the last of those half posts leaves unused (FTE): below 0.5. */
	private static double unused(Candidate c) {
		return 0.5 * cap(c) - c.shortage();
	}

	/** Adds {@code factor} x the candidate's met (0.5 h - r z) to {@code row}, accumulating on variables already set. */
	private static void addMet(Expression row, Candidate c, Variable halves, Variable full, double factor) {
		row.add(halves, 0.5 * factor);
		if (full != null) {
			row.add(full, -unused(c) * factor);
		}
	}

	private static void addFloor(ExpressionsBasedModel model, List<Candidate> candidates, List<Variable> halves,
			Variable[] full, Variable total, double floor) {
		Map<Area, List<Integer>> byNeighbourhood = new LinkedHashMap<>();
		double all = 0;
		for (int i = 0; i < candidates.size(); i++) {
			byNeighbourhood.computeIfAbsent(candidates.get(i).neighbourhood(), k -> new ArrayList<>()).add(i);
			all += candidates.get(i).shortage();
		}
		for (Map.Entry<Area, List<Integer>> entry : byNeighbourhood.entrySet()) {
			double own = entry.getValue().stream().mapToDouble(i -> candidates.get(i).shortage()).sum();
			Expression row = model.newExpression("floor " + entry.getKey().getName()).lower(0).set(total, -floor * own);
			for (int i : entry.getValue()) {
				addMet(row, candidates.get(i), halves.get(i), full[i], all);
			}
		}
	}
}
