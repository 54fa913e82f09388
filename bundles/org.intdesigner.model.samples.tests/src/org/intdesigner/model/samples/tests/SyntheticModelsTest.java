package org.intdesigner.model.samples.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.Area;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.model.RaciCode;
import org.intdesigner.model.Team;
import org.intdesigner.model.io.LoadedModel;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.SyntheticModels;
import org.intdesigner.model.samples.SyntheticModels.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticModelsTest {

	private final IntdModel model = SyntheticModels.generate(Scale.SMALL, 42);

	@Test
	void smallScaleHasTheCountsItPromises() {
		List<Area> places = model.getAreas().stream().flatMap(a -> a.getSubAreas().stream()).toList();
		assertEquals(Scale.SMALL.places, places.size());
		assertEquals(Scale.SMALL.neighbourhoods, places.stream().mapToInt(p -> p.getSubAreas().size()).sum());
		List<Team> teams = ExamplePlaceTest.allTeams(model);
		assertEquals(Scale.SMALL.teams, teams.size());
		assertTrue(teams.stream().anyMatch(t -> t.eContainer() instanceof Team parent && parent.eContainer() instanceof Team),
				"teams nest at least two deep");
		assertEquals(Scale.SMALL.posts, model.getPosts().size());
		assertEquals(Scale.SMALL.accountabilities, model.getAccountabilities().size());
		assertEquals(Scale.SMALL.raciEntries,
				model.getAccountabilities().stream().mapToInt(i -> i.getAssignments().size()).sum());
	}

	@Test
	void referenceStructureFollowsTheRules() {
		long tops = model.getPosts().stream().filter(p -> p.getLineManager() == null).count();
		assertEquals(Scale.SMALL.systems(), tops);
		for (Post post : model.getPosts()) {
			Set<Post> chain = new HashSet<>();
			for (Post p = post; p != null; p = p.getLineManager()) {
				assertTrue(chain.add(p), "cycle at " + post.getCode());
			}
			assertFalse(post.getAllocations().isEmpty());
			assertTrue(post.getAllocations().stream().mapToDouble(Allocation::getFte).sum() <= post.getFte() + 1e-9);
		}
		for (Team team : ExamplePlaceTest.allTeams(model)) {
			assertNotNull(team.getLead());
		}
		for (AccountabilityItem item : model.getAccountabilities()) {
			assertEquals(1, item.getAssignments().stream().filter(a -> a.getCode() == RaciCode.A).count());
			assertTrue(item.getAssignments().stream().anyMatch(a -> a.getCode() == RaciCode.R));
		}
		long vacant = model.getPosts().stream().filter(Post::isVacant).count();
		assertTrue(vacant > 50 && vacant < 150, "about 10% vacant: " + vacant);
	}

	@Test
	void sameSeedSameModelOtherSeedOtherModel() {
		assertTrue(new EcoreUtil.EqualityHelper().equals(model, SyntheticModels.generate(Scale.SMALL, 42)));
		assertFalse(new EcoreUtil.EqualityHelper().equals(model, SyntheticModels.generate(Scale.SMALL, 43)));
	}

	@Test
	void savesAndLoads(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("small.intd");
		Resource resource = ModelFiles.createResource(ModelFiles.newResourceSet(), file);
		resource.getContents().add(model);
		ModelFiles.save(resource, file);
		LoadedModel loaded = ModelFiles.load(file);
		assertTrue(loaded.integrity().isClean(), loaded.integrity().problems().toString());
		assertEquals(Scale.SMALL.posts, loaded.model().getPosts().size());
		assertTrue(new EcoreUtil.EqualityHelper().equals(SyntheticModels.generate(Scale.SMALL, 42), loaded.model()));
	}
}
