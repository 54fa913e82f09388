package org.intdesigner.planning.allocation;

import java.math.BigDecimal;
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
import org.ojalgo.optimisation.integer.IntegerSolver;
import org.ojalgo.optimisation.integer.IntegerStrategy;
import org.ojalgo.type.context.NumberContext;

/**
 * One programme of the fair allocation, a mixed-integer linear programme solved by ojAlgo's branch and bound. For each
 * candidate i (a role in a neighbourhood, eligible for the budget, with shortage g_i and weight w_i), k_i = floor(2 g_i)
 * half posts each close 0.5 FTE of it and one more closes what is left, r_i = g_i - 0.5 k_i (when above 0):
 *
 * <pre>
 *   f_i   integer, 0 &lt;= f_i &lt;= k_i          half posts that each close 0.5 FTE of shortage
 *   l_i   binary (where r_i &gt; 0)                the half post that closes the last r_i
 *   m_i = 0.5 f_i + r_i l_i                      shortage met by h_i = f_i + l_i half posts
 *   sum_i c_i h_i &lt;= B                          the budget (c_i: a half post's FTE, or its cost over the dearest's)
 *   sum_{i in n} m_i &gt;= L_n                     the floor of neighbourhood n, a constant ({@link FloorRule})
 *   f_i &gt;= k_i l_i                              the last half post only after the others
 *   maximise sum_i w_i m_i
 * </pre>
 *
 * The floor rows have constant right-hand sides (a floor tied to the allocation's own total stalled the branch and
 * bound at 200 neighbourhoods x 30 roles). The last kind of row is added only where an answer breaks it, and the
 * programme solved again (a last half post before the others is never worth more, so this is rare); met is then
 * exactly min(0.5 h_i, g_i). With floors, ojAlgo rarely finds a first integer answer by itself, so it is given one
 * ({@link FloorRule#start}); as it may then call that answer optimal without improving on it, the answer is called
 * optimal only when within 0.01 % of the linear relaxation's bound. Without floors the programme is never infeasible
 * (nothing allocated meets it); with floors it is when the budget cannot meet them all.
 */
final class AllocationMilp {

	/** The state of a solve the time limit cut off before the solver gave any answer. */
	static final String TIME_LIMIT = "TIME_LIMIT";

	/**
	 * The relative gap at which the branch and bound stops and calls its answer optimal: 0.01 % of the weighted need met,
	 * far below what a half post anywhere changes, where proving the last fraction would take the search many seconds
	 * for money budgets (dear and cheap half posts that nearly tie).
	 */
	static final IntegerStrategy STRATEGY = IntegerStrategy.DEFAULT.withGapTolerance(NumberContext.of(4));

	/** How long past its own limit the solver is waited for. */
	private static final long GRACE_MILLIS = 1_000;

	/**
	 * The answer: half posts and shortage met per candidate, whether proven optimal, the solver's state, and whether the
	 * solver proved the floors cannot all be met.
	 */
	record Solution(int[] halves, double[] met, boolean optimal, String state, double weightedMet, double objective,
			boolean infeasible, double bound) {

		double fte() {
			double fte = 0;
			for (int h : halves) {
				fte += 0.5 * h;
			}
			return fte;
		}

		double totalMet() {
			double all = 0;
			for (double m : met) {
				all += m;
			}
			return all;
		}
	}

	private AllocationMilp() {
	}

	/** The best allocation meeting every neighbourhood's floor in {@code floors} (shortage to close, FTE). */
	static Solution solve(List<Candidate> candidates, Budget budget, Map<Area, Double> floors, long timeLimitMillis) {
		return solve(candidates, budget, floors, timeLimitMillis, false, null);
	}

	/**
	 * The same, with {@code start} (half posts per candidate meeting every floor within the budget) given to the branch
	 * and bound as its first incumbent: ojAlgo's search rarely finds a first answer meeting 200 floor rows by itself.
	 */
	static Solution solve(List<Candidate> candidates, Budget budget, Map<Area, Double> floors, long timeLimitMillis,
			int[] start) {
		return solve(candidates, budget, floors, timeLimitMillis, false, start);
	}

	/**
	 * The best weighted need met of the linear relaxation (posts in any fraction): a bound no allocation can beat, to
	 * say how far from optimal an answer the time limit cut short may be.
	 */
	static double relaxedBound(List<Candidate> candidates, Budget budget, Map<Area, Double> floors, long timeLimitMillis) {
		return solve(candidates, budget, floors, timeLimitMillis, true, null).objective();
	}

	/**
	 * The neighbourhoods whose floor the budget leaves unmet when it cannot meet them all: the same programme with each
	 * floor row sum_{i in n} m_i &gt;= L_n y_n switched by a binary y_n, maximising the floors met, sum_n y_n. Null when the
	 * solver does not answer in time.
	 */
	static List<Area> floorsLeftShort(List<Candidate> candidates, Budget budget, Map<Area, Double> floors,
			long timeLimitMillis) {
		Built built = build(candidates, budget, floors, false, true, Set.of());
		Optimisation.Result result = withinLimit(built.model()::maximise, timeLimitMillis);
		if (result == null || !result.getState().isFeasible()) {
			return null;
		}
		List<Area> shortOf = new ArrayList<>();
		built.switches().forEach((area, met) -> {
			if (met.getValue().doubleValue() < 0.5) {
				shortOf.add(area);
			}
		});
		return shortOf;
	}

	/**
	 * The programme, its variables f_i and l_i (null where the shortage is a whole number of half posts), and the
	 * floors' switches y_n (when floors are optional).
	 */
	private record Built(ExpressionsBasedModel model, Variable[] full, Variable[] last, Map<Area, Variable> switches) {
	}

	private static Built build(List<Candidate> candidates, Budget budget, Map<Area, Double> floors, boolean relaxed,
			boolean optionalFloors, Set<Integer> linked) {
		int n = candidates.size();
		ExpressionsBasedModel model = new ExpressionsBasedModel();
		Variable[] full = new Variable[n];
		Variable[] last = new Variable[n];
		double dearest = candidates.stream().mapToDouble(budget::halfPost).max().orElse(1);
		// the budget in units of the dearest half post, so that money and FTE rows are alike in scale
		Expression spend = model.newExpression("budget").upper(budget.amount() / dearest);
		Map<Area, Expression> floorRows = new LinkedHashMap<>();
		for (int i = 0; i < n; i++) {
			Candidate c = candidates.get(i);
			int k = halvesBeforeLast(c);
			double rest = rest(c);
			double weight = optionalFloors ? 0 : c.weight();
			Double floor = floors.get(c.neighbourhood());
			Expression floorRow = floor == null || floor <= 1e-9 ? null
					: floorRows.computeIfAbsent(c.neighbourhood(),
							area -> model.newExpression("floor " + area.getName()).lower(optionalFloors ? 0 : floor));
			full[i] = model.newVariable("f" + i).integer(!relaxed).lower(0).upper(k).weight(0.5 * weight);
			spend.set(full[i], budget.halfPost(c) / dearest);
			if (floorRow != null) {
				floorRow.set(full[i], 0.5);
			}
			if (rest > 1e-9) {
				last[i] = model.newVariable("l" + i).integer(!relaxed).lower(0).upper(1).weight(rest * weight);
				spend.set(last[i], budget.halfPost(c) / dearest);
				if (floorRow != null) {
					floorRow.set(last[i], rest);
				}
				if (linked.contains(i)) {
					model.newExpression("f" + i + " >= k l" + i).lower(0).set(full[i], 1).set(last[i], -k);
				}
			}
		}
		Map<Area, Variable> switches = new LinkedHashMap<>();
		if (optionalFloors) {
			floorRows.forEach((area, row) -> {
				Variable switched = model.newVariable("y " + area.getName()).binary().weight(1);
				row.set(switched, -floors.get(area));
				switches.put(area, switched);
			});
		}
		return new Built(model, full, last, switches);
	}

	private static Solution solve(List<Candidate> candidates, Budget budget, Map<Area, Double> floors, long timeLimitMillis,
			boolean relaxed, int[] start) {
		int n = candidates.size();
		if (n == 0) {
			return new Solution(new int[0], new double[0], true, "OPTIMAL", 0, 0, false, 0);
		}
		long deadline = System.currentTimeMillis() + timeLimitMillis;
		Set<Integer> linked = new HashSet<>();
		boolean optimal = true;
		for (int round = 1;; round++) {
			Built built = build(candidates, budget, floors, relaxed, false, linked);
			long left = deadline - System.currentTimeMillis();
			built.model().options.time_abort = Math.max(1, left);
			built.model().options.integer(STRATEGY);
			Optimisation.Result result = withinLimit(start == null ? built.model()::maximise : () -> fromStart(built, candidates,
					start), left);
			if (result == null || !result.getState().isFeasible()) {
				boolean infeasible = result != null && result.getState() == Optimisation.State.INFEASIBLE;
				return new Solution(new int[n], new double[n], false, (result == null ? TIME_LIMIT : result.getState().name())
						+ " in round " + round, 0, Double.NaN, infeasible, Double.NaN);
			}
			optimal &= result.getState().isOptimal();
			int[] h = new int[n];
			double[] m = new double[n];
			double weighted = 0;
			int before = linked.size();
			for (int i = 0; i < n; i++) {
				Candidate c = candidates.get(i);
				double f = built.full()[i].getValue().doubleValue();
				double l = built.last()[i] == null ? 0 : built.last()[i].getValue().doubleValue();
				h[i] = (int) Math.round(f + l);
				m[i] = relaxed ? 0.5 * f + rest(c) * l : Math.min(0.5 * h[i], c.shortage());
				weighted += c.weight() * m[i];
				if (!relaxed && l > 0.5 && Math.round(f) < halvesBeforeLast(c)) {
					linked.add(i);
				}
			}
			if (linked.size() == before) {
				double bound = Double.NaN;
				if (start != null) {
					// ojAlgo's branch and bound started from an incumbent may call it optimal without improving on it:
					// optimal only when the linear relaxation's bound says so
					bound = solve(candidates, budget, floors, deadline - System.currentTimeMillis(), true, null).objective();
					optimal = !Double.isNaN(bound) && bound - result.getValue() <= 1e-4 * Math.abs(bound) + 1e-9;
				}
				return new Solution(h, m, optimal, (optimal ? result.getState().name() : "FEASIBLE") + " after " + round
						+ " round" + (round > 1 ? "s" : ""), weighted, result.getValue(), false, bound);
			}
		}
	}

	/**
	 * The model maximised, or null when the solver has not answered by the time limit (and a grace period). ojAlgo
	 * checks its own time limit only between steps of its branch and bound, not while presolving or solving one large
	 * relaxation, so the solve runs on a daemon thread that is left behind (it ends with the solve) rather than wait.
	 */
	private static Optimisation.Result withinLimit(Callable<Optimisation.Result> solve, long timeLimitMillis) {
		if (timeLimitMillis <= 0) {
			return null;
		}
		ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
			Thread thread = new Thread(runnable, "Fair allocation solver");
			thread.setDaemon(true);
			return thread;
		});
		try {
			Future<Optimisation.Result> answer = executor.submit(solve);
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

	/**
	 * The model maximised by ojAlgo's branch and bound from the incumbent {@code start} (f_i the half posts before the
	 * last, l_i the last); the answer's values are set on the model's variables as maximise() does.
	 */
	private static Optimisation.Result fromStart(Built built, List<Candidate> candidates, int[] start) {
		ExpressionsBasedModel model = built.model();
		double[] values = new double[model.getVariables().size()];
		double objective = 0;
		for (int i = 0; i < candidates.size(); i++) {
			int full = Math.min(start[i], halvesBeforeLast(candidates.get(i)));
			values[built.full()[i].getIndex().index] = full;
			if (built.last()[i] != null) {
				values[built.last()[i].getIndex().index] = start[i] - full;
			}
		}
		for (Variable variable : model.getVariables()) {
			if (variable.getContributionWeight() != null) {
				objective += variable.getContributionWeight().doubleValue() * values[variable.getIndex().index];
			}
		}
		Optimisation.Result result = IntegerSolver.newSolver(model).solve(Optimisation.Result.of(objective,
				Optimisation.State.FEASIBLE, values));
		if (result.getState().isFeasible()) {
			for (Variable variable : model.getVariables()) {
				variable.setValue(BigDecimal.valueOf(result.doubleValue(variable.getIndex().index)));
			}
		}
		return result;
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

	/** The neighbourhoods of {@code candidates}, each with its candidates' indices. */
	static Map<Area, List<Integer>> byNeighbourhood(List<Candidate> candidates) {
		Map<Area, List<Integer>> by = new LinkedHashMap<>();
		for (int i = 0; i < candidates.size(); i++) {
			by.computeIfAbsent(candidates.get(i).neighbourhood(), k -> new ArrayList<>()).add(i);
		}
		return by;
	}
}
