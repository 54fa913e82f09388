package org.intdesigner.planning.transition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.analysis.engine.RuleSettings;
import org.intdesigner.analysis.engine.Validator;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.model.RaciCode;
import org.intdesigner.model.Team;
import org.intdesigner.model.TransitionWave;
import org.intdesigner.model.compare.ModelChange;
import org.intdesigner.model.compare.ModelComparison;
import org.intdesigner.model.compare.Scenarios;
import org.intdesigner.model.samples.ExamplePlace;
import org.junit.jupiter.api.Test;

/**
 * The example place edited in ways that make applying waves in order hard, and every wave applied gives the scenario
 * back: a new post whose allocation is scheduled a wave before it (it waits for its post), a new post line-managed by
 * another new post that a later wave adds (the reference is empty until then), a sub-team moved under a team that a
 * later wave adds, a post closed that others report to, a RACI code changed and the scenario's own name.
 */
class WaveStatesTest {

	private static final IntdFactory F = IntdFactory.eINSTANCE;

	@Test
	void everyWaveAppliedGivesTheScenario() {
		IntdModel baseline = ExamplePlace.create();
		IntdModel scenario = Scenarios.newScenario(baseline, "Docklands reorganised", Path.of("/p/a.intd"), Path.of("/p/b.intd"));
		Team core = scenario.getTeams().stream().filter(t -> !t.getSubTeams().isEmpty()).findFirst().orElseThrow();
		Team hub = F.createTeam();
		hub.setId("hub");
		hub.setName("Docklands hub");
		scenario.getTeams().add(hub);
		Team movedTeam = core.getSubTeams().get(0);
		hub.getSubTeams().add(movedTeam);
		Post lead = newPost(scenario, "new-lead", null);
		Post worker = newPost(scenario, "new-worker", lead);
		Allocation early = worker.getAllocations().get(0);
		Post closed = scenario.getPosts().stream().filter(p -> scenario.getPosts().stream().anyMatch(o -> o.getLineManager() == p))
				.findFirst().orElseThrow();
		String closedId = closed.getId();
		EcoreUtil.delete(closed, true);
		scenario.getAccountabilities().get(0).getAssignments().get(0).setCode(RaciCode.I);

		wave(scenario, "a", "2026-01-01", early.getId(), movedTeam.getId());
		wave(scenario, "b", "2026-02-01", worker.getId(), closedId);
		wave(scenario, "c", "2026-03-01", lead.getId(), hub.getId());

		TransitionPlanner planner = new TransitionPlanner(baseline, scenario, new Validator(List.of(), RuleSettings.defaults()));
		TransitionPlan plan = planner.plan();
		assertEquals(List.of(), ModelComparison.compare(planner.finalState(), scenario));
		assertEquals(4, plan.waves().size(), "three waves and the unscheduled changes");
		List<String> unscheduled = plan.unscheduled().changes().stream().map(c -> c.type().label()).toList();
		assertTrue(unscheduled.contains("RACI change") && unscheduled.contains("line management"),
				"the RACI code and the reports of the closed post: " + unscheduled);
	}

	@Test
	void aLaterWavesElementIsNotThereBefore() {
		IntdModel baseline = ExamplePlace.create();
		IntdModel scenario = Scenarios.newScenario(baseline, "x", Path.of("/p/a.intd"), Path.of("/p/b.intd"));
		Post lead = newPost(scenario, "new-lead", null);
		Post worker = newPost(scenario, "new-worker", lead);
		List<ModelChange> changes = ModelComparison.compare(baseline, scenario);
		WaveStates states = new WaveStates(baseline, scenario, changes);
		List<ModelChange> workerOnly = changes.stream().filter(c -> c.id().startsWith("new-worker")).toList();
		IntdModel first = states.apply(workerOnly);
		Post placed = SmallPlace.get(first, worker.getId());
		assertNotNull(placed);
		assertEquals(1, placed.getAllocations().size());
		assertTrue(placed.getAllocations().get(0).getTeam().eContainer() != null
				&& EcoreUtil.getRootContainer(placed.getAllocations().get(0).getTeam()) == first, "resolved in the state");
		assertNull(placed.getLineManager(), "its manager comes with the next wave");
		assertNull(SmallPlace.get(first, lead.getId()));
		IntdModel second = states.apply(changes.stream().filter(c -> !c.id().startsWith("new-worker")).toList());
		Post managed = SmallPlace.get(second, worker.getId());
		assertEquals(lead.getId(), managed.getLineManager().getId());
		assertTrue(EcoreUtil.getRootContainer(managed.getLineManager()) == second);
		assertNull(((Post) SmallPlace.get(first, worker.getId())).getLineManager(), "each wave's model is its own");
	}

	private static Post newPost(IntdModel model, String id, Post manager) {
		Post post = F.createPost();
		post.setId(id);
		post.setRole(model.getRoles().get(0));
		post.setEmployer(model.getOrganisations().get(0));
		post.setFte(1.0);
		post.setLineManager(manager);
		Allocation allocation = F.createAllocation();
		allocation.setId(id + "-allocation");
		allocation.setTeam(model.getTeams().get(0));
		allocation.setFte(1.0);
		post.getAllocations().add(allocation);
		model.getPosts().add(post);
		return post;
	}

	private static void wave(IntdModel model, String name, String date, String... ids) {
		TransitionWave wave = F.createTransitionWave();
		wave.setId("wave-" + name);
		wave.setName(name);
		wave.setEffectiveDate(date);
		wave.getElementIds().addAll(List.of(ids));
		model.getTransitionWaves().add(wave);
	}
}
