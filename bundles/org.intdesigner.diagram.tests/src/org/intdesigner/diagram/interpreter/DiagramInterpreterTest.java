package org.intdesigner.diagram.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.intdesigner.diagram.expressions.Expressions;
import org.intdesigner.diagram.spec.ConditionalStyle;
import org.intdesigner.diagram.spec.ContainerMapping;
import org.intdesigner.diagram.spec.DiagramDescription;
import org.intdesigner.diagram.spec.DiagramSpecFactory;
import org.intdesigner.diagram.spec.ElementEdgeMapping;
import org.intdesigner.diagram.spec.Layer;
import org.intdesigner.diagram.spec.NodeMapping;
import org.intdesigner.diagram.spec.NodeStyle;
import org.intdesigner.diagram.spec.RelationEdgeMapping;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Interaction;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;
import org.junit.jupiter.api.Test;

/** Teams as nested containers, posts as nodes, line management and interactions as edges. */
class DiagramInterpreterTest {

	private static final DiagramSpecFactory S = DiagramSpecFactory.eINSTANCE;
	private static final IntdFactory M = IntdFactory.eINSTANCE;

	private final DiagramDescription description = S.createDiagramDescription();
	private final Layer layer = S.createLayer();
	private final Layer managementLayer = S.createLayer();
	private final ContainerMapping teams = S.createContainerMapping();
	private final ContainerMapping subTeams = S.createContainerMapping();
	private final NodeMapping posts = S.createNodeMapping();
	private final RelationEdgeMapping lineManagement = S.createRelationEdgeMapping();
	private final ElementEdgeMapping interactions = S.createElementEdgeMapping();
	private final NodeStyle vacantStyle = S.createNodeStyle();

	private final IntdModel model = M.createIntdModel();
	private final Team core = M.createTeam();
	private final Team mdt = M.createTeam();
	private final Post lead = M.createPost();
	private final Post worker = M.createPost();

	DiagramInterpreterTest() {
		description.setName("teams");
		description.setDomainClass("IntdModel");
		teams.setName("team");
		teams.setDomainClass("Team");
		teams.setSemanticCandidates("self.teams");
		teams.setLabelExpression("self.name");
		subTeams.setName("subTeam");
		subTeams.setDomainClass("Team");
		subTeams.setSemanticCandidates("self.subTeams");
		subTeams.setLabelExpression("self.name");
		subTeams.getReusedMappings().add(subTeams);
		teams.getSubContainerMappings().add(subTeams);
		posts.setName("post");
		posts.setDomainClass("Post");
		posts.setSemanticCandidates("self.posts");
		posts.setLabelExpression("self.name + (self.vacant ? ' (vacant)' : '')");
		posts.setStyle(S.createNodeStyle());
		ConditionalStyle vacant = S.createConditionalStyle();
		vacant.setPredicate("self.vacant");
		vacantStyle.setFillColor("#fde7e9");
		vacant.setStyle(vacantStyle);
		posts.getConditionalStyles().add(vacant);
		interactions.setName("interaction");
		interactions.setDomainClass("Interaction");
		interactions.setSemanticCandidates("self.interactions");
		interactions.setSourceExpression("self.source");
		interactions.setTargetExpression("self.target");
		interactions.setLabelExpression("self.kind");
		interactions.getSourceMappings().addAll(List.of(teams, subTeams));
		interactions.getTargetMappings().addAll(List.of(teams, subTeams));
		layer.setName("default");
		layer.getContainerMappings().add(teams);
		layer.getNodeMappings().add(posts);
		layer.getEdgeMappings().add(interactions);
		lineManagement.setName("lineManager");
		lineManagement.setTargetExpression("self.lineManager");
		lineManagement.getSourceMappings().add(posts);
		lineManagement.getTargetMappings().add(posts);
		managementLayer.setName("management");
		managementLayer.getEdgeMappings().add(lineManagement);
		description.getLayers().add(layer);
		description.getLayers().add(managementLayer);

		core.setName("Core");
		mdt.setName("Frailty MDT");
		core.getSubTeams().add(mdt);
		model.getTeams().add(core);
		lead.setName("Lead");
		lead.setHolder("A. Person");
		worker.setName("Link worker");
		worker.setLineManager(lead);
		model.getPosts().add(lead);
		model.getPosts().add(worker);
		Interaction service = M.createInteraction();
		service.setSource(mdt);
		service.setTarget(core);
		model.getInteractions().add(service);
	}

	private InterpretedDiagram interpret(Layer... active) {
		return new DiagramInterpreter(new Expressions()).interpret(description, model, List.of(active));
	}

	@Test
	void containersNestAndNodesGetLabelsAndConditionalStyles() {
		InterpretedDiagram diagram = interpret();
		assertEquals(List.of("Core", "Lead", "Link worker (vacant)"),
				diagram.getNodes().stream().map(DiagramNode::getLabel).toList());
		DiagramNode coreNode = diagram.getNodes().get(0);
		assertEquals("Frailty MDT", coreNode.getChildren().get(0).getLabel());
		assertEquals(vacantStyle, diagram.getNodes().get(2).getStyle(), "the first true conditional style wins");
		assertEquals(posts.getStyle(), diagram.getNodes().get(1).getStyle());
		assertTrue(diagram.getProblems().isEmpty(), diagram.getProblems().toString());
	}

	@Test
	void elementEdgesConnectNestedNodesAndLayersAddRelationEdges() {
		InterpretedDiagram diagram = interpret();
		assertEquals(1, diagram.getEdges().size());
		DiagramEdge service = diagram.getEdges().get(0);
		assertEquals("Frailty MDT", service.source().getLabel());
		assertEquals("Core", service.target().getLabel());
		assertEquals("collaboration", service.label());
		InterpretedDiagram withManagement = interpret(managementLayer);
		DiagramEdge managed = withManagement.getEdges().stream().filter(e -> e.mapping() == lineManagement)
				.findFirst().orElseThrow();
		assertEquals("Link worker (vacant)", managed.source().getLabel());
		assertEquals("Lead", managed.target().getLabel());
		assertNull(managed.element(), "relation-based edges stand for a reference");
	}

	@Test
	void aFailingExpressionMarksTheNodeAndIsReportedOncePerMapping() {
		posts.setLabelExpression("self.nosuchFeature");
		InterpretedDiagram diagram = interpret();
		assertEquals(3, diagram.getNodes().size(), "the diagram is still drawn");
		assertNotNull(diagram.getNodes().get(1).getProblem());
		assertEquals(1, diagram.getProblems().size());
		assertTrue(diagram.getProblems().containsKey("post"), diagram.getProblems().toString());
	}
}
