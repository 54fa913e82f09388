package org.intdesigner.planning.allocation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.intdesigner.model.Area;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The fair allocation as a mixed-integer linear programme, solved by ojAlgo's branch and bound. For each candidate i
 * (a role in a neighbourhood, eligible for the budget, with shortage g_i and weight w_i), k_i = floor(2 g_i) half posts
 * each close 0.5 FTE of it and one more closes what is left, r_i = g_i - 0.5 k_i (when above 0):
 *
 * <pre>
 *   f_i   integer, 0 &lt;= f_i &lt;= k_i          half posts that each close 0.5 FTE of shortage
 *   l_i   binary (where r_i &gt; 0)                the half post that closes the last r_i
 *   m_i = 0.5 f_i + r_i l_i                      shortage met by h_i = f_i + l_i half posts
 *   M   = sum_i m_i                               all shortage met
 *   sum_i c_i h_i &lt;= B                          the budget (c_i: a half post's FTE, or its cost over the dearest's)
 *   sum_{i in n} m_i &gt;= F (G_n / G) M           the floor, for every neighbourhood n: its share closed m_n / G_n is
 *                                                at least F times the average share M / G
 *   f_i &gt;= k_i l_i                              the last half post only after the others
 *   maximise sum_i w_i m_i
 * </pre>
 *
 * G is the shortage of every candidate, G_n that of neighbourhood n. The last two kinds of rows are added only where
 * an answer without them breaks them, and the programme solved again (constraint generation: exact, and it keeps the
 * programme small enough for the solver at 200 neighbourhoods x 30 roles, where most neighbourhoods are above the
 * floor anyway and a last half post before the others is never worth more). Met is then exactly min(0.5 h_i, g_i), so
 * the floor holds for what the posts really close. Nothing allocated is always feasible, so the programme is never
 * infeasible; an empty answer is explained by {@link Bindings}.
 */
final class AllocationMilp {

	/** The state of a solve the time limit cut off before the solver gave any answer. */
	static final String TIME_LIMIT = "TIME_LIMIT";

	/** How long past its own limit the solver is waited for. */
	private static final long GRACE_MILLIS = 1_000;

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
		long deadline = System.currentTimeMillis() + timeLimitMillis;
		Set<Area> floored = new HashSet<>();
		Set<Integer> linked = new HashSet<>();
		if (relaxed && floor > 0) {
			candidates.forEach(c -> floored.add(c.neighbourhood()));
		}
		boolean optimal = true;
		for (int round = 1;; round++) {
			Built built = build(candidates, budget, floor, relaxed, floored, linked);
			long left = deadline - System.currentTimeMillis();
			built.model().options.time_abort = Math.max(1, left);
			Optimisation.Result result = left <= 0 ? null : withinLimit(built.model(), left);
			if (result == null || !result.getState().isFeasible()) {
				return new Solution(new int[n], new double[n], false, (result == null ? TIME_LIMIT : result.getState().name())
						+ " in round " + round + " (" + floored.size() + " floor rows)", 0, Double.NaN);
			}
			optimal &= result.getState().isOptimal();
			int[] h = new int[n];
			double[] m = new double[n];
			double weighted = 0;
			for (int i = 0; i < n; i++) {
				double full = built.full()[i].getValue().doubleValue();
				double last = built.last()[i] == null ? 0 : built.last()[i].getValue().doubleValue();
				h[i] = (int) Math.round(full + last);
				m[i] = Math.min(0.5 * h[i], candidates.get(i).shortage());
				weighted += candidates.get(i).weight() * m[i];
				if (!relaxed && last > 0.5 && Math.round(full) < halvesBeforeLast(candidates.get(i))) {
					linked.add(i);
				}
			}
			int before = floored.size() + linked.size();
			if (floor > 0 && !relaxed) {
				floored.addAll(belowFloor(candidates, m, floor));
			}
			if (relaxed || floored.size() + linked.size() == before) {
				return new Solution(h, m, optimal, result.getState().name() + " after " + round + " round" + (round > 1 ? "s" : "")
						+ " (" + floored.size() + " floor rows)", weighted, result.getValue());
			}
		}
	}

	/** The programme and its variables: f_i and l_i (null where the shortage is a whole number of half posts). */
	private record Built(ExpressionsBasedModel model, Variable[] full, Variable[] last) {
	}

	private static Built build(List<Candidate> candidates, Budget budget, double floor, boolean relaxed, Set<Area> floored,
			Set<Integer> linked) {
		int n = candidates.size();
		ExpressionsBasedModel model = new ExpressionsBasedModel();
		double dearest = candidates.stream().mapToDouble(budget::halfPost).max().orElse(1);
		Variable[] full = new Variable[n];
		Variable[] last = new Variable[n];
		Variable total = model.newVariable("M").lower(0);
		Expression sum = model.newExpression("M = sum m").level(0).set(total, -1);
		// the budget in units of the dearest half post, so that money and FTE rows are alike in scale
		Expression spend = model.newExpression("budget").upper(budget.amount() / dearest);
		for (int i = 0; i < n; i++) {
			Candidate c = candidates.get(i);
			int k = halvesBeforeLast(c);
			double rest = rest(c);
			full[i] = model.newVariable("f" + i).integer(!relaxed).lower(0).upper(k).weight(0.5 * c.weight());
			sum.set(full[i], 0.5);
			spend.set(full[i], budget.halfPost(c) / dearest);
			if (rest > 1e-9) {
				last[i] = model.newVariable("l" + i).integer(!relaxed).lower(0).upper(1).weight(rest * c.weight());
				sum.set(last[i], rest);
				spend.set(last[i], budget.halfPost(c) / dearest);
				if (linked.contains(i)) {
					model.newExpression("f" + i + " >= k l" + i).lower(0).set(full[i], 1).set(last[i], -k);
				}
			}
		}
		if (floor > 0 && !floored.isEmpty()) {
			addFloor(model, candidates, full, last, total, floor, floored);
		}
		return new Built(model, full, last);
	}

	/** The neighbourhoods whose share closed with met {@code m} is below {@code floor} x the average share. */
	private static Set<Area> belowFloor(List<Candidate> candidates, double[] m, double floor) {
		Map<Area, double[]> byNeighbourhood = new LinkedHashMap<>();
		double all = 0;
		double met = 0;
		for (int i = 0; i < candidates.size(); i++) {
			double[] figures = byNeighbourhood.computeIfAbsent(candidates.get(i).neighbourhood(), k -> new double[2]);
			figures[0] += candidates.get(i).shortage();
			figures[1] += m[i];
			all += candidates.get(i).shortage();
			met += m[i];
		}
		double average = met / all;
		Set<Area> below = new HashSet<>();
		byNeighbourhood.forEach((area, figures) -> {
			if (figures[1] / figures[0] < floor * average - 1e-9) {
				below.add(area);
			}
		});
		return below;
	}

	/**
	 * The model maximised, or null when the solver has not answered by the time limit (and a grace period). ojAlgo
	 * checks its own time limit only between steps of its branch and bound, not while presolving or solving one large
	 * relaxation, so the solve runs on a daemon thread that is left behind (it ends with the solve) rather than wait.
	 */
	private static Optimisation.Result withinLimit(ExpressionsBasedModel model, long timeLimitMillis) {
		ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
			Thread thread = new Thread(runnable, "Fair allocation solver");
			thread.setDaemon(true);
			return thread;
		});
		try {
			Future<Optimisation.Result> answer = executor.submit((Callable<Optimisation.Result>) model::maximise);
			return answer.get(timeLimitMillis + GRACE_MILLIS, TimeUnit.MILLISECONDS);
		} catch (TimeoutException e) {
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		} catch (ExecutionException e) {
			throw new IllegalStateException("The solver failed: " + e.getCause(), e.getCause());
		} finally {
			executor.shutdownNow();
		}
	}

	/** The half posts that each close a whole 0.5 FTE of a candidate's shortage. */
	static int halvesBeforeLast(Candidate c) {
		return (int) Math.floor(2 * c.shortage() + 1e-9);
	}

	/** What is left of the shortage after those (FTE): below 0.5; a last half post closes it. */
	private static double rest(Candidate c) {
		double rest = c.shortage() - 0.5 * halvesBeforeLast(c);
		return rest > 1e-9 ? rest : 0;
	}

	/** The half posts that close a candidate's whole shortage. */
	static int cap(Candidate c) {
		return halvesBeforeLast(c) + (rest(c) > 0 ? 1 : 0);
	}

	private static void addFloor(ExpressionsBasedModel model, List<Candidate> candidates, Variable[] full, Variable[] last,
			Variable total, double floor, Set<Area> floored) {
		Map<Area, List<Integer>> byNeighbourhood = new LinkedHashMap<>();
		double all = 0;
		for (int i = 0; i < candidates.size(); i++) {
			if (floored.contains(candidates.get(i).neighbourhood())) {
				byNeighbourhood.computeIfAbsent(candidates.get(i).neighbourhood(), k -> new ArrayList<>()).add(i);
			}
			all += candidates.get(i).shortage();
		}
		for (Map.Entry<Area, List<Integer>> entry : byNeighbourhood.entrySet()) {
			double own = entry.getValue().stream().mapToDouble(i -> candidates.get(i).shortage()).sum();
			Expression row = model.newExpression("floor " + entry.getKey().getName()).lower(0).set(total, -floor * own / all);
			for (int i : entry.getValue()) {
				row.set(full[i], 0.5);
				if (last[i] != null) {
					row.set(last[i], rest(candidates.get(i)));
				}
			}
		}
	}
}
