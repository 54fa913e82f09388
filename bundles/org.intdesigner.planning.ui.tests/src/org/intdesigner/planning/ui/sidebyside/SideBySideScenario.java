package org.intdesigner.planning.ui.sidebyside;

import java.nio.file.Path;
import java.util.List;

import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Post;
import org.intdesigner.model.compare.Scenarios;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.ExamplePlace;

/**
 * The example place and a scenario of it saved side by side in a folder: the scenario closes two posts of the
 * organisation employing the most and moves one more to the second organisation, so that organisation has three
 * posts fewer and the second one more.
 */
record SideBySideScenario(Path baseline, Path scenario, String employer, int employerPosts, String receiver) {

	static SideBySideScenario saveIn(Path folder) throws Exception {
		Path baselineFile = folder.resolve("riverside.intd");
		Path scenarioFile = folder.resolve("riverside-to-be.intd");
		IntdModel example = ExamplePlace.create();
		ModelFiles.saveNew(example, baselineFile);
		IntdModel scenario = Scenarios.newScenario(example, "Riverside to be", baselineFile, scenarioFile);
		Organisation employer = mostPosts(scenario);
		Organisation receiver = scenario.getOrganisations().stream().filter(o -> o != employer).findFirst().orElseThrow();
		int before = postsOf(scenario, employer).size();
		// posts nobody reports to and that lead no team: closing them leaves nobody without a manager
		List<Post> posts = postsOf(scenario, employer).stream().filter(post -> !managesAnyone(scenario, post)).toList();
		// closing a post: it goes, and with it every reference to it
		for (Post post : posts.subList(0, 2)) {
			org.eclipse.emf.ecore.util.EcoreUtil.delete(post, true);
		}
		posts.get(2).setEmployer(receiver);
		ModelFiles.saveNew(scenario, scenarioFile);
		return new SideBySideScenario(baselineFile, scenarioFile, employer.getName(), before, receiver.getName());
	}

	static List<Post> postsOf(IntdModel model, Organisation employer) {
		return model.getPosts().stream().filter(post -> post.getEmployer() == employer).toList();
	}

	private static boolean managesAnyone(IntdModel model, Post post) {
		boolean leads = false;
		for (var contents = model.eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof org.intdesigner.model.Team team && team.getLead() == post) {
				leads = true;
			}
		}
		return leads || model.getPosts().stream().anyMatch(other -> other.getLineManager() == post || other.getSupervisor() == post);
	}

	private static Organisation mostPosts(IntdModel model) {
		return model.getOrganisations().stream()
				.max(java.util.Comparator.comparingInt(o -> postsOf(model, o).size())).orElseThrow();
	}
}
