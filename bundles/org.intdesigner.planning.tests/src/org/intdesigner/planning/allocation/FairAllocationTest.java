package org.intdesigner.planning.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.intdesigner.model.Area;
import org.intdesigner.model.AreaKind;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.Role;
import org.junit.jupiter.api.Test;

/**
 * Allocations worked out by hand. Weights are 1/priority. The floor rule: first the best allocation without a floor
 * closes M* of the eligible shortage G, the best share A = M* / G; then each neighbourhood n with shortage G_n must close
 * at least L_n = F x A x G_n, rounded down to a multiple of 0.5 FTE (none when under half a post), and the programme is
 * solved again.
 *
 * <ol>
 * <li><b>The floor changes the answer.</b> A: role R short 2.0 at priority 1 (weight 1); B: R short 2.0 at priority 3
 * (weight 1/3); 2 FTE. Without a floor everything goes to A: M* = 2.0, weighted need met 2.0, B's share 0. A = 2/4 =
 * 0.5. With F = 0.5: L_A = L_B = 0.5 x 0.5 x 2.0 = 0.5. A's 2.0 would leave B at 0, so B gets one half post: A 1.5, B 0.5,
 * weighted 1.5 + 0.5/3 = 1.667; shares 0.75 and 0.25, average 0.5. With F = 1: L_A = L_B = 1.0, so A 1.0 and B 1.0,
 * weighted 1 + 1/3 = 1.333.</li>
 * <li><b>ARRS.</b> A: R (not ARRS) short 3.0 at priority 1; P (ARRS) short 1.5 at priority 2 (weight 0.5); B: P short 1.0
 * at priority 1. 2 FTE of ARRS money funds P only: B 1.0 (weighted 1.0) and A 1.0 (0.5) make 1.5, better than A 1.5 and
 * B 0.5 (0.75 + 0.5 = 1.25); R, though of priority 1, gets nothing. At F = 0.5: A = 2.0/2.5 = 0.8, L_A = 0.5 x 0.8 x 1.5
 * = 0.6, down to 0.5; L_B = 0.4, down to none: the answer meets them. 1 FTE of other money goes to R in A only (A = 1/3,
 * L_A = 0.5, met 1.0).</li>
 * <li><b>Half posts.</b> A: R short 0.3 at priority 1; B: R short 1.2 at priority 2; 1 FTE, no floor. A half post in A
 * closes only 0.3 (weighted 0.3) and one in B 0.5 (0.25): together 0.55, better than a whole post in B (0.5).</li>
 * <li><b>Too small a budget.</b> 0.4 FTE cannot buy a half post; £10,000 cannot buy half of a £40,000 post.</li>
 * <li><b>A floor under half a post.</b> Three neighbourhoods each short 4.0 of R at priority 1, and 0.5 FTE: M* = 0.5, A
 * = 0.5/12, L_n = 0.5 x 0.5/12 x 4.0 = 0.083, under half a post: no floors, and the half post goes where it meets the
 * most (any one of the three).</li>
 * <li><b>A floor that cannot be met.</b> A and C: R short 2.0 at £30,000 a year (a half post £15,000); B: Q short 2.0 at
 * £160,000 (a half post £80,000); all priority 1; £90,000. Without a floor R 3.0 (£90,000) meets 3.0, more than any
 * allocation with Q (Q 0.5 + R 0.5 = £95,000 is over), so A = 3/6 = 0.5 and at F = 0.5 every L_n = 0.5 x 0.5 x 2.0 =
 * 0.5. Meeting all three costs £15,000 + £80,000 + £15,000 = £110,000 &gt; £90,000: infeasible, nothing allocated. The
 * most floors met are two, A and C (£30,000); B with either is £95,000: B is left short. At F = 0.25 every L_n = 0.25,
 * down to none: 3 FTE, weighted need met 3.0, as without a floor.</li>
 * <li><b>Money.</b> In A, R costs £50,000 a year and is short 1.0, Q costs £30,000 and is short 2.0, both priority 1; U
 * has no cost. £60,000: Q 2.0 (met 2.0, £60,000) beats R 1.0 (1.0), R 0.5 + Q 1.0 (1.5, £55,000) and R 1.0 + ... (over
 * budget); U is not eligible and the result says so. A = 2/3, L_A = 0.5 x 2/3 x 3.0 = 1.0, met.</li>
 * </ol>
 */
class FairAllocationTest {

	private final Map<String, Area> areas = new LinkedHashMap<>();
	private final Map<String, Role> roles = new LinkedHashMap<>();

	@Test
	void theFloorGivesTheLessUrgentNeighbourhoodAQuarterOfItsShortage() {
		List<Candidate> candidates = List.of(fte("A", "R", 2.0, 1), fte("B", "R", 2.0, 3));
		AllocationResult free = FairAllocation.allocate(candidates, new Budget(Budget.Kind.FTE, 2, false), 0);
		assertEquals(Map.of("A/R", 2.0), placed(free));
		assertEquals(2.0, free.weightedMet(), 1e-9);

		AllocationResult fair = FairAllocation.allocate(candidates, new Budget(Budget.Kind.FTE, 2, false), 0.5);
		assertEquals(Map.of("A/R", 1.5, "B/R", 0.5), placed(fair));
		assertEquals(1.5 + 0.5 / 3, fair.weightedMet(), 1e-9);
		assertTrue(fair.optimal());
		assertEquals(0.5, fair.averageShare(), 1e-9);
		assertEquals(0.75, fair.fairness().get(0).share(), 1e-9);
		assertEquals(0.25, fair.fairness().get(1).share(), 1e-9);
		assertEquals(0.5, fair.bestShare(), 1e-9);
		assertEquals(0.5, fair.fairness().get(0).floor(), 1e-9);
		assertEquals(0.5, fair.fairness().get(1).floor(), 1e-9);
		assertEquals("The floor binds: at 0.50 it lowers the weighted need met from 2.00 (no floor, 2 FTE) to 1.67 (2 FTE), to"
				+ " close in each neighbourhood at least 50 % of its fair share (the best share closed without a floor, 50.0 %,"
				+ " of its shortage, down to whole half posts).", fair.bindings().get(0));

		AllocationResult equal = FairAllocation.allocate(candidates, new Budget(Budget.Kind.FTE, 2, false), 1);
		assertEquals(Map.of("A/R", 1.0, "B/R", 1.0), placed(equal));
		assertEquals(1 + 1.0 / 3, equal.weightedMet(), 1e-9);
	}

	@Test
	void arrsMoneyFundsArrsRolesOnlyAndOtherMoneyTheOthers() {
		List<Candidate> candidates = List.of(fte("A", "R", 3.0, 1), arrs("A", "P", 1.5, 2), arrs("B", "P", 1.0, 1));
		AllocationResult arrs = FairAllocation.allocate(candidates, new Budget(Budget.Kind.FTE, 2, true), 0.5);
		assertEquals(Map.of("A/P", 1.0, "B/P", 1.0), placed(arrs));
		assertEquals(1.5, arrs.weightedMet(), 1e-9);
		assertEquals(0.5, arrs.fairness().get(0).floor(), 1e-9);
		assertEquals(0, arrs.fairness().get(1).floor(), 1e-9);
		assertEquals("The floor (0.50) does not bind: the best allocation without it already closes every neighbourhood's"
				+ " floor.", arrs.bindings().get(0));
		assertEquals(List.of("Not ARRS roles, so not funded from ARRS money: R."), arrs.notes());

		AllocationResult other = FairAllocation.allocate(candidates, new Budget(Budget.Kind.FTE, 1, false), 0.5);
		assertEquals(Map.of("A/R", 1.0), placed(other));
		assertEquals(List.of("ARRS roles, funded only from ARRS money (--arrs): P."), other.notes());
	}

	@Test
	void halfPostsAndAHalfPostLargerThanTheShortageItCloses() {
		List<Candidate> candidates = List.of(fte("A", "R", 0.3, 1), fte("B", "R", 1.2, 2));
		AllocationResult result = FairAllocation.allocate(candidates, new Budget(Budget.Kind.FTE, 1, false), 0);
		assertEquals(Map.of("A/R", 0.5, "B/R", 0.5), placed(result));
		assertEquals(0.3, result.lines().get(0).met(), 1e-9, "a half post closes no more than the shortage");
		assertEquals(0.55, result.weightedMet(), 1e-9);
		assertEquals(0.8 / 1.5, result.averageShare(), 1e-9);
	}

	@Test
	void aBudgetTooSmallForOnePostNamesTheCheapest() {
		AllocationResult fte = FairAllocation.allocate(List.of(fte("A", "R", 2, 1)), new Budget(Budget.Kind.FTE, 0.4, false), 0.5);
		assertTrue(fte.isEmpty());
		assertEquals(List.of("The budget of 0.4 FTE cannot cover one post: the smallest is a half post (0.5 FTE)."), fte.bindings());

		List<Candidate> costed = List.of(costed("A", "R", 2, 1, 60_000), costed("B", "Q", 2, 1, 40_000));
		AllocationResult money = FairAllocation.allocate(costed, new Budget(Budget.Kind.MONEY, 10_000, false), 0.5);
		assertTrue(money.isEmpty());
		assertEquals(List.of("The budget of £10,000 a year cannot cover one post: the cheapest eligible is a half post of Q in"
				+ " B at £20,000 a year (0.5 FTE of £40,000)."), money.bindings());
	}

	@Test
	void aFloorUnderHalfAPostIsNone() {
		List<Candidate> candidates = List.of(fte("A", "R", 4, 1), fte("B", "R", 4, 1), fte("C", "R", 4, 1));
		AllocationResult result = FairAllocation.allocate(candidates, new Budget(Budget.Kind.FTE, 0.5, false), 0.5);
		assertEquals(1, result.lines().size());
		assertEquals(0.5, result.fte(), 1e-9);
		assertTrue(result.fairness().stream().allMatch(f -> f.floor() == 0));
		assertEquals("The floor (0.50) does not bind: no neighbourhood's fair share of what the budget can close reaches half a"
				+ " post.", result.bindings().get(0));
	}

	@Test
	void aFloorTheBudgetCannotMeetNamesTheNeighbourhoodLeftShortAndALowerFloor() {
		List<Candidate> candidates = List.of(costed("A", "R", 2, 1, 30_000), costed("B", "Q", 2, 1, 160_000),
				costed("C", "R", 2, 1, 30_000));
		Budget budget = new Budget(Budget.Kind.MONEY, 90_000, false);
		AllocationResult result = FairAllocation.allocate(candidates, budget, 0.5);
		assertTrue(result.isEmpty());
		assertEquals(List.of("The floor cannot be met: no allocation within £90,000 a year closes in every neighbourhood 50 % of"
				+ " its fair share (the best share closed without a floor, 50.0 %, of its shortage, down to whole half posts),"
				+ " so nothing is allocated. Meeting as many floors as it can, the budget leaves short: B (floor 0.5 FTE). At"
				+ " --floor 0.25, 3 FTE would be allocated (weighted need met 3.00); without a floor, 3 FTE (3.00)."),
				result.bindings());

		AllocationResult lower = FairAllocation.allocate(candidates, budget, 0.25);
		assertEquals(3, lower.fte(), 1e-9);
		assertTrue(lower.lines().stream().allMatch(line -> line.candidate().role().getName().equals("R")), "R only, the cheaper");
	}

	@Test
	void noEligibleShortageSaysWhichRule() {
		AllocationResult result = FairAllocation.allocate(List.of(fte("A", "R", 2, 1)), new Budget(Budget.Kind.FTE, 3, true), 0.5);
		assertTrue(result.isEmpty());
		assertEquals(List.of("No eligible role has a shortage: ARRS money funds ARRS roles only, and none of the roles short"
				+ " of staff (R) is an ARRS role."), result.bindings());
	}

	@Test
	void aMoneyBudgetBuysTheMostNeedMetAndLeavesOutRolesWithoutACost() {
		List<Candidate> candidates = List.of(costed("A", "R", 1.0, 1, 50_000), costed("A", "Q", 2.0, 1, 30_000),
				new Candidate(area("A"), role("U", false), 1.0, 1, Double.NaN, "no post of this role has a band: set one"));
		AllocationResult result = FairAllocation.allocate(candidates, new Budget(Budget.Kind.MONEY, 60_000, false), 0.5);
		assertEquals(Map.of("A/Q", 2.0), placed(result));
		assertEquals(60_000, result.spent(), 1e-6);
		assertEquals(60_000, result.lines().get(0).cost(), 1e-6);
		assertEquals(List.of("U is not eligible for a money budget: no post of it can be costed (no post of this role has a"
				+ " band: set one)."), result.notes());
		assertTrue(result.bindings().contains("The budget binds: £60,000 spent of £60,000 a year; what is left (£0) cannot buy"
				+ " another half post where shortage remains."), result.bindings().toString());
	}

	@Test
	void aFloorOutsideZeroToOneIsRefused() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> FairAllocation.allocate(List.of(), new Budget(Budget.Kind.FTE, 1, false), 1.5));
		assertTrue(e.getMessage().startsWith("The floor is 1.5: give a fraction"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> new Budget(Budget.Kind.FTE, -2, false));
	}

	/** Where the posts went, as "neighbourhood/role" to FTE. */
	private static Map<String, Double> placed(AllocationResult result) {
		Map<String, Double> placed = new LinkedHashMap<>();
		for (AllocationResult.Line line : result.lines()) {
			placed.put(line.candidate().neighbourhood().getName() + "/" + line.candidate().role().getName(), line.fte());
		}
		return placed;
	}

	private Candidate fte(String area, String role, double shortage, int priority) {
		return new Candidate(area(area), role(role, false), shortage, priority, Double.NaN, "not costed");
	}

	private Candidate arrs(String area, String role, double shortage, int priority) {
		return new Candidate(area(area), role(role, true), shortage, priority, Double.NaN, "not costed");
	}

	private Candidate costed(String area, String role, double shortage, int priority, double cost) {
		return new Candidate(area(area), role(role, false), shortage, priority, cost, null);
	}

	private Area area(String name) {
		return areas.computeIfAbsent(name, k -> {
			Area area = IntdFactory.eINSTANCE.createArea();
			area.setName(name);
			area.setKind(AreaKind.NEIGHBOURHOOD);
			return area;
		});
	}

	private Role role(String name, boolean arrs) {
		return roles.computeIfAbsent(name, k -> {
			Role role = IntdFactory.eINSTANCE.createRole();
			role.setName(name);
			role.setArrs(arrs);
			return role;
		});
	}

}
