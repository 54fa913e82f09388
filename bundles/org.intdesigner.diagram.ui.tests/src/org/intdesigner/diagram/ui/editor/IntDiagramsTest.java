package org.intdesigner.diagram.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.intdesigner.diagram.notation.Diagram;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.store.NewDiagrams;
import org.intdesigner.diagram.render.Box;
import org.intdesigner.diagram.ui.session.DiagramSession;
import org.intdesigner.diagram.ui.session.DiagramsMenu;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Post;
import org.intdesigner.model.RaciAssignment;
import org.intdesigner.model.RaciCode;
import org.intdesigner.model.Team;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.model.samples.SyntheticModels;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.testsupport.ui.WidgetQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each built-in INT diagram type drawn in the editor over the example place and over a synthetic
 * neighbourhood of 300 posts (laid out, nothing overlapping, no failures, screenshots of each), and
 * edited through its own palette: the model changes as a person drawing expects.
 */
@ExtendWith(UiTestExtension.class)
class IntDiagramsTest {

	private static final String STRUCTURE = "IntStructure/TeamStructure";
	private static final String BOUNDARIES = "IntBoundaries/BoundaryMap";
	private static final String ACCOUNTABILITY = "IntAccountability/AccountabilityMap";
	private static final String LINE_MANAGEMENT = "IntLineManagement/LineManagementChart";

	private final UiDriver driver = UiDriver.forWorkbench();
	private final DiagramFixture fixture = new DiagramFixture(driver);

	@TempDir
	Path temp;
	private IntdModel model;

	@AfterEach
	void close() {
		driver.closeDialogs();
		driver.ui().run(() -> driver.page().closeAllEditors(false));
	}

	private DiagramEditor open(IntdModel semantic, String type) throws IOException {
		Path file = temp.resolve("model.intd");
		org.intdesigner.ui.editor.ModelEditor modelEditor = fixture.openModel(file, semantic);
		model = driver.ui().call(() -> modelEditor.getModel().getModel());
		return driver.ui().call(() -> {
			try {
				DiagramSession session = DiagramSession.open(file);
				try {
					Diagram diagram = NewDiagrams.create(DiagramDescriptions.find(type), session.getSemantic().getRoot(), type);
					session.getDiagramSet().getDiagrams().add(diagram);
					DiagramsMenu.open(file, diagram.getId(), type);
				} finally {
					session.release();
				}
			} catch (IOException e) {
				throw new AssertionError(e);
			}
			return (DiagramEditor) driver.page().getActiveEditor();
		});
	}

	private void assertLaidOutWithoutOverlaps(DiagramEditor editor, String type) {
		driver.ui().run(() -> {
			assertTrue(editor.getDiagram().getProblems().isEmpty(), type + ": " + editor.getDiagram().getProblems());
			List<NodeView> top = editor.getDiagram().getNotation().getNodes();
			assertFalse(top.isEmpty(), type + " draws something");
			for (NodeView a : top) {
				for (NodeView b : top) {
					Box boxA = editor.getCanvas().getGeometry().box(a);
					Box boxB = editor.getCanvas().getGeometry().box(b);
					if (a != b && boxA != null && boxB != null) {
						assertFalse(boxA.intersects(boxB), type + ": " + a.getElement() + " overlaps " + b.getElement());
					}
				}
			}
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { STRUCTURE, BOUNDARIES, ACCOUNTABILITY, LINE_MANAGEMENT })
	void drawsTheExamplePlaceLaidOut(String type) throws IOException {
		DiagramEditor editor = open(ExamplePlace.create(), type);
		assertLaidOutWithoutOverlaps(editor, type);
		String name = type.substring(type.indexOf('/') + 1);
		driver.screenshot("example-" + name);
		driver.ui().flush(); // the opening view is set once the editor is laid out; fit after it
		driver.ui().run(() -> editor.getCanvas().zoomToFit());
		driver.ui().flush();
		driver.screenshot("example-" + name + "-whole");
	}

	@ParameterizedTest
	@ValueSource(strings = { STRUCTURE, BOUNDARIES, ACCOUNTABILITY, LINE_MANAGEMENT })
	void drawsANeighbourhoodOf300PostsLaidOut(String type) throws IOException {
		DiagramEditor editor = open(SyntheticModels.generate(SyntheticModels.Scale.NEIGHBOURHOOD, 7), type);
		assertLaidOutWithoutOverlaps(editor, type);
		String name = type.substring(type.indexOf('/') + 1);
		driver.screenshot("neighbourhood-" + name);
		driver.ui().flush();
		driver.ui().run(() -> editor.getCanvas().zoomToFit());
		driver.ui().flush();
		driver.screenshot("neighbourhood-" + name + "-whole");
	}

	private void useTool(DiagramEditor editor, String label) {
		ToolItem tool = driver.find(WidgetQuery.of(ToolItem.class).withText(label),
				driver.ui().call(() -> editor.getPalette().getControl().getParent()));
		driver.click(tool);
		driver.waitUntil(Condition.of("the " + label + " tool in use",
				() -> driver.ui().call(() -> editor.getCanvas().getTool() instanceof CreationTool)));
	}

	private void clickOn(DiagramEditor editor, Object element) {
		Point at = fixture.centreOf(editor, fixture.viewOf(editor, element));
		driver.mouse().click(driver.ui().call(editor::getCanvas), at.x, at.y);
	}

	private void undo(DiagramEditor editor) {
		driver.ui().run(() -> editor.getSession().getSemantic().getEditingDomain().getCommandStack().undo());
	}

	@Test
	void theAccountabilityMapCreatesAnItemAndAssignsItsAccountablePartyByDrawing() throws IOException {
		DiagramEditor editor = open(ExamplePlace.create(), ACCOUNTABILITY);
		int items = driver.ui().call(() -> model.getAccountabilities().size());
		useTool(editor, "Accountability");
		Point empty = driver.ui().call(() -> {
			Box all = editor.getCanvas().getGeometry().extent();
			editor.getCanvas().reveal(new Box(all.x(), all.bottom() + 40, 10, 10));
			return editor.getCanvas().toScreen(all.x() + 20, all.bottom() + 40);
		});
		driver.mouse().click(driver.ui().call(editor::getCanvas), empty.x, empty.y);
		assertEquals(items + 1, (int) driver.ui().call(() -> model.getAccountabilities().size()));
		AccountabilityItem created = driver.ui().call(() -> model.getAccountabilities().get(items));
		Text text = driver.ui().call(() -> editor.getDirectEdit().getText());
		driver.type(text, "Falls prevention");
		driver.ui().run(() -> text.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event()));
		assertEquals("Falls prevention", driver.ui().call(created::getName));

		Team party = driver.ui().call(() -> model.getAccountabilities().stream().flatMap(i -> i.getAssignments().stream())
				.map(RaciAssignment::getParty).filter(Team.class::isInstance).map(Team.class::cast).findFirst().orElseThrow());
		useTool(editor, "Accountable (A)");
		clickOn(editor, created);
		clickOn(editor, party);
		driver.waitUntil(Condition.of("the A assigned", () -> driver.ui().call(() -> created.getAssignments().size() == 1)));
		RaciAssignment assignment = driver.ui().call(() -> created.getAssignments().get(0));
		assertSame(party, driver.ui().call(assignment::getParty));
		assertEquals(RaciCode.A, driver.ui().call(assignment::getCode));
		driver.waitUntil(Condition.of("the edge drawn", () -> driver.ui().call(() -> !editor.getDiagram().edgeViewsOf(assignment).isEmpty())));
		driver.screenshot("accountability-map-edited");
		undo(editor);
		assertTrue(driver.ui().call(() -> created.getAssignments().isEmpty()), "undo takes the assignment back");
	}

	@Test
	void theLineManagementChartSetsALineManagerByDrawing() throws IOException {
		DiagramEditor editor = open(ExamplePlace.create(), LINE_MANAGEMENT);
		Post report = driver.ui().call(() -> model.getPosts().stream().filter(p -> p.getLineManager() != null).findFirst().orElseThrow());
		Post oldManager = driver.ui().call(report::getLineManager);
		Post newManager = driver.ui().call(() -> model.getPosts().stream()
				.filter(p -> p != report && p != oldManager && p.getLineManager() != report).findFirst().orElseThrow());
		useTool(editor, "Line manager");
		clickOn(editor, report);
		clickOn(editor, newManager);
		driver.waitUntil(Condition.of("the new line manager", () -> driver.ui().call(report::getLineManager) == newManager));
		undo(editor);
		assertSame(oldManager, driver.ui().call(report::getLineManager));
	}

	@Test
	void theBoundaryMapRenamesAnOrganisationInPlace() throws IOException {
		DiagramEditor editor = open(ExamplePlace.create(), BOUNDARIES);
		Organisation organisation = driver.ui().call(() -> model.getOrganisations().get(0));
		NodeView region = fixture.viewOf(editor, organisation);
		// selected as the explorer would (edges of other organisations may run over its header)
		driver.ui().run(() -> {
			editor.getCanvas().select(List.of(region));
			editor.getCanvas().setFocus();
		});
		driver.press(SWT.NONE, SWT.F2);
		driver.waitUntil(Condition.of("the label open for editing", () -> driver.ui().call(() -> editor.getDirectEdit().isActive())));
		Text text = driver.ui().call(() -> editor.getDirectEdit().getText());
		driver.type(text, "Riverside Health and Care Trust");
		driver.ui().run(() -> text.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event()));
		assertEquals("Riverside Health and Care Trust", driver.ui().call(organisation::getName));
	}

	@Test
	void theTeamStructureLinksTwoTeams() throws IOException {
		DiagramEditor editor = open(ExamplePlace.create(), STRUCTURE);
		Team first = driver.ui().call(() -> model.getTeams().get(0));
		Team second = driver.ui().call(() -> model.getTeams().get(1));
		int interactions = driver.ui().call(() -> model.getInteractions().size());
		useTool(editor, "Link teams");
		Point a = fixture.headerOf(editor, fixture.viewOf(editor, first));
		driver.mouse().click(driver.ui().call(editor::getCanvas), a.x, a.y);
		Point b = fixture.headerOf(editor, fixture.viewOf(editor, second));
		driver.mouse().click(driver.ui().call(editor::getCanvas), b.x, b.y);
		driver.waitUntil(Condition.of("a new interaction", () -> driver.ui().call(() -> model.getInteractions().size()) == interactions + 1));
		var link = driver.ui().call(() -> model.getInteractions().get(interactions));
		assertSame(first, driver.ui().call(link::getSource));
		assertSame(second, driver.ui().call(link::getTarget));
		assertNotEquals(0, driver.ui().call(() -> editor.getDiagram().edgeViewsOf(link).size()), "drawn as an edge");
	}
}
