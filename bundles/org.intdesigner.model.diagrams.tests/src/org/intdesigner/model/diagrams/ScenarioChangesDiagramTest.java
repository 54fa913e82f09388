package org.intdesigner.model.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.diagram.interpreter.Baseline;
import org.intdesigner.diagram.interpreter.BaselineSource;
import org.intdesigner.diagram.interpreter.DiagramEdge;
import org.intdesigner.diagram.interpreter.DiagramNode;
import org.intdesigner.diagram.interpreter.ElementChange;
import org.intdesigner.diagram.interpreter.ElementChange.Kind;
import org.intdesigner.diagram.notation.Diagram;
import org.intdesigner.diagram.notation.EdgeView;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.registry.SpecificationRegistry;
import org.intdesigner.diagram.spec.DiagramDescription;
import org.intdesigner.diagram.store.NewDiagrams;
import org.intdesigner.diagram.sync.ChangeMarks;
import org.intdesigner.diagram.sync.LiveDiagram;
import org.intdesigner.diagram.sync.NodeDecoration;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.Area;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;
import org.intdesigner.model.compare.Scenarios;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.io.ModelIds;
import org.intdesigner.model.samples.ExamplePlace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A scenario of the example place drawn with its changes against the baseline (issue #19): a post added,
 * one removed (a ghost inside its old team, its line-management link a ghost too), a team renamed, a post
 * moved to another team; the marks go when the layer is switched off, and every diagram type marks them.
 */
class ScenarioChangesDiagramTest {

	private static final String STRUCTURE = "IntStructure/TeamStructure";

	private final SpecificationRegistry registry = SpecificationRegistry.getDefault();
	private final IntdModel baseline = ExamplePlace.create();
	private final IntdModel scenario;

	ScenarioChangesDiagramTest() {
		ResourceSet baselineFiles = ModelFiles.newResourceSet();
		ModelFiles.createResource(baselineFiles, Path.of("riverside.intd")).getContents().add(baseline);
		scenario = Scenarios.newScenario(baseline, Scenarios.defaultName(baseline), Path.of("riverside.intd"),
				Path.of("riverside-scenario.intd"));
		ModelFiles.createResource(ModelFiles.newResourceSet(), Path.of("riverside-scenario.intd")).getContents().add(scenario);
	}

	@Test
	void theDocklandsTeamStructureMarksEachChangeAndGhostsTheRemovedPostInItsOldTeam() {
		Area docklands = area(scenario, "Docklands");
		LiveDiagram diagram = diagram(STRUCTURE, docklands);
		diagram.refresh();
		assertTrue(diagram.isScenario());
		assertNull(diagram.getBaselineProblem());
		assertTrue(diagram.isShowingChanges());
		assertTrue(marked(diagram).isEmpty(), "an unedited scenario has nothing marked: " + marked(diagram));
		assertTrue(ghosts(diagram).isEmpty());

		// a post whose line manager is drawn too (to be removed), in a team of several posts (another to move)
		DiagramEdge managed = edges(diagram).stream()
				.filter(e -> e.source().getParent() != null && e.source().getParent().getElement() instanceof Team
						&& posts(e.source().getParent()).size() >= 3 && singleAllocation(e.source()) && e.target() != e.source())
				.findFirst().orElseThrow(() -> new AssertionError("a post of Docklands managed on the diagram"));
		DiagramNode team = managed.source().getParent();
		Team oldTeam = (Team) team.getElement();
		Post removed = (Post) managed.source().getElement();
		Post manager = (Post) managed.target().getElement();
		Post moved = posts(team).stream().map(n -> (Post) n.getElement())
				.filter(p -> p != removed && p != manager && p.getAllocations().size() == 1).findFirst().orElseThrow();
		Team renamed = (Team) nodes(diagram).stream().map(DiagramNode::getElement)
				.filter(e -> e instanceof Team t && t != oldTeam && !EcoreUtil.isAncestor(t, oldTeam) && !EcoreUtil.isAncestor(oldTeam, t))
				.findFirst().orElseThrow();
		String oldName = renamed.getName();
		String removedLabel = managed.source().getLabel();

		Post added = IntdFactory.eINSTANCE.createPost();
		added.setName("Care navigator (new)");
		added.setRole(moved.getRole());
		added.setEmployer(moved.getEmployer());
		added.setFte(1.0);
		Allocation allocation = IntdFactory.eINSTANCE.createAllocation();
		allocation.setTeam(oldTeam);
		allocation.setFte(1.0);
		added.getAllocations().add(allocation);
		scenario.getPosts().add(added);
		ModelIds.assignMissing(added);
		EcoreUtil.delete(removed, true);
		renamed.setName(oldName + " (reorganised)");
		moved.getAllocations().get(0).setTeam(renamed);
		diagram.refresh();

		assertEquals(List.of(Kind.ADDED), List.copyOf(change(diagram, added).kinds()));
		assertTrue(badges(diagram, added).contains(ChangeMarks.ADDED));
		assertTrue(change(diagram, renamed).is(Kind.CHANGED));
		assertEquals(List.of("name: " + oldName + " \u2192 " + oldName + " (reorganised)"),
				change(diagram, renamed).detailsOf(Kind.CHANGED));
		assertTrue(badges(diagram, renamed).contains(ChangeMarks.CHANGED));
		assertTrue(change(diagram, moved).is(Kind.MOVED), "the post allocated to another team is moved");
		assertEquals(List.of("from " + oldTeam.getName() + " to " + oldName + " (reorganised)"),
				change(diagram, moved).detailsOf(Kind.MOVED));
		assertEquals(renamed, diagram.nodeOf(diagram.viewsOf(moved).get(0)).getParent().getElement(),
				"the moved post is drawn in its new team");
		assertNull(change(diagram, manager), "an unchanged post is not marked");

		List<DiagramNode> ghosts = ghosts(diagram);
		assertEquals(1, ghosts.size(), "one ghost: " + ghosts);
		DiagramNode ghost = ghosts.get(0);
		assertEquals(removedLabel, ghost.getLabel());
		assertEquals(oldTeam, ghost.getParent().getElement(), "the ghost is drawn inside its old team");
		assertTrue(ghost.getChange().is(Kind.REMOVED));
		NodeView ghostView = viewOf(diagram, ghost);
		assertNull(diagram.elementOf(ghostView), "a ghost is not part of the model: nothing selects or edits it");
		assertTrue(diagram.isGhost(ghostView));
		assertTrue(diagram.decorationsOf(ghostView).stream().anyMatch(d -> d.decoration() == ChangeMarks.REMOVED));
		assertTrue(ghostEdges(diagram).stream().anyMatch(e -> diagram.edgeOf(e).source() == ghost
				&& diagram.edgeOf(e).target().getElement() == manager), "the removed post's line-management link is a ghost");
		assertTrue(diagram.viewsOf(manager).stream().noneMatch(diagram::isGhost));

		// switched off: the diagram as any model's, and back on
		diagram.getNotation().getActiveLayers().add(ChangeMarks.LAYER_OFF);
		diagram.refresh();
		assertFalse(diagram.isShowingChanges());
		assertTrue(marked(diagram).isEmpty());
		assertTrue(ghosts(diagram).isEmpty());
		assertTrue(ghostEdges(diagram).isEmpty());
		assertTrue(diagram.decorationsOf(diagram.viewsOf(added).get(0)).isEmpty());
		diagram.getNotation().getActiveLayers().remove(ChangeMarks.LAYER_OFF);
		diagram.refresh();
		assertEquals(1, ghosts(diagram).size());
		assertTrue(change(diagram, added).is(Kind.ADDED));
	}

	@Test
	void aModelThatNamesNoBaselineHasNoLayerAndAMissingBaselineSaysWhy() {
		LiveDiagram plain = new LiveDiagram(description(STRUCTURE), NewDiagrams.create(description(STRUCTURE), baseline, "plain"),
				baseline, registry.getExpressions());
		plain.refresh();
		assertFalse(plain.isScenario());
		assertFalse(plain.isShowingChanges());

		LiveDiagram missing = new LiveDiagram(description(STRUCTURE), NewDiagrams.create(description(STRUCTURE), scenario, "s"),
				scenario, registry.getExpressions());
		missing.setBaselineSource(source(() -> null, "the baseline riverside.intd is not there"));
		missing.refresh();
		assertTrue(missing.isScenario());
		assertFalse(missing.isShowingChanges());
		assertEquals("the baseline riverside.intd is not there", missing.getBaselineProblem());
		assertFalse(missing.getNotation().getNodes().isEmpty(), "the diagram is drawn all the same");
	}

	/** Every type, drawn of the whole place: a removed post is a ghost, a renamed element is marked changed. */
	@ParameterizedTest
	@ValueSource(strings = { STRUCTURE, "IntBoundaries/BoundaryMap", "IntAccountability/AccountabilityMap",
			"IntLineManagement/LineManagementChart" })
	void everyTypeGhostsARemovedPostAndMarksARenamedElement(String type) {
		LiveDiagram diagram = diagram(type, scenario);
		diagram.refresh();
		Post removed = (Post) nodes(diagram).stream().map(DiagramNode::getElement).filter(Post.class::isInstance)
				.findFirst().orElseThrow(() -> new AssertionError(type + " draws posts"));
		EObject renamed = nodes(diagram).stream().map(DiagramNode::getElement)
				.filter(e -> e != removed && e.eClass().getEStructuralFeature("name") != null).findFirst().orElseThrow();
		var name = renamed.eClass().getEStructuralFeature("name");
		String label = diagram.nodeOf(diagram.viewsOf(removed).get(0)).getLabel();
		EcoreUtil.delete(removed, true);
		renamed.eSet(name, renamed.eGet(name) + " (renamed)");
		diagram.refresh();
		assertTrue(ghosts(diagram).stream().anyMatch(g -> g.getLabel().equals(label)), type + " ghosts " + label);
		assertTrue(change(diagram, renamed).is(Kind.CHANGED), type + " marks the renamed " + renamed.eClass().getName());
	}

	private LiveDiagram diagram(String type, EObject root) {
		Diagram notation = NewDiagrams.create(description(type), root, "scenario");
		LiveDiagram diagram = new LiveDiagram(description(type), notation, root, registry.getExpressions());
		// as the workbench gives a baseline read from its file: unchanged while the scenario is edited, drawn once
		diagram.setBaselineSource(source(() -> ScenarioBaselines.compare(baseline, scenario).withVersion(baseline), null));
		return diagram;
	}

	private DiagramDescription description(String type) {
		return registry.find(type).orElseThrow().description();
	}

	private static BaselineSource source(Supplier<Baseline> compare, String problem) {
		return new BaselineSource() {
			@Override
			public boolean namesBaseline() {
				return true;
			}

			@Override
			public String problem() {
				return problem;
			}

			@Override
			public Baseline compare() {
				return compare.get();
			}
		};
	}

	private static Area area(IntdModel model, String name) {
		for (Iterator<EObject> it = model.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Area area && name.equals(area.getName())) {
				return area;
			}
		}
		throw new AssertionError("no area " + name);
	}

	private static List<DiagramNode> nodes(LiveDiagram diagram) {
		List<DiagramNode> nodes = new ArrayList<>();
		for (Iterator<EObject> it = diagram.getNotation().eAllContents(); it.hasNext();) {
			if (it.next() instanceof NodeView view && diagram.nodeOf(view) != null) {
				nodes.add(diagram.nodeOf(view));
			}
		}
		return nodes;
	}

	private static List<DiagramNode> posts(DiagramNode team) {
		return team.getChildren().stream().filter(n -> n.getElement() instanceof Post).toList();
	}

	private static boolean singleAllocation(DiagramNode post) {
		return post.getElement() instanceof Post p && p.getAllocations().size() == 1;
	}

	private static List<DiagramEdge> edges(LiveDiagram diagram) {
		return diagram.getNotation().getEdges().stream().map(diagram::edgeOf).filter(e -> e != null).toList();
	}

	private static List<DiagramNode> marked(LiveDiagram diagram) {
		return nodes(diagram).stream().filter(n -> n.getChange() != null).toList();
	}

	private static List<DiagramNode> ghosts(LiveDiagram diagram) {
		return nodes(diagram).stream().filter(DiagramNode::isGhost).toList();
	}

	private static List<EdgeView> ghostEdges(LiveDiagram diagram) {
		return diagram.getNotation().getEdges().stream().filter(diagram::isGhost).toList();
	}

	private static NodeView viewOf(LiveDiagram diagram, DiagramNode node) {
		for (Iterator<EObject> it = diagram.getNotation().eAllContents(); it.hasNext();) {
			if (it.next() instanceof NodeView view && diagram.nodeOf(view) == node) {
				return view;
			}
		}
		throw new AssertionError("no view of " + node);
	}

	private static ElementChange change(LiveDiagram diagram, EObject element) {
		List<NodeView> views = diagram.viewsOf(element);
		assertFalse(views.isEmpty(), "drawn: " + element);
		return diagram.changeOf(views.get(0));
	}

	private static List<Object> badges(LiveDiagram diagram, EObject element) {
		return diagram.decorationsOf(diagram.viewsOf(element).get(0)).stream().map(NodeDecoration::decoration)
				.map(Object.class::cast).toList();
	}
}
