package org.intdesigner.planning.allocation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.intdesigner.model.Area;
import org.intdesigner.model.AreaKind;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a test: a fair allocation over 200 neighbourhoods x 30 roles (run by ./intd bench-planning; target under 2 s).
 * Shortages of 0 to 6 FTE drawn with a fixed seed (a fifth of the pairs not short), priorities 1 to 4, every third role
 * ARRS, costs £28,000 to £75,000 a year. Two budgets: FTE of other money (a quarter of the eligible shortage) and money
 * of ARRS money (a quarter of the ARRS shortage's cost); each at the default floor 0.5 and without a floor, and at 50
 * neighbourhoods with the floor. Each time is FairAllocation.allocate: the programme solved without the floor, then
 * (with a floor) again with each neighbourhood's floor set from that first answer. Median of the rounds after
 * a warm-up. Writes target/benchmarks/allocation.md. SMALL (20 x 10) with intd.bench.scale=SMALL, fewer rounds with
 * intd.bench.runs.
 */
@Tag("benchmark")
class AllocationScaleBenchmark {

	private static final boolean SMALL = "SMALL".equals(System.getProperty("intd.bench.scale", "LONDON"));
	private static final int NEIGHBOURHOODS = SMALL ? 20 : 200;
	/** A size between, to show where the solver still answers with the floor. */
	private static final int FEWER = SMALL ? 10 : 50;
	private static final int ROLES = SMALL ? 10 : 30;
	private static final int ROUNDS = Integer.getInteger("intd.bench.runs", 3);

	@Test
	void allocatingOverTwoHundredNeighbourhoodsAndThirtyRoles() throws IOException {
		StringBuilder figures = new StringBuilder();
		measure(candidates(NEIGHBOURHOODS), NEIGHBOURHOODS, FairAllocation.DEFAULT_FLOOR, figures);
		measure(candidates(NEIGHBOURHOODS), NEIGHBOURHOODS, 0, figures);
		measure(candidates(FEWER), FEWER, FairAllocation.DEFAULT_FLOOR, figures);
		Path out = Paths.get("target", "benchmarks");
		Files.createDirectories(out);
		Files.writeString(out.resolve("allocation.md"), figures);
	}

	private static void measure(List<Candidate> candidates, int neighbourhoods, double floor, StringBuilder figures) {
		double otherShortage = candidates.stream().filter(c -> !c.role().isArrs()).mapToDouble(Candidate::shortage).sum();
		double arrsCost = candidates.stream().filter(c -> c.role().isArrs()).mapToDouble(c -> c.shortage() * c.costPerFte()).sum();
		Budget fte = new Budget(Budget.Kind.FTE, Math.rint(otherShortage / 4), false);
		Budget money = new Budget(Budget.Kind.MONEY, Math.rint(arrsCost / 4), true);
		for (Budget budget : List.of(fte, money)) {
			AllocationResult result = FairAllocation.allocate(candidates, budget, floor); // warm-up
			double[] times = new double[ROUNDS];
			for (int round = 0; round < ROUNDS; round++) {
				long start = System.nanoTime();
				result = FairAllocation.allocate(candidates, budget, floor);
				times[round] = (System.nanoTime() - start) / 1e6;
			}
			double least = result.fairness().stream().filter(f -> f.shortage() > 0).mapToDouble(AllocationResult.Fairness::share)
					.min().orElse(0);
			String line = String.format(Locale.ROOT, "- %d neighbourhoods x %d roles, %s, floor %.1f: %,.0f ms (median of %d; target under"
					+ " 2,000 ms), %s FTE in %d lines, weighted need met %.1f, average share closed %.1f %%, least %.1f %%, %d"
					+ " floors, %s.%n",
					neighbourhoods, ROLES, budget.describe().replace("£", "GBP "), floor, median(times), ROUNDS, Budget.number(result.fte()),
					result.lines().size(), result.weightedMet(), result.averageShare() * 100, least * 100,
					result.fairness().stream().filter(f -> f.floor() > 0).count(),
					result.optimal() ? "proven optimal" : String.format(Locale.ROOT, "not proven optimal (gap at most %.2f %%)",
							result.optimalityGap() * 100));
			System.out.print(line + "  " + result.bindings() + "\n");
			figures.append(line);
			for (AllocationResult.Fairness f : result.fairness()) {
				assertTrue(f.met() >= f.floor() - 1e-6, f.neighbourhood().getName() + " closes its floor");
			}
			assertTrue(floor == 0 || result.fairness().stream().anyMatch(f -> f.floor() > 0), "the floor sets floors");
			if (result.isEmpty()) {
				figures.append("  nothing allocated: ").append(String.join(" ", result.bindings())).append('\n');
			}
		}
	}

	private static List<Candidate> candidates(int count) {
		SplittableRandom random = new SplittableRandom(19);
		List<Role> roles = new ArrayList<>();
		double[] costs = new double[ROLES];
		for (int r = 0; r < ROLES; r++) {
			Role role = IntdFactory.eINSTANCE.createRole();
			role.setName("Role " + r);
			role.setArrs(r % 3 == 0);
			roles.add(role);
			costs[r] = 28_000 + 1_000 * random.nextInt(48);
		}
		List<Candidate> candidates = new ArrayList<>();
		for (int n = 0; n < count; n++) {
			Area area = IntdFactory.eINSTANCE.createArea();
			area.setName("Neighbourhood " + n);
			area.setKind(AreaKind.NEIGHBOURHOOD);
			for (int r = 0; r < ROLES; r++) {
				double shortage = random.nextInt(5) == 0 ? 0 : Math.round(random.nextDouble(0.1, 6) * 100) / 100.0;
				candidates.add(new Candidate(area, roles.get(r), shortage, 1 + random.nextInt(4), costs[r], null));
			}
		}
		return candidates;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
