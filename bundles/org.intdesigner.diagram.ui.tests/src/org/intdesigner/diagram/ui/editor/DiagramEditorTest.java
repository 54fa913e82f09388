package org.intdesigner.diagram.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.render.Box;
import org.intdesigner.diagram.render.DiagramGeometry;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.ui.editor.ModelEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The diagram editor's gestures in the real workbench, on a small INT drawn by the team structure specification. */
@ExtendWith(UiTestExtension.class)
class DiagramEditorTest {

	private final UiDriver driver = UiDriver.forWorkbench();
	private final DiagramFixture fixture = new DiagramFixture(driver);

	@TempDir
	Path temp;
	private Path file;
	private ModelEditor modelEditor;
	private DiagramEditor editor;
	private IntdModel model;

	@BeforeEach
	void open() throws IOException {
		file = temp.resolve("small.intd");
		modelEditor = fixture.openModel(file, DiagramFixture.smallModel());
		model = driver.ui().call(() -> modelEditor.getModel().getModel());
		editor = fixture.newDiagram(file, "Small structure");
	}

	@AfterEach
	void close() {
		driver.closeDialogs();
		driver.ui().run(() -> driver.page().closeAllEditors(false));
	}

	private Team team(String name) {
		return driver.ui().call(() -> {
			var all = new java.util.ArrayList<Team>();
			model.eAllContents().forEachRemaining(o -> {
				if (o instanceof Team t && name.equals(t.getName())) {
					all.add(t);
				}
			});
			return all.get(0);
		});
	}

	private Post post(String name) {
		return driver.ui().call(() -> model.getPosts().stream().filter(p -> name.equals(p.getName())).findFirst().orElseThrow());
	}

	private DiagramCanvas canvas() {
		return driver.ui().call(editor::getCanvas);
	}

	private List<Object> selection() {
		return driver.ui().call(() -> canvas().getSelection());
	}

	private void execute(Command command) {
		driver.ui().run(() -> modelEditor.getModel().getCommandStack().execute(command));
	}

	private void undo() {
		driver.ui().run(() -> modelEditor.getModel().getCommandStack().undo());
	}

	@Test
	void aNewDiagramIsLaidOutWithTeamsAsContainersAndPostsInside() {
		driver.ui().run(() -> {
			DiagramGeometry geometry = canvas().getGeometry();
			NodeView core = editor.getDiagram().viewsOf(team("Core team")).get(0);
			NodeView mdt = editor.getDiagram().viewsOf(team("Frailty MDT")).get(0);
			NodeView worker = editor.getDiagram().viewsOf(post("Social worker")).get(0);
			assertSame(core, mdt.eContainer(), "the sub-team is drawn inside its team");
			assertSame(mdt, worker.eContainer(), "a post is drawn inside the team it works in");
			assertTrue(geometry.box(core).contains(geometry.box(mdt)));
			assertTrue(geometry.box(mdt).contains(geometry.box(worker)));
			assertFalse(geometry.box(core).intersects(geometry.box(editor.getDiagram().viewsOf(team("Care hub")).get(0))),
					"top-level teams do not overlap");
			assertEquals(1, geometry.edges().size(), "the nurse's line manager");
			assertEquals("District nurse (vacant)", editor.getDiagram().nodeOf(editor.getDiagram().viewsOf(post("District nurse")).get(0)).getLabel());
		});
		driver.screenshot("diagram-small-structure");
	}

	@Test
	void clickSelectsAndTheWorkbenchSeesTheElement() {
		NodeView core = fixture.viewOf(editor, team("Core team"));
		Point at = fixture.headerOf(editor, core);
		driver.mouse().click(canvas(), at.x, at.y);
		assertEquals(List.of(core), selection());
		IStructuredSelection shown = driver.ui().call(() -> (IStructuredSelection) editor.getSite().getSelectionProvider().getSelection());
		assertEquals(List.of(team("Core team")), shown.toList(), "Properties and the explorer get the team itself");

		NodeView hub = fixture.viewOf(editor, team("Care hub"));
		Point other = fixture.headerOf(editor, hub);
		driver.mouse().click(canvas(), other.x, other.y, SWT.MOD1);
		assertEquals(2, selection().size(), "Ctrl+click adds to the selection");
		Point empty = driver.ui().call(() -> {
			Box extent = canvas().getGeometry().extent();
			return canvas().toScreen(extent.right() + 20, extent.bottom() + 20);
		});
		driver.mouse().click(canvas(), empty.x, empty.y);
		assertTrue(selection().isEmpty(), "a click on empty space clears the selection");
	}

	@Test
	void aRubberBandSelectsTheNodesInside() {
		NodeView hub = fixture.viewOf(editor, team("Care hub"));
		Box box = driver.ui().call(() -> canvas().getGeometry().box(hub));
		Point from = driver.ui().call(() -> canvas().toScreen(box.x() - 10, box.y() - 10));
		Point to = driver.ui().call(() -> canvas().toScreen(box.right() + 10, box.bottom() + 10));
		driver.mouse().drag(canvas(), from.x, from.y, to.x, to.y);
		List<Object> selected = selection();
		assertTrue(selected.contains(hub), "the hub and what it holds are selected: " + selected);
		assertEquals(2, selected.size(), "the hub and its coordinator");
	}

	@Test
	void draggingMovesOnTheGridAndUndoPutsItBack() {
		NodeView hub = fixture.viewOf(editor, team("Care hub"));
		int[] before = driver.ui().call(() -> new int[] { hub.getX(), hub.getY() });
		Point at = fixture.headerOf(editor, hub);
		double zoom = driver.ui().call(() -> canvas().getZoom());
		driver.mouse().drag(canvas(), at.x, at.y, at.x + (int) (57 * zoom), at.y + (int) (33 * zoom));
		int[] after = driver.ui().call(() -> new int[] { hub.getX(), hub.getY() });
		assertEquals(0, after[0] % SelectionTool.GRID, "snapped to the grid");
		assertEquals(0, after[1] % SelectionTool.GRID);
		assertTrue(Math.abs(after[0] - before[0] - 57) <= 10 && Math.abs(after[1] - before[1] - 33) <= 10,
				"moved by about the drag: " + before[0] + "," + before[1] + " -> " + after[0] + "," + after[1]);
		assertTrue(driver.ui().call(editor::isDirty));
		driver.ui().run(() -> canvas().setFocus());
		driver.keys(SWT.MOD1, 'z');
		driver.waitUntil(Condition.of("the move undone", () -> driver.ui().call(() -> hub.getX() == before[0] && hub.getY() == before[1])));
	}

	@Test
	void aCornerHandleResizes() {
		NodeView hub = fixture.viewOf(editor, team("Care hub"));
		Point at = fixture.headerOf(editor, hub);
		driver.mouse().click(canvas(), at.x, at.y);
		Box box = driver.ui().call(() -> canvas().getGeometry().box(hub));
		Point corner = driver.ui().call(() -> canvas().toScreen(box.right(), box.bottom()));
		double zoom = driver.ui().call(() -> canvas().getZoom());
		driver.mouse().drag(canvas(), corner.x, corner.y, corner.x + (int) (100 * zoom), corner.y + (int) (60 * zoom));
		int[] size = driver.ui().call(() -> new int[] { hub.getWidth(), hub.getHeight() });
		assertTrue(Math.abs(size[0] - box.width() - 100) <= 10 && Math.abs(size[1] - box.height() - 60) <= 10,
				"grew by the drag: " + box + " -> " + size[0] + "x" + size[1]);
	}

	@Test
	void thePaletteCreatesAPostInTheTeamClickedAndItsLabelIsEditedInPlace() {
		Team hubTeam = team("Care hub");
		NodeView hub = fixture.viewOf(editor, hubTeam);
		ToolItem postTool = driver.find(org.intdesigner.testsupport.ui.WidgetQuery.of(ToolItem.class).withText("Post"),
				driver.ui().call(() -> editor.getPalette().getControl().getParent()));
		driver.click(postTool);
		driver.waitUntil(Condition.of("the post tool in use", () -> driver.ui().call(() -> canvas().getTool() instanceof CreationTool)));
		Point inside = driver.ui().call(() -> {
			Box box = canvas().getGeometry().box(hub);
			return canvas().toScreen(box.x() + 20, box.bottom() - 10);
		});
		int posts = driver.ui().call(() -> model.getPosts().size());
		driver.mouse().click(canvas(), inside.x, inside.y);
		assertEquals(posts + 1, (int) driver.ui().call(() -> model.getPosts().size()));
		Post created = driver.ui().call(() -> model.getPosts().get(model.getPosts().size() - 1));
		assertEquals("New post", driver.ui().call(created::getName));
		NodeView view = fixture.viewOf(editor, created);
		assertSame(hub, driver.ui().call(view::eContainer), "drawn in the team clicked");
		assertTrue(driver.ui().call(() -> editor.getDirectEdit().isActive()), "its label is open for editing");
		Text text = driver.ui().call(() -> editor.getDirectEdit().getText());
		driver.type(text, "Care coordinator");
		driver.ui().run(() -> text.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event()));
		assertEquals("Care coordinator", driver.ui().call(created::getName));
		driver.screenshot("diagram-created-post");
		undo();
		assertEquals("New post", driver.ui().call(created::getName), "undo takes back the rename");
		undo();
		assertEquals(posts, (int) driver.ui().call(() -> model.getPosts().size()), "then the creation");
	}

	@Test
	void deleteRemovesFromTheModelAndUndoBringsItBackWhereItWas() {
		Post coordinator = post("Coordinator");
		NodeView view = fixture.viewOf(editor, coordinator);
		int[] place = driver.ui().call(() -> new int[] { view.getX(), view.getY() });
		Point at = fixture.centreOf(editor, view);
		driver.mouse().click(canvas(), at.x, at.y);
		driver.ui().run(() -> canvas().setFocus());
		driver.press(SWT.NONE, SWT.DEL);
		driver.waitUntil(Condition.of("the post deleted", () -> driver.ui().call(() -> !model.getPosts().contains(coordinator))));
		assertTrue(driver.ui().call(() -> editor.getDiagram().viewsOf(coordinator).isEmpty()));
		undo();
		NodeView back = fixture.viewOf(editor, coordinator);
		assertSame(view, back, "the same view returns");
		assertEquals(place[0], (int) driver.ui().call(back::getX));
		assertEquals(place[1], (int) driver.ui().call(back::getY));
	}

	@Test
	void changesMadeElsewhereUpdateTheDiagramWithoutMovingAnything() {
		NodeView core = fixture.viewOf(editor, team("Core team"));
		NodeView hub = fixture.viewOf(editor, team("Care hub"));
		int[] before = driver.ui().call(() -> new int[] { core.getX(), core.getY(), hub.getX(), hub.getY() });
		execute(SetCommand.create(modelEditor.getEditingDomain(), team("Care hub"), IntdPackage.Literals.ELEMENT__NAME, "Care hub (north)"));
		assertEquals("Care hub (north)", driver.ui().call(() -> editor.getDiagram().nodeOf(hub).getLabel()));
		Team extra = IntdFactory.eINSTANCE.createTeam();
		extra.setName("Extra team");
		execute(AddCommand.create(modelEditor.getEditingDomain(), team("Core team"), IntdPackage.Literals.TEAM__SUB_TEAMS, extra));
		NodeView extraView = fixture.viewOf(editor, extra);
		assertSame(core, driver.ui().call(extraView::eContainer));
		int[] after = driver.ui().call(() -> new int[] { core.getX(), core.getY(), hub.getX(), hub.getY() });
		assertEquals(java.util.Arrays.toString(before), java.util.Arrays.toString(after), "nothing the user placed moved");
		undo();
		assertTrue(driver.ui().call(() -> editor.getDiagram().viewsOf(extra).isEmpty()), "undo from anywhere updates the diagram");
	}

	@Test
	void keyboardNavigatesZoomsAndEdits() {
		driver.ui().run(() -> canvas().setFocus());
		driver.ui().run(() -> canvas().select(List.of()));
		driver.ui().run(() -> canvas().notifyListeners(SWT.Traverse, traverse(SWT.TRAVERSE_TAB_NEXT)));
		assertEquals(1, selection().size(), "Tab selects the first node");
		Object first = selection().get(0);
		driver.press(SWT.NONE, SWT.ARROW_DOWN);
		driver.waitUntil(Condition.of("another node selected", () -> !selection().isEmpty() && selection().get(0) != first));
		double zoom = driver.ui().call(() -> canvas().getZoom());
		driver.keys(SWT.MOD1, '=');
		driver.waitUntil(Condition.of("zoomed in", () -> driver.ui().call(() -> canvas().getZoom()) > zoom));
		driver.keys(SWT.MOD1, '0');
		driver.waitUntil(Condition.of("back to 100%", () -> driver.ui().call(() -> canvas().getZoom()) == 1.0));
		driver.mouse().wheel(canvas(), 50, 50, 1, SWT.MOD1);
		assertTrue(driver.ui().call(() -> canvas().getZoom()) > 1.0, "Ctrl+wheel zooms");
		driver.press(SWT.NONE, SWT.F2);
		driver.waitUntil(Condition.of("the label editor", () -> driver.ui().call(() -> editor.getDirectEdit().isActive())));
		driver.press(SWT.NONE, SWT.ESC);
	}

	private static org.eclipse.swt.widgets.Event traverse(int detail) {
		org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
		event.detail = detail;
		event.doit = true;
		return event;
	}

	@Test
	void filtersAndLayersChangeWhatIsShownAndUndoAsOneStep() {
		NodeView nurse = fixture.viewOf(editor, post("District nurse"));
		assertTrue(driver.ui().call(() -> canvas().getGeometry().isShown(nurse)));
		driver.ui().run(() -> editor.toggle("hideVacant", false));
		assertFalse(driver.ui().call(() -> canvas().getGeometry().isShown(nurse)), "the vacant post is hidden");
		assertEquals(0, (int) driver.ui().call(() -> canvas().getGeometry().edges().size()), "and its line to the manager");
		undo();
		assertTrue(driver.ui().call(() -> canvas().getGeometry().isShown(nurse)));
		assertEquals(1, (int) driver.ui().call(() -> editor.getDiagram().getNotation().getEdges().size()));
		driver.ui().run(() -> {
			post("Social worker").setSupervisor(post("Team lead"));
		});
		driver.ui().run(() -> editor.toggle("supervision", true));
		assertEquals(2, (int) driver.ui().call(() -> canvas().getGeometry().edges().size()), "the supervision layer adds its edges");
	}

	@Test
	void arrangeAllLaysOutAgainAndUndoRestoresTheUsersLayout() {
		NodeView hub = fixture.viewOf(editor, team("Care hub"));
		driver.ui().run(() -> editor.execute(NotationCommands.move(editor.getNotationResource(), List.of(hub),
				editor.getDiagram().getNotation().getEdges(), 400, 300)));
		int[] moved = driver.ui().call(() -> new int[] { hub.getX(), hub.getY() });
		ToolItem arrange = driver.find(org.intdesigner.testsupport.ui.WidgetQuery.of(ToolItem.class).withText("Arrange All"),
				driver.ui().call(() -> editor.getToolBar().getControl().getParent()));
		driver.click(arrange);
		driver.waitUntil(Condition.of("arranged", () -> driver.ui().call(() -> hub.getX() != moved[0] || hub.getY() != moved[1])));
		assertEquals("Arrange All", driver.ui().call(() -> editor.commandStack().getUndoCommand().getLabel()));
		driver.ui().run(() -> {
			List<NodeView> top = editor.getDiagram().getNotation().getNodes();
			for (NodeView a : top) {
				for (NodeView b : top) {
					if (a != b) {
						assertFalse(canvas().getGeometry().box(a).intersects(canvas().getGeometry().box(b)), a + " overlaps " + b);
					}
				}
			}
		});
		undo();
		assertEquals(moved[0], (int) driver.ui().call(hub::getX));
		assertEquals(moved[1], (int) driver.ui().call(hub::getY));
	}

	@Test
	void savingWritesTheNotationAndReopeningRestoresTheLayout() throws IOException {
		NodeView hub = fixture.viewOf(editor, team("Care hub"));
		driver.ui().run(() -> editor.execute(NotationCommands.move(editor.getNotationResource(), List.of(hub),
				editor.getDiagram().getNotation().getEdges(), 40, 30)));
		int[] place = driver.ui().call(() -> new int[] { hub.getX(), hub.getY() });
		String id = driver.ui().call(() -> editor.getDiagram().getNotation().getId());
		driver.ui().run(() -> editor.getCanvas().setFocus());
		driver.keys(SWT.MOD1, 's');
		driver.waitUntil(Condition.of("saved", () -> !driver.ui().call(editor::isDirty)));
		Path notation = temp.resolve("small.intdiagrams");
		assertTrue(Files.exists(notation));
		driver.ui().run(() -> driver.page().closeAllEditors(false));
		driver.ui().run(() -> org.intdesigner.diagram.ui.session.DiagramsMenu.open(file, id, "Small structure"));
		fixture.waitForEditor(DiagramEditor.class);
		editor = driver.ui().call(() -> (DiagramEditor) driver.page().getActiveEditor());
		model = driver.ui().call(() -> (IntdModel) editor.getDiagram().getRoot());
		NodeView reopened = fixture.viewOf(editor, team("Care hub"));
		assertEquals(place[0], (int) driver.ui().call(reopened::getX));
		assertEquals(place[1], (int) driver.ui().call(reopened::getY));
		assertFalse(driver.ui().call(() -> editor.getInfoBar().isShown()), "nothing stale to report");
	}

	@Test
	void theDiagramsMenuOfTheModelEditorMakesANewDiagram() {
		driver.ui().run(() -> driver.page().activate(modelEditor));
		var tree = driver.ui().call(() -> modelEditor.getTree().getViewer().getControl());
		driver.menus().selectInContextMenu(tree, "Diagrams", "New Team structure...");
		driver.waitUntil(Condition.of("the name dialog", () -> driver.hasShell("New Diagram")));
		driver.click(driver.button("OK"));
		driver.waitUntil(Condition.of("a second diagram editor", () -> driver.ui().call(
				() -> driver.page().getActiveEditor() instanceof DiagramEditor open && open != editor)));
		DiagramEditor second = driver.ui().call(() -> (DiagramEditor) driver.page().getActiveEditor());
		assertNotEquals(editor, second);
		assertEquals("Team structure of Small INT", driver.ui().call(second::getPartName));
		assertSame(driver.ui().call(editor::getEditingDomain), driver.ui().call(second::getEditingDomain), "one model, one command stack");
		List<String> entries = driver.menus().contextTexts(tree, "Diagrams");
		assertTrue(entries.contains("Open 'Small structure'"), entries.toString());
	}

	@Test
	void theOutlineShowsTheWholeDiagramAndMovesTheView() {
		driver.showView("org.eclipse.ui.views.ContentOutline");
		driver.ui().run(() -> driver.page().activate(editor));
		driver.waitUntil(Condition.of("the overview", () -> driver.ui().call(() -> {
			var outline = driver.page().findView("org.eclipse.ui.views.ContentOutline");
			return outline != null && ((org.eclipse.ui.part.PageBookView) outline).getCurrentPage() instanceof DiagramOverview;
		})));
		assertNotNull(driver.ui().call(() -> ((org.eclipse.ui.part.PageBookView) driver.page().findView("org.eclipse.ui.views.ContentOutline"))
				.getCurrentPage().getControl()));
	}

	@Test
	void draggingASubTeamOntoAnotherTeamMovesItThereInTheModel() {
		Team mdt = team("Frailty MDT");
		NodeView mdtView = fixture.viewOf(editor, mdt);
		NodeView hub = fixture.viewOf(editor, team("Care hub"));
		Point from = fixture.headerOf(editor, mdtView);
		Point to = driver.ui().call(() -> {
			Box box = canvas().getGeometry().box(hub);
			return canvas().toScreen(box.x() + 10, box.bottom() - 8);
		});
		driver.mouse().drag(canvas(), from.x, from.y, to.x, to.y);
		assertSame(team("Care hub"), driver.ui().call(mdt::eContainer), "the model changed");
		NodeView moved = fixture.viewOf(editor, mdt);
		assertSame(hub, driver.ui().call(moved::eContainer), "and the diagram shows it inside the hub");
		assertTrue(driver.ui().call(() -> canvas().getGeometry().box(hub).contains(canvas().getGeometry().box(moved))),
				"the hub grew to hold it");
		undo();
		assertSame(team("Core team"), driver.ui().call(mdt::eContainer));
		assertSame(mdtView, fixture.viewOf(editor, mdt), "undo brings the old view back where it was");
	}

	@Test
	void collapsingATeamHidesWhatItHolds() {
		NodeView core = fixture.viewOf(editor, team("Core team"));
		Point at = fixture.headerOf(editor, core);
		driver.mouse().click(canvas(), at.x, at.y);
		driver.menus().selectInContextMenu(canvas(), "Collapse");
		driver.waitUntil(Condition.of("collapsed", () -> driver.ui().call(core::isCollapsed)));
		NodeView nurse = fixture.viewOf(editor, post("District nurse"));
		assertFalse(driver.ui().call(() -> canvas().getGeometry().isShown(nurse)));
		assertTrue(driver.ui().call(() -> canvas().getGeometry().box(core).height() <= DiagramGeometry.HEADER + 4));
		assertEquals(0, (int) driver.ui().call(() -> canvas().getGeometry().edges().size()), "an edge inside it goes too");
		undo();
		assertTrue(driver.ui().call(() -> canvas().getGeometry().isShown(nurse)));
	}

	@Test
	void anInnerSegmentOfASelectedEdgeMovesSidewaysAndStaysOrthogonal() {
		org.intdesigner.diagram.notation.EdgeView edge = driver.ui().call(() -> editor.getDiagram().getNotation().getEdges().get(0));
		// a route with a dogleg: from the nurse down, across, down to the lead
		driver.ui().run(() -> {
			Box nurse = canvas().getGeometry().box(edge.getSource());
			Box lead = canvas().getGeometry().box(edge.getTarget());
			int middle = (nurse.bottom() + lead.y()) / 2;
			int leadX = lead.centerX() + 30;
			editor.execute(NotationCommands.change(editor.getNotationResource(), "route", () -> edge.setBendpoints(
					nurse.centerX() + "," + nurse.bottom() + " " + nurse.centerX() + "," + middle + " " + leadX + ","
							+ middle + " " + leadX + "," + lead.y())));
		});
		int[] route = driver.ui().call(() -> canvas().getGeometry().route(edge));
		driver.ui().run(() -> canvas().select(List.of(edge)));
		int y = route[3];
		Point grab = driver.ui().call(() -> canvas().toScreen((route[2] + route[4]) / 2, route[3]));
		double zoom = driver.ui().call(() -> canvas().getZoom());
		driver.mouse().drag(canvas(), grab.x, grab.y, grab.x + 15, grab.y - (int) Math.round(20 * zoom));
		int[] after = driver.ui().call(() -> canvas().getGeometry().route(edge));
		assertEquals(route.length, after.length);
		assertEquals(after[3], after[5], "the moved segment is still horizontal: " + java.util.Arrays.toString(route) + " -> " + java.util.Arrays.toString(after));
		assertTrue(Math.abs(after[3] - (y - 20)) <= SelectionTool.GRID, "moved up by about the drag: " + y + " -> " + after[3]);
		assertEquals(route[2], after[2], "only sideways to its direction");
		assertEquals(after[0], after[2], "its neighbours stretch and stay vertical");
		undo();
		assertEquals(y, (int) driver.ui().call(() -> canvas().getGeometry().route(edge)[3]));
	}

	@Test
	void selectingInTheModelEditorSelectsInTheDiagram() {
		Team hubTeam = team("Care hub");
		NodeView hub = fixture.viewOf(editor, hubTeam);
		driver.ui().run(() -> driver.page().activate(modelEditor));
		driver.ui().run(() -> modelEditor.getTree().getViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(hubTeam), true));
		driver.waitUntil(Condition.of("the hub selected in the diagram", () -> selection().equals(List.of(hub))));
	}

	@Test
	void validationFindingsAreMarkedOnTheDiagram() {
		NodeView hub = fixture.viewOf(editor, team("Care hub"));
		driver.waitUntil(Condition.of("the hub marked (it has no lead)", () -> driver.ui().call(() -> {
			editor.refreshFromModel();
			return editor.getDiagram().decorationsOf(hub).stream().anyMatch(d -> d.tooltip().contains("TEAM-002"));
		})));
		NodeView core = fixture.viewOf(editor, team("Core team"));
		assertTrue(driver.ui().call(() -> editor.getDiagram().decorationsOf(core).stream()
				.noneMatch(d -> d.tooltip().contains("TEAM-002"))), "the core team has a lead");
		driver.ui().run(() -> modelEditor.getModel().getCommandStack().execute(SetCommand.create(modelEditor.getEditingDomain(),
				team("Care hub"), IntdPackage.Literals.TEAM__LEAD, post("Coordinator"))));
		assertTrue(driver.ui().call(() -> editor.getDiagram().decorationsOf(hub).stream()
				.noneMatch(d -> d.tooltip().contains("TEAM-002"))), "setting a lead clears the mark at once");
	}
}
