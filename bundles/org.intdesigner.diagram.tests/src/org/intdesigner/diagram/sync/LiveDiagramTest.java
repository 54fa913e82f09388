package org.intdesigner.diagram.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.intdesigner.diagram.expressions.Expressions;
import org.intdesigner.diagram.notation.Diagram;
import org.intdesigner.diagram.notation.DiagramSet;
import org.intdesigner.diagram.notation.EdgeView;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.notation.NotationFactory;
import org.intdesigner.diagram.spec.ContainerMapping;
import org.intdesigner.diagram.spec.DiagramDescription;
import org.intdesigner.diagram.spec.DiagramSpecFactory;
import org.intdesigner.diagram.spec.Filter;
import org.intdesigner.diagram.spec.FilterKind;
import org.intdesigner.diagram.spec.Layer;
import org.intdesigner.diagram.spec.NodeMapping;
import org.intdesigner.diagram.spec.RelationEdgeMapping;
import org.intdesigner.diagram.spec.Viewpoint;
import org.intdesigner.diagram.store.NewDiagrams;
import org.intdesigner.diagram.store.NotationFiles;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;
import org.intdesigner.model.io.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Notation kept in step with the model: views keep their place, new ones are placed, stale ones dropped. */
class LiveDiagramTest {

	private static final DiagramSpecFactory S = DiagramSpecFactory.eINSTANCE;
	private static final IntdFactory M = IntdFactory.eINSTANCE;

	@TempDir
	Path folder;

	private final DiagramDescription description = S.createDiagramDescription();
	private final Layer layer = S.createLayer();
	private final NodeMapping posts = S.createNodeMapping();
	private final Filter hideVacant = S.createFilter();
	private final IntdModel model = M.createIntdModel();
	private final Team core = M.createTeam();
	private final Post lead = M.createPost();
	private final Post worker = M.createPost();
	private Diagram notation;

	private void build() throws IOException {
		Viewpoint viewpoint = S.createViewpoint();
		viewpoint.setName("Test");
		viewpoint.getDiagrams().add(description);
		description.setName("teams");
		ContainerMapping teams = S.createContainerMapping();
		teams.setName("team");
		teams.setSemanticCandidates("self.teams");
		teams.setLabelExpression("self.name");
		ContainerMapping subTeams = S.createContainerMapping();
		subTeams.setName("subTeam");
		subTeams.setSemanticCandidates("self.subTeams");
		subTeams.setLabelExpression("self.name");
		teams.getSubContainerMappings().add(subTeams);
		posts.setName("post");
		posts.setSemanticCandidates("self.posts");
		posts.setLabelExpression("self.name");
		RelationEdgeMapping lineManagement = S.createRelationEdgeMapping();
		lineManagement.setName("lineManager");
		lineManagement.setTargetExpression("self.lineManager");
		lineManagement.getSourceMappings().add(posts);
		lineManagement.getTargetMappings().add(posts);
		hideVacant.setName("hide vacant posts");
		hideVacant.setKind(FilterKind.HIDE);
		hideVacant.setCondition("self.vacant");
		hideVacant.getMappings().add(posts);
		layer.setName("default");
		layer.getContainerMappings().add(teams);
		layer.getNodeMappings().add(posts);
		layer.getEdgeMappings().add(lineManagement);
		layer.getFilters().add(hideVacant);
		description.getLayers().add(layer);

		core.setName("Core");
		Team mdt = M.createTeam();
		mdt.setName("MDT");
		core.getSubTeams().add(mdt);
		model.getTeams().add(core);
		lead.setName("Lead");
		lead.setHolder("A. Person");
		worker.setName("Link worker");
		worker.setHolder("B. Person");
		worker.setLineManager(lead);
		model.getPosts().add(lead);
		model.getPosts().add(worker);
		ModelFiles.saveNew(model, folder.resolve("m.intd"));
		notation = NewDiagrams.create(description, model, "Teams");
	}

	private LiveDiagram live() {
		return new LiveDiagram(description, notation, model, new Expressions());
	}

	private NodePlacement placement() {
		return new NodePlacement(view -> new int[] { 100, 40 }, 30);
	}

	@Test
	void firstSyncMakesAViewForEveryNodeAndEdgeAndASecondChangesNothing() throws IOException {
		build();
		LiveDiagram diagram = live();
		SyncReport first = diagram.refresh();
		assertEquals(4, first.addedNodes().size(), "core, its sub-team and two posts");
		assertEquals(1, first.addedEdges());
		assertEquals(3, notation.getNodes().size());
		assertEquals(1, notation.getNodes().get(0).getChildren().size());
		placement().place(first.addedNodes());
		NodeView leadView = diagram.viewsOf(lead).get(0);
		leadView.setX(345);
		SyncReport second = diagram.refresh();
		assertFalse(second.changedNotation(), second.toString());
		assertSame(leadView, diagram.viewsOf(lead).get(0));
		assertEquals(345, leadView.getX());
		assertEquals("Lead", diagram.nodeOf(leadView).getLabel());
		assertSame(lead, diagram.elementOf(leadView));
	}

	@Test
	void aNewElementIsPlacedInsideItsContainerWithoutMovingOthers() throws IOException {
		build();
		LiveDiagram diagram = live();
		placement().place(diagram.refresh().addedNodes());
		NodeView coreView = notation.getNodes().get(0);
		NodeView mdtView = coreView.getChildren().get(0);
		int[] before = { mdtView.getX(), mdtView.getY(), coreView.getX(), coreView.getY() };
		Team extra = M.createTeam();
		extra.setName("Extra");
		core.getSubTeams().add(extra);
		SyncReport report = diagram.refresh();
		assertEquals(1, report.addedNodes().size());
		placement().place(report.addedNodes());
		NodeView extraView = diagram.viewsOf(extra).get(0);
		assertSame(coreView, extraView.eContainer());
		assertTrue(extraView.getX() >= mdtView.getX() + mdtView.getWidth() || extraView.getY() >= mdtView.getY() + mdtView.getHeight(),
				"the new node does not overlap its sibling");
		assertTrue(coreView.getWidth() >= extraView.getX() + extraView.getWidth(), "the container grew to hold it");
		assertEquals(before[0], mdtView.getX());
		assertEquals(before[1], mdtView.getY());
		assertEquals(before[2], coreView.getX());
		assertEquals(before[3], coreView.getY());
	}

	@Test
	void aRemovedElementLosesItsViewAndGetsItBackWhenItReturns() throws IOException {
		build();
		LiveDiagram diagram = live();
		placement().place(diagram.refresh().addedNodes());
		NodeView workerView = diagram.viewsOf(worker).get(0);
		workerView.setX(500);
		model.getPosts().remove(worker);
		SyncReport removed = diagram.refresh();
		assertEquals(1, removed.removedNodes());
		assertEquals(1, removed.removedEdges());
		assertEquals(0, notation.getEdges().size());
		model.getPosts().add(worker);
		SyncReport back = diagram.refresh();
		assertTrue(back.addedNodes().isEmpty(), "the old view is reused, not a new one made");
		assertSame(workerView, diagram.viewsOf(worker).get(0));
		assertEquals(500, workerView.getX());
		assertEquals(1, notation.getEdges().size());
	}

	@Test
	void notationRoundTripsAndStalePartsAreDropped() throws IOException {
		build();
		LiveDiagram diagram = live();
		placement().place(diagram.refresh().addedNodes());
		diagram.viewsOf(worker).get(0).setX(432);
		NodeView stale = NotationFactory.eINSTANCE.createNodeView();
		stale.setMapping("post");
		stale.setElement("no-such-id");
		notation.getNodes().add(stale);
		Path file = NotationFiles.notationFileFor(folder.resolve("m.intd"));
		assertEquals("m.intdiagrams", file.getFileName().toString());
		ResourceSet first = new ResourceSetImpl();
		Resource resource = NotationFiles.load(first, file);
		((DiagramSet) resource.getContents().get(0)).getDiagrams().add(notation);
		NotationFiles.save(resource, file);

		Resource again = NotationFiles.load(new ResourceSetImpl(), file);
		notation = ((DiagramSet) again.getContents().get(0)).getDiagrams().get(0);
		LiveDiagram reopened = live();
		SyncReport report = reopened.refresh();
		assertTrue(report.addedNodes().isEmpty(), "every element found its stored view");
		assertEquals(0, report.addedEdges());
		assertEquals(1, report.removedNodes(), "the view of an unknown element is dropped");
		assertEquals(432, reopened.viewsOf(worker).get(0).getX());
	}

	@Test
	void aDamagedNotationFileIsRefusedWithItsLine() throws IOException {
		Path file = folder.resolve("bad.intdiagrams");
		Files.writeString(file, "<?xml version=\"1.0\"?>\n<dnot:DiagramSet xmlns:dnot=\"http://www.intdesigner.org/diagram/notation/1.0\">\n<diagrams\n");
		IOException e = assertThrows(IOException.class, () -> NotationFiles.load(new ResourceSetImpl(), file));
		assertTrue(e.getMessage().contains("bad.intdiagrams") && e.getMessage().contains("line"), e.getMessage());
	}

	@Test
	void aHideFilterHidesWithoutTouchingTheNotation() throws IOException {
		build();
		worker.setHolder(null);
		LiveDiagram diagram = live();
		placement().place(diagram.refresh().addedNodes());
		NodeView workerView = diagram.viewsOf(worker).get(0);
		assertFalse(diagram.isHidden(workerView));
		notation.getActiveFilters().add(hideVacant.getName());
		SyncReport report = diagram.refresh();
		assertFalse(report.changedNotation());
		assertTrue(diagram.isHidden(workerView));
		assertFalse(diagram.isHidden(diagram.viewsOf(lead).get(0)));
		assertEquals(List.of(hideVacant), diagram.allFilters());
	}

	@Test
	void aHideFilterOnAnEdgeMappingHidesItsEdgesOnly() throws IOException {
		build();
		Filter hideLines = S.createFilter();
		hideLines.setName("hide line management");
		hideLines.setKind(FilterKind.HIDE);
		hideLines.getMappings().add(layer.getEdgeMappings().get(0));
		layer.getFilters().add(hideLines);
		LiveDiagram diagram = live();
		diagram.refresh();
		EdgeView line = notation.getEdges().get(0);
		assertFalse(diagram.isHidden(line));
		notation.getActiveFilters().add(hideLines.getName());
		assertFalse(diagram.refresh().changedNotation(), "filters never change the notation");
		assertTrue(diagram.isHidden(line));
		assertFalse(diagram.isHidden(diagram.viewsOf(worker).get(0)), "the posts stay");
		hideLines.setCondition("self != null");
		diagram.refresh();
		assertFalse(diagram.isHidden(line), "a relation edge has no element for the condition to see");
		notation.getActiveFilters().clear();
		hideLines.setCondition(null);
		diagram.refresh();
		assertFalse(diagram.isHidden(line));
	}
}
