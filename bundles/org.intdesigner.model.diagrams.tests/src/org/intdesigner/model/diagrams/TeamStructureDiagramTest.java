package org.intdesigner.model.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;
import org.intdesigner.diagram.layout.ApproximateTextMeasurer;
import org.intdesigner.diagram.layout.DiagramLayout;
import org.intdesigner.diagram.notation.Diagram;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.registry.ContributedDiagram;
import org.intdesigner.diagram.registry.SpecificationRegistry;
import org.intdesigner.diagram.store.NewDiagrams;
import org.intdesigner.diagram.sync.LiveDiagram;
import org.intdesigner.diagram.validation.SpecificationProblem;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.ExamplePlace;
import org.junit.jupiter.api.Test;

/** The team structure specification, as contributed, drawn headless over the example place. */
class TeamStructureDiagramTest {

	private static final String ID = "IntStructure/TeamStructure";

	private final SpecificationRegistry registry = SpecificationRegistry.getDefault();

	@Test
	void theContributedSpecificationLoadsWithoutProblems() {
		List<SpecificationProblem> ours = registry.getProblems().stream()
				.filter(p -> String.valueOf(p.file()).contains("org.intdesigner.model.diagrams")).toList();
		assertTrue(ours.isEmpty(), ours.toString());
		assertTrue(registry.find(ID).isPresent());
		IntdModel model = ExamplePlace.create();
		assertTrue(registry.applicableTo(model).stream().map(ContributedDiagram::id).toList().contains(ID),
				"offered for an INT design (next to the other INT diagrams)");
	}

	private static IntdModel example() {
		IntdModel model = ExamplePlace.create();
		Resource resource = ModelFiles.createResource(ModelFiles.newResourceSet(), java.nio.file.Paths.get("example.intd"));
		resource.getContents().add(model);
		return model;
	}

	@Test
	void theExamplePlaceDrawsTeamsWithThePostsWorkingInThem() {
		IntdModel model = example();
		Diagram notation = NewDiagrams.create(registry.find(ID).orElseThrow().description(), model, "Riverside");
		LiveDiagram diagram = new LiveDiagram(registry.find(ID).orElseThrow().description(), notation, model,
				registry.getExpressions());
		diagram.refresh();
		assertTrue(diagram.getProblems().isEmpty(), diagram.getProblems().toString());
		assertEquals(model.getTeams().size(), notation.getNodes().size(), "one container per top-level team");
		int drawnPosts = 0;
		for (var it = notation.eAllContents(); it.hasNext();) {
			if (it.next() instanceof NodeView view && diagram.elementOf(view) instanceof Post post) {
				Team team = (Team) diagram.elementOf(view.eContainer());
				assertTrue(post.getAllocations().stream().anyMatch(a -> a.getTeam() == team),
						post.getName() + " is drawn in " + team.getName() + " where it has no time");
				drawnPosts++;
			}
		}
		long allocated = model.getPosts().stream().filter(p -> !p.getAllocations().isEmpty()).count();
		assertTrue(drawnPosts >= allocated, "every allocated post is drawn at least once: " + drawnPosts + " of " + allocated);
		assertFalse(notation.getEdges().isEmpty(), "line management is drawn");

		new DiagramLayout(new ApproximateTextMeasurer()).arrangeAll(notation, DiagramTestSupport.hints(diagram)).apply();
		NodeView first = notation.getNodes().get(0);
		NodeView second = notation.getNodes().get(1);
		boolean apart = first.getX() + first.getWidth() <= second.getX() || second.getX() + second.getWidth() <= first.getX()
				|| first.getY() + first.getHeight() <= second.getY() || second.getY() + second.getHeight() <= first.getY();
		assertTrue(apart, "laid out teams do not overlap");
	}

	@Test
	void postsInATeamAreTheSameWithOrWithoutTheWorkbenchsIndex() {
		IntdModel model = example();
		IntdDiagramServices services = new IntdDiagramServices();
		Team team = model.getTeams().get(0);
		List<Post> scanned = services.postsIn(team);
		model.eResource().getResourceSet().eAdapters().add(new ECrossReferenceAdapter());
		List<Post> indexed = services.postsIn(team);
		assertEquals(new java.util.HashSet<>(scanned), new java.util.HashSet<>(indexed));
		assertFalse(indexed.isEmpty());
		Post gone = indexed.get(0);
		model.getPosts().remove(gone);
		assertFalse(services.postsIn(team).contains(gone), "a deleted post is no longer in the team");
		assertTrue(services.isTeam(team));
		assertFalse(services.isTeam(gone));
	}
}
