package org.intdesigner.diagram.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.diagram.expressions.Expressions;
import org.intdesigner.diagram.spec.ContainerMapping;
import org.intdesigner.diagram.spec.DiagramDescription;
import org.intdesigner.diagram.spec.DiagramSpecFactory;
import org.intdesigner.diagram.spec.Layer;
import org.intdesigner.diagram.spec.NodeMapping;
import org.intdesigner.diagram.spec.RelationEdgeMapping;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;
import org.intdesigner.model.io.ModelIds;
import org.junit.jupiter.api.Test;

/**
 * The engine's marking of changes against a baseline, on a specification made here (no INT type): it works
 * from the specification alone, for any contributed diagram type.
 */
class BaselineOverlayTest {

	private static final DiagramSpecFactory S = DiagramSpecFactory.eINSTANCE;
	private static final IntdFactory M = IntdFactory.eINSTANCE;

	private final DiagramDescription description = S.createDiagramDescription();
	private final IntdModel baseline = M.createIntdModel();

	BaselineOverlayTest() {
		ContainerMapping teams = S.createContainerMapping();
		teams.setName("team");
		teams.setSemanticCandidates("self.teams");
		teams.setLabelExpression("self.name");
		ContainerMapping subTeams = S.createContainerMapping();
		subTeams.setName("subTeam");
		subTeams.setSemanticCandidates("self.subTeams");
		subTeams.setLabelExpression("self.name");
		teams.getSubContainerMappings().add(subTeams);
		NodeMapping posts = S.createNodeMapping();
		posts.setName("post");
		posts.setSemanticCandidates("self.posts");
		posts.setLabelExpression("self.name");
		RelationEdgeMapping lineManager = S.createRelationEdgeMapping();
		lineManager.setName("lineManager");
		lineManager.setTargetExpression("self.lineManager");
		lineManager.getSourceMappings().add(posts);
		lineManager.getTargetMappings().add(posts);
		Layer layer = S.createLayer();
		layer.setName("default");
		layer.getContainerMappings().add(teams);
		layer.getNodeMappings().add(posts);
		layer.getEdgeMappings().add(lineManager);
		description.getLayers().add(layer);

		Team core = team("Core");
		core.getSubTeams().add(team("MDT"));
		core.getSubTeams().add(team("Hub"));
		baseline.getTeams().add(core);
		baseline.getTeams().add(team("Outreach"));
		Post lead = post("Lead", null);
		baseline.getPosts().add(lead);
		baseline.getPosts().add(post("Nurse", lead));
		ModelIds.assignMissing(baseline);
	}

	@Test
	void removedElementsAreGhostsInTheirOldContainerAndEdgesGoneOrNewAreMarked() {
		IntdModel scenario = EcoreUtil.copy(baseline); // the same ids: a scenario
		Team core = scenario.getTeams().get(0);
		Team hub = core.getSubTeams().get(1);
		Team outreach = scenario.getTeams().get(1);
		Post lead = scenario.getPosts().get(0);
		Post nurse = scenario.getPosts().get(1);
		core.getSubTeams().remove(hub);
		scenario.getTeams().remove(outreach);
		nurse.setLineManager(null);
		Post added = post("Coordinator", lead);
		scenario.getPosts().add(added);
		ModelIds.assignMissing(scenario);
		Map<String, ElementChange> changes = new HashMap<>();
		changes.put(hub.getId(), ElementChange.of(ElementChange.Kind.REMOVED, null));
		changes.put(outreach.getId(), ElementChange.of(ElementChange.Kind.REMOVED, null));
		changes.put(added.getId(), ElementChange.of(ElementChange.Kind.ADDED, null));
		changes.put(nurse.getId(), ElementChange.of(ElementChange.Kind.CHANGED, "lineManager: Lead \u2192 (none)"));
		Map<String, EObject> before = new HashMap<>();
		before.put(ElementKeys.of(baseline), baseline);
		baseline.eAllContents().forEachRemaining(o -> before.put(ElementKeys.of(o), o));

		DiagramInterpreter interpreter = new DiagramInterpreter(new Expressions());
		InterpretedDiagram now = interpreter.interpret(description, scenario, List.of());
		new BaselineOverlay(interpreter).apply(now, description, scenario, description.getLayers(),
				new Baseline(before::get, changes));

		List<DiagramNode> ghosts = now.allNodes().stream().filter(DiagramNode::isGhost).toList();
		assertEquals(List.of("Outreach", "Hub"), ghosts.stream().map(DiagramNode::getLabel).sorted((a, b) -> b.compareTo(a)).toList());
		DiagramNode hubGhost = ghosts.stream().filter(g -> g.getLabel().equals("Hub")).findFirst().orElseThrow();
		assertSame(core, hubGhost.getParent().getElement(), "the removed sub-team is drawn inside its old team");
		assertTrue(now.getNodes().stream().anyMatch(n -> n.isGhost() && n.getLabel().equals("Outreach")),
				"a removed team is drawn at the top level");
		assertTrue(node(now, added).getChange().is(ElementChange.Kind.ADDED));
		assertEquals(List.of("lineManager: Lead \u2192 (none)"), node(now, nurse).getChange().detailsOf(ElementChange.Kind.CHANGED));
		assertNull(node(now, lead).getChange());

		assertEquals(1, now.getGhostEdges().size(), "the nurse's line to the lead is gone");
		DiagramEdge gone = now.getGhostEdges().iterator().next();
		assertSame(node(now, nurse), gone.source());
		assertSame(node(now, lead), gone.target());
		assertEquals(1, now.getAddedEdges().size());
		assertSame(node(now, added), now.getAddedEdges().iterator().next().source());
	}

	@Test
	void aDiagramOfWhatTheBaselineDidNotHaveMarksButGhostsNothing() {
		IntdModel scenario = EcoreUtil.copy(baseline);
		Team outreach = scenario.getTeams().get(1);
		scenario.getTeams().remove(outreach);
		Team fresh = team("New team");
		scenario.getTeams().add(fresh);
		ModelIds.assignMissing(scenario);
		DiagramInterpreter interpreter = new DiagramInterpreter(new Expressions());
		InterpretedDiagram now = interpreter.interpret(description, scenario, List.of());
		// the baseline has no element of this diagram's root: nothing of it was drawn there to ghost
		new BaselineOverlay(interpreter).apply(now, description, scenario, description.getLayers(), new Baseline(key -> null,
				Map.of(fresh.getId(), ElementChange.of(ElementChange.Kind.ADDED, null), outreach.getId(),
						ElementChange.of(ElementChange.Kind.REMOVED, null))));
		assertTrue(now.allNodes().stream().noneMatch(DiagramNode::isGhost));
		assertTrue(now.getGhostEdges().isEmpty());
		assertTrue(node(now, fresh).getChange().is(ElementChange.Kind.ADDED));
	}

	private static DiagramNode node(InterpretedDiagram diagram, EObject element) {
		return diagram.allNodes().stream().filter(n -> n.getElement() == element && !n.isGhost()).findFirst().orElseThrow();
	}

	private static Team team(String name) {
		Team team = M.createTeam();
		team.setName(name);
		return team;
	}

	private static Post post(String name, Post manager) {
		Post post = M.createPost();
		post.setName(name);
		post.setLineManager(manager);
		return post;
	}
}
