package org.intdesigner.planning.scenarios;

import org.intdesigner.model.compare.ModelChange;
import org.intdesigner.model.compare.ModelComparison;
import org.intdesigner.model.compare.Scenarios;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.intdesigner.io.OutputFormat;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Post;
import org.intdesigner.model.RaciAssignment;
import org.intdesigner.model.RaciCode;
import org.intdesigner.model.Team;
import org.intdesigner.model.samples.ExamplePlace;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A scenario of the example place with five edits worked by hand, each of which must come out as exactly one change:
 * a team renamed, a post's FTE changed, a post given another employer (moved), a sub-team put under another team
 * (moved), a post added, an allocation removed, a RACI code changed.
 */
class ModelComparisonTest {

	private final IntdModel baseline = ExamplePlace.create();
	private final IntdModel scenario = Scenarios.newScenario(baseline, "Docklands reorganised", Path.of("/place/riverside.intd"),
			Path.of("/place/scenarios/docklands.intd"));

	@Test
	void aScenarioKeepsEveryIdAndNamesItsBaseline() {
		assertEquals("../riverside.intd", scenario.getBaseline());
		assertEquals(Path.of("/place/riverside.intd"), Scenarios.baselineOf(scenario, Path.of("/place/scenarios/docklands.intd")));
		assertEquals(List.of(new ModelChange(ModelChange.Kind.CHANGED, "IntdModel", baseline.getId(), "", "Docklands reorganised",
				"name", baseline.getName(), "Docklands reorganised")), ModelComparison.compare(baseline, scenario));
	}

	@Test
	void eachEditIsOneChange() {
		scenario.setName(baseline.getName());
		Team core = team("docklands-core");
		core.setName("Docklands INT hub");
		Post post = scenario.getPosts().stream().filter(p -> !p.getAllocations().isEmpty()).findFirst().orElseThrow();
		double fte = post.getFte();
		post.setFte(fte == 1.0 ? 0.8 : 1.0);
		Post moved = scenario.getPosts().get(5);
		Organisation otherEmployer = scenario.getOrganisations().stream().filter(o -> o != moved.getEmployer()).findFirst()
				.orElseThrow();
		Organisation oldEmployer = moved.getEmployer();
		moved.setEmployer(otherEmployer);
		Team sub = core.getSubTeams().get(0);
		Team hillside = team("hillside-core");
		hillside.getSubTeams().add(sub);
		Post added = IntdFactory.eINSTANCE.createPost();
		added.setId("new-post");
		added.setName("New care coordinator post");
		scenario.getPosts().add(added);
		Post withAllocations = scenario.getPosts().stream().filter(p -> p.getAllocations().size() > 1).findFirst().orElseThrow();
		Allocation dropped = withAllocations.getAllocations().remove(1);
		RaciAssignment assignment = scenario.getAccountabilities().get(0).getAssignments().get(0);
		RaciCode oldCode = assignment.getCode();
		assignment.setCode(oldCode == RaciCode.I ? RaciCode.C : RaciCode.I);

		List<ModelChange> changes = ModelComparison.compare(baseline, scenario);
		Set<String> shown = changes.stream().map(c -> c.change().label() + " " + c.type() + " " + c.feature())
				.collect(Collectors.toSet());
		assertEquals(Set.of("changed Team name", "changed Post fte", "moved Post employer", "moved Team subTeams",
				"added Post ", "removed Allocation ", "changed RaciAssignment code"), shown, changes.toString());
		assertEquals(7, changes.size(), changes.toString());
		ModelChange employer = changes.stream().filter(c -> c.feature().equals("employer")).findFirst().orElseThrow();
		assertEquals(oldEmployer.getName(), employer.before());
		assertEquals(otherEmployer.getName(), employer.after());
		assertEquals(moved.getId(), employer.id());
		ModelChange parent = changes.stream().filter(c -> c.change() == ModelChange.Kind.MOVED && c.type().equals("Team"))
				.findFirst().orElseThrow();
		assertEquals(sub.getId(), parent.id());
		assertEquals("Docklands INT core team", parent.before(), "the parent as the baseline names it");
		assertEquals(hillside.getName(), parent.after());
		assertEquals(dropped.getId(), changes.stream().filter(c -> c.change() == ModelChange.Kind.REMOVED).findFirst()
				.orElseThrow().id());
		ModelChange renamed = changes.stream().filter(c -> c.feature().equals("name")).findFirst().orElseThrow();
		assertEquals("docklands-core", renamed.code());
	}

	@Test
	void jsonKeepsItsContract() {
		team("docklands-core").setPurpose("A new purpose");
		JsonObject change = JsonParser.parseString(ComparisonOutput.write(OutputFormat.JSON,
				ModelComparison.compare(baseline, scenario))).getAsJsonObject().getAsJsonArray("changes").get(1).getAsJsonObject();
		assertEquals(List.of("change", "type", "id", "code", "name", "feature", "before", "after"), List.copyOf(change.keySet()));
		assertEquals("changed", change.get("change").getAsString());
		assertEquals("purpose", change.get("feature").getAsString());
		assertEquals("A new purpose", change.get("after").getAsString());
		assertTrue(ComparisonOutput.write(OutputFormat.TEXT, ModelComparison.compare(baseline, scenario))
				.startsWith("2 changes: 0 added, 0 removed, 2 changed, 0 moved\n"));
	}

	@Test
	void modelsThatShareNoIdsAreNotComparedAsIfTheyWere() {
		IntdModel other = ExamplePlace.create();
		other.eAllContents().forEachRemaining(o -> {
			if (o instanceof org.intdesigner.model.Identified identified) {
				identified.setId("other-" + identified.getId());
			}
		});
		other.setId("other-model");
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelComparison.compare(baseline, other));
		assertTrue(e.getMessage().startsWith("The two models share no element ids"), e.getMessage());
		assertTrue(e.getMessage().contains("by code"), e.getMessage());
	}

	private Team team(String code) {
		List<Team> all = new java.util.ArrayList<>();
		scenario.eAllContents().forEachRemaining(o -> {
			if (o instanceof Team t && code.equals(t.getCode())) {
				all.add(t);
			}
		});
		return all.get(0);
	}
}
