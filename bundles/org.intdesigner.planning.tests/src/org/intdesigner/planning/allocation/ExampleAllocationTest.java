package org.intdesigner.planning.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.model.TeamKind;
import org.intdesigner.model.TransitionWave;
import org.intdesigner.model.compare.ModelChange;
import org.intdesigner.model.compare.ModelComparison;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.planning.Plan;
import org.intdesigner.planning.PlanOptions;
import org.intdesigner.planning.StoreFigures;
import org.intdesigner.planning.WorkforcePlan;
import org.junit.jupiter.api.Test;

/**
 * The example place: its gaps are the place's (supply is assumed for Riverside as a whole), shared out by each
 * neighbourhood's own WISN shortage; an allocation becomes a scenario whose only changes are the new posts.
 */
class ExampleAllocationTest {

	private final IntdModel model = ExamplePlace.create();
	private final Plan plan = WorkforcePlan.compute(model, StoreFigures.NONE, PlanOptions.DEFAULT.withYears(0));

	@Test
	void thePlacesGapIsSharedByEachNeighbourhoodsOwnShortage() {
		NeighbourhoodShortages.Result result = NeighbourhoodShortages.of(plan, 0);
		for (Plan.GapRow gap : plan.gaps()) {
			double shared = result.shortages().stream().filter(s -> s.role() == gap.role())
					.mapToDouble(NeighbourhoodShortages.Shortage::shortage).sum();
			assertEquals(gap.gap(), shared, 1e-9, gap.role().getName() + ": the neighbourhoods' shares add up to the gap");
		}
		// supply is the staff now of every neighbourhood, so each gets back its own shortage
		for (Plan.NeedRow need : plan.need()) {
			NeighbourhoodShortages.Shortage own = result.shortages().stream()
					.filter(s -> s.role() == need.role() && s.neighbourhood() == need.unit()).findFirst().orElseThrow();
			assertEquals(need.result().requiredStaff() - need.result().currentStaff(), own.shortage(), 1e-9);
			assertEquals(need.priority(), own.priority());
		}
	}

	@Test
	void anAllocationIsAScenarioWithTheNewPostsAndTheirWave() {
		AllocationInputs inputs = AllocationInputs.of(model, plan, 0);
		assertEquals(4 * 4, inputs.candidates().size(), "4 roles short in 4 neighbourhoods");
		AllocationResult result = FairAllocation.allocate(inputs.candidates(), new Budget(Budget.Kind.FTE, 6, true), 0.5);
		assertFalse(result.isEmpty());
		assertEquals(6, result.fte(), 1e-9, "the ARRS roles are short of more than 6 FTE");
		assertTrue(result.lines().stream().allMatch(line -> line.candidate().role().isArrs()));
		assertTrue(result.fairness().stream().anyMatch(f -> f.floor() > 0), "the floor sets floors here");
		for (AllocationResult.Fairness f : result.fairness()) {
			assertTrue(f.met() >= f.floor() - 1e-9, f.neighbourhood().getName() + " closes its floor");
		}

		IntdModel scenario = AllocationScenario.make(model, Path.of("riverside.intd"), Path.of("allocated.intd"), "Allocated",
				result, inputs, LocalDate.of(2026, 1, 1));
		assertEquals("riverside.intd", scenario.getBaseline());
		TransitionWave wave = scenario.getTransitionWaves().get(scenario.getTransitionWaves().size() - 1);
		assertEquals("Allocation", wave.getName());
		assertEquals("2026-01-01", wave.getEffectiveDate());
		assertEquals("Place workforce lead", wave.getOwner());
		assertTrue(wave.getReason().contains("6 FTE of ARRS money"), wave.getReason());
		List<Post> added = scenario.getPosts().stream().filter(post -> wave.getElementIds().contains(post.getId())).toList();
		assertEquals(wave.getElementIds().size(), added.size());
		assertEquals(6, added.stream().mapToDouble(Post::getFte).sum(), 1e-9);
		for (Post post : added) {
			assertTrue(post.isVacant());
			assertTrue(post.getRole().isArrs());
			assertNotNull(post.getEmployer(), post.getName());
			assertTrue(EcoreUtil.isAncestor(scenario, post.getEmployer()), "the scenario's own employer, not the baseline's");
			assertTrue(EcoreUtil.isAncestor(scenario, post.getAllocations().get(0).getTeam()));
			assertEquals(1, post.getAllocations().size());
			assertEquals(Neighbourhoods.of(post.getAllocations().get(0).getTeam()), Neighbourhoods.of(post));
			assertTrue(post.getFte() == 1.0 || post.getFte() == 0.5);
		}
		List<ModelChange> changes = ModelComparison.compare(model, scenario);
		assertTrue(changes.stream().filter(c -> c.change() == ModelChange.Kind.ADDED).count() >= added.size());
	}

	@Test
	void aNewPostWorksWhereItsRolesPostsWorkInTheNeighbourhood() {
		AllocationInputs inputs = AllocationInputs.of(model, plan, 0);
		for (Candidate c : inputs.candidates()) {
			NewPostDesign.Design d = inputs.designOf(c);
			assertNotNull(d.team(), c.label());
			assertEquals(c.neighbourhood(), Neighbourhoods.of(d.team()));
			assertNotNull(d.employer(), c.label());
			List<Post> here = model.getPosts().stream()
					.filter(p -> p.getRole() == c.role() && Neighbourhoods.of(p) == c.neighbourhood()).toList();
			if (here.isEmpty()) {
				assertEquals(TeamKind.CORE, d.team().getKind(), c.label() + ": no post of the role there, so the core team");
			} else {
				assertTrue(here.stream().anyMatch(p -> p.getEmployer() == d.employer()), c.label());
			}
		}
	}
}
