package org.intdesigner.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertySource;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Team;
import org.intdesigner.model.edit.FeatureGroupItemProvider;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.io.ModelIds;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.ui.emf.ItemPropertySourceProvider;
import org.intdesigner.ui.explorer.ModelExplorerView;
import org.intdesigner.ui.files.PathEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The model editor in the real workbench: tree, New, undo/redo, dirty marker, edit actions, save. */
@ExtendWith(UiTestExtension.class)
class ModelEditorTest {

	private final UiDriver driver = UiDriver.forWorkbench();

	@TempDir
	Path temp;
	private Path file;
	private ModelEditor editor;

	@BeforeEach
	void openModel() throws IOException {
		file = temp.resolve("editor-test.intd");
		IntdModel model = IntdFactory.eINSTANCE.createIntdModel();
		model.setName("Editor test INT");
		Team team = IntdFactory.eINSTANCE.createTeam();
		team.setName("Northside core team");
		Post lead = IntdFactory.eINSTANCE.createPost();
		lead.setName("Team lead");
		team.setLead(lead);
		model.getTeams().add(team);
		model.getPosts().add(lead);
		ModelIds.assignMissing(model);
		ModelFiles.saveNew(model, file);
		editor = (ModelEditor) open(file);
	}

	private IEditorPart open(Path path) {
		return driver.ui().call(() -> {
			try {
				return driver.page().openEditor(new PathEditorInput(path), ModelEditor.ID);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
	}

	@AfterEach
	void closeEditors() {
		driver.closeDialogs();
		driver.ui().run(() -> driver.page().closeAllEditors(false));
	}

	private IntdModel model() {
		return editor.getModel().getModel();
	}

	private Tree tree() {
		return driver.ui().call(() -> editor.getTree().getViewer().getTree());
	}

	private void select(Object element) {
		driver.ui().run(() -> {
			editor.setFocus();
			editor.getTree().getViewer().setSelection(new StructuredSelection(element), true);
		});
	}

	private boolean dirty() {
		return driver.ui().call(editor::isDirty);
	}

	@Test
	void showsTheModelAsATreeWithItsLabels() {
		List<String> labels = driver.ui().call(() -> {
			editor.getTree().getViewer().expandToLevel(3);
			List<String> texts = new java.util.ArrayList<>();
			TreeItem root = tree().getItem(0);
			texts.add(root.getText());
			for (TreeItem folder : root.getItems()) {
				texts.add(folder.getText());
				for (TreeItem item : folder.getItems()) {
					texts.add("  " + item.getText());
				}
			}
			return texts;
		});
		assertEquals("Editor test INT", labels.get(0), labels.toString());
		assertTrue(labels.contains("Teams (1)") && labels.contains("Posts (1)") && labels.contains("Areas (0)"),
				labels.toString());
		assertTrue(labels.contains("  Northside core team") && labels.contains("  Team lead (vacant)"), labels.toString());
		assertNotNull(driver.ui().call(() -> tree().getItem(0).getImage()), "icons come from the edit bundle");
		select(model().getTeams().get(0));
		driver.showView("org.eclipse.ui.views.PropertySheet");
		driver.ui().run(editor::setFocus);
		driver.screenshot("model-editor");
	}

	@Test
	void newChildFromTheContextMenuIsUndoableAndMarksTheEditorDirty() {
		select(model());
		assertFalse(dirty());
		driver.menus().selectInContextMenu(tree(), "New", "Team");
		driver.waitUntil(Condition.of("a second team", () -> model().getTeams().size() == 2));
		assertTrue(dirty());
		assertNotNull(model().getTeams().get(1).getId(), "new objects get an id");
		driver.ui().run(editor::setFocus);
		driver.keys(SWT.MOD1, 'z');
		driver.waitUntil(Condition.of("undone", () -> model().getTeams().size() == 1));
		assertFalse(dirty());
		driver.keys(SWT.MOD1 | SWT.SHIFT, 'z');
		driver.waitUntil(Condition.of("redone", () -> model().getTeams().size() == 2));
		assertTrue(dirty());
	}

	@Test
	void aFolderOffersOnlyItsOwnKindAndAddsToTheModel() {
		Object teams = FeatureGroupItemProvider.of(editor.getModel().getAdapterFactory(), model(),
				IntdPackage.Literals.INTD_MODEL__TEAMS);
		select(teams);
		assertEquals(List.of(teams), driver.ui().call(() -> editor.getTree().getViewer().getStructuredSelection().toList()));
		assertEquals(1, driver.ui().call(() -> editor.getModel().getDomain().getNewChildDescriptors(teams, null).size()));
		List<String> offered = driver.menus().contextTexts(tree(), "New");
		assertEquals(List.of("Team"), offered);
		driver.menus().selectInContextMenu(tree(), "New", "Team");
		driver.waitUntil(Condition.of("a second team", () -> model().getTeams().size() == 2));
		List<String> folders = driver.ui().call(() -> java.util.Arrays.stream(tree().getItem(0).getItems())
				.map(TreeItem::getText).toList());
		assertTrue(folders.contains("Teams (2)"), "the folder's count follows the model: " + folders);
	}

	@Test
	void droppingATeamOnAnotherNestsItAndUndoMovesItBack() {
		Team second = driver.ui().call(() -> {
			Team team = IntdFactory.eINSTANCE.createTeam();
			team.setName("Frailty MDT");
			editor.getModel().getCommandStack().execute(org.eclipse.emf.edit.command.AddCommand.create(
					editor.getModel().getDomain(), model(), IntdPackage.Literals.INTD_MODEL__TEAMS, team));
			return team;
		});
		Team core = model().getTeams().get(0);
		driver.ui().run(() -> editor.getModel().getCommandStack().execute(org.eclipse.emf.edit.command.DragAndDropCommand
				.create(editor.getModel().getDomain(), core, 0.5f, org.eclipse.swt.dnd.DND.DROP_MOVE,
						org.eclipse.swt.dnd.DND.DROP_MOVE, List.of(second))));
		assertEquals(List.of(second), core.getSubTeams());
		assertEquals(List.of(core), model().getTeams());
		driver.ui().run(() -> editor.getModel().getCommandStack().undo());
		assertEquals(List.of(core, second), model().getTeams());
	}

	@Test
	void aFileWithMissingIdsIsRepairedAndTheUserTold() throws IOException {
		Path repaired = temp.resolve("repaired.intd");
		Files.writeString(repaired, Files.readString(file).replaceFirst(" id=\"[^\"]+\"", ""));
		open(repaired);
		org.eclipse.swt.widgets.Shell dialog = driver.shell("Model repaired on opening");
		String text = driver.ui().call(() -> activeShellTexts());
		assertTrue(text.contains("1 object(s) had no usable id"), text);
		driver.click(driver.button("OK"));
		driver.waitUntil(Condition.of("dialog closed", dialog::isDisposed));
	}

	@Test
	void deleteRemovesReferencesAndUndoRestoresThem() {
		Post lead = model().getPosts().get(0);
		Team team = model().getTeams().get(0);
		select(lead);
		driver.keys(SWT.NONE, SWT.DEL);
		driver.waitUntil(Condition.of("post deleted", () -> model().getPosts().isEmpty()));
		assertNull(team.getLead(), "the team no longer refers to the deleted post");
		driver.ui().run(() -> editor.getModel().getCommandStack().undo());
		assertSame(lead, team.getLead());
	}

	@Test
	void copyAndPasteMakesACopyWithNewIds() {
		Team team = model().getTeams().get(0);
		select(team);
		driver.keys(SWT.MOD1, 'c');
		select(model());
		driver.keys(SWT.MOD1, 'v');
		driver.waitUntil(Condition.of("pasted", () -> model().getTeams().size() == 2));
		Team copy = model().getTeams().get(1);
		assertEquals(team.getName(), copy.getName());
		assertNotEquals(team.getId(), copy.getId());
		assertSame(team.getLead(), copy.getLead(), "references to the rest of the model are kept");
	}

	@Test
	void propertiesEditsAreCommandsThatCanBeUndone() {
		Team team = model().getTeams().get(0);
		IPropertySource properties = driver.ui().call(() -> new ItemPropertySourceProvider(
				editor.getModel().getAdapterFactory()).getPropertySource(team));
		Object nameId = driver.ui().call(() -> java.util.Arrays.stream(properties.getPropertyDescriptors())
				.filter(d -> d.getDisplayName().equals("Name")).findFirst().orElseThrow().getId());
		driver.ui().run(() -> properties.setPropertyValue(nameId, "Renamed team"));
		assertEquals("Renamed team", team.getName());
		assertTrue(dirty());
		driver.ui().run(() -> editor.getModel().getCommandStack().undo());
		assertEquals("Northside core team", team.getName());
	}

	/** Issue #17: Properties followed only selections, so an edit made elsewhere (or undone) left it stale. */
	@Test
	void propertiesFollowEveryChangeToTheSelectedElement() {
		Team team = model().getTeams().get(0);
		select(team);
		propertySheet = driver.viewComposite("org.eclipse.ui.views.PropertySheet");
		driver.ui().run(editor::setFocus);
		select(team);
		driver.waitUntil(Condition.of("the team's name in Properties", () -> "Northside core team".equals(propertyValue("Name"))));
		// a change not made in Properties, as the diagram, the RACI matrix or a quick fix makes one
		driver.ui().run(() -> editor.getModel().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(
				editor.getModel().getDomain(), team, org.intdesigner.model.IntdPackage.Literals.ELEMENT__NAME, "Northside INT")));
		driver.waitUntil(Condition.of("the new name in Properties", () -> "Northside INT".equals(propertyValue("Name"))));
		driver.ui().run(() -> editor.getModel().getCommandStack().undo());
		driver.waitUntil(Condition.of("the old name after undo", () -> "Northside core team".equals(propertyValue("Name"))));
		driver.ui().run(() -> editor.getModel().getCommandStack().redo());
		driver.waitUntil(Condition.of("the new name after redo", () -> "Northside INT".equals(propertyValue("Name"))));
	}

	private org.eclipse.swt.widgets.Composite propertySheet;

	/** The value the Properties view shows now in the row named {@code name}, or null. */
	private String propertyValue(String name) {
		return driver.ui().call(() -> {
			// the page of the model editor: the visible one of the view's page book
			Tree properties = driver.findAll(org.intdesigner.testsupport.ui.WidgetQuery.of(Tree.class), propertySheet).stream()
					.filter(Tree::isVisible).findFirst().orElse(null);
			if (properties == null) {
				return null;
			}
			java.util.Deque<TreeItem> items = new java.util.ArrayDeque<>(java.util.List.of(properties.getItems()));
			while (!items.isEmpty()) {
				TreeItem item = items.pop();
				if (name.equals(item.getText(0))) {
					return item.getText(1);
				}
				items.addAll(java.util.List.of(item.getItems()));
			}
			return null;
		});
	}

	@Test
	void f2RenamesInPlaceAndUndoRestoresTheName() {
		Team team = model().getTeams().get(0);
		select(team);
		driver.press(SWT.NONE, SWT.F2);
		driver.waitUntil(Condition.of("the name cell is open", () -> driver.ui().call(
				() -> editor.getTree().getViewer().isCellEditorActive())));
		org.eclipse.swt.widgets.Text cell = driver.ui().call(() -> (org.eclipse.swt.widgets.Text) java.util.Arrays
				.stream(tree().getChildren()).filter(org.eclipse.swt.widgets.Text.class::isInstance).findFirst().orElseThrow());
		driver.ui().run(() -> cell.setText("Northside INT core"));
		driver.keys(SWT.NONE, SWT.CR);
		driver.waitUntil(Condition.of("renamed", () -> "Northside INT core".equals(team.getName())));
		driver.ui().run(() -> editor.getModel().getCommandStack().undo());
		assertEquals("Northside core team", team.getName());
	}

	@Test
	void renamingAPartyRelabelsItsRaciEntries() {
		Post lead = model().getPosts().get(0);
		org.intdesigner.model.AccountabilityItem item = IntdFactory.eINSTANCE.createAccountabilityItem();
		org.intdesigner.model.RaciAssignment accountable = IntdFactory.eINSTANCE.createRaciAssignment();
		accountable.setParty(lead);
		accountable.setCode(org.intdesigner.model.RaciCode.A);
		item.getAssignments().add(accountable);
		driver.ui().run(() -> editor.getModel().getCommandStack().execute(org.eclipse.emf.edit.command.AddCommand.create(
				editor.getModel().getDomain(), model(), IntdPackage.Literals.INTD_MODEL__ACCOUNTABILITIES, item)));
		select(accountable);
		driver.ui().run(() -> editor.getModel().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(
				editor.getModel().getDomain(), lead, IntdPackage.Literals.ELEMENT__NAME, "Clinical lead")));
		String label = driver.ui().call(() -> ((TreeItem) editor.getTree().getViewer().testFindItem(accountable)).getText());
		assertEquals("A: Clinical lead", label);
	}

	@Test
	void saveWritesTheFileAndClearsTheDirtyMarker() throws IOException {
		select(model());
		driver.menus().selectInContextMenu(tree(), "New", "Post");
		driver.waitUntil(Condition.of("a second post", () -> model().getPosts().size() == 2));
		driver.ui().run(editor::setFocus);
		driver.keys(SWT.MOD1, 's');
		driver.waitUntil(Condition.of("saved", () -> !dirty()));
		assertEquals(2, ModelFiles.load(file).model().getPosts().size());
		assertTrue(driver.ui().call(() -> editor.getTitle()).equals("editor-test.intd"));
	}

	@Test
	void saveAsSwitchesTheEditorToTheNewFile() throws IOException {
		Path copy = temp.resolve("copy.intd");
		assertTrue(driver.ui().call(() -> editor.saveAs(copy)));
		assertTrue(Files.exists(copy));
		assertEquals("copy.intd", driver.ui().call(editor::getPartName));
		assertEquals(copy, editor.getModel().getFile());
	}

	@Test
	void filterShowsOnlyMatchesAndTheirPath() {
		driver.ui().run(() -> {
			editor.getTree().getSearch().setText("core");
			editor.getTree().applyFilter();
		});
		List<String> visible = driver.ui().call(() -> {
			TreeItem root = tree().getItem(0);
			java.util.List<String> texts = new java.util.ArrayList<>();
			for (TreeItem folder : root.getItems()) {
				texts.add(folder.getText());
				for (TreeItem item : folder.getItems()) {
					texts.add("  " + item.getText());
				}
			}
			return texts;
		});
		assertEquals(List.of("Teams (1)", "  Northside core team"), visible);
	}

	@Test
	void theExplorerShowsTheActiveEditorsModel() {
		ModelExplorerView explorer = (ModelExplorerView) driver.showView(ModelExplorerView.ID);
		driver.ui().run(() -> driver.page().activate(editor));
		driver.waitUntil(Condition.of("explorer shows the model", () -> driver.ui().call(
				() -> explorer.getTree() != null && explorer.getTree().getViewer().getInput() == editor.getModel().getResource())));
	}

	/**
	 * Issue #17: the workbench hears only the selection provider a view had when it was made, so the explorer's
	 * trees (one per model, made later) fed nothing to Properties.
	 */
	@Test
	void aTeamSelectedInTheExplorerShowsItsProperties() throws IOException {
		driver.ui().run(() -> driver.page().closeAllEditors(false));
		propertySheet = driver.viewComposite("org.eclipse.ui.views.PropertySheet");
		ModelExplorerView explorer = (ModelExplorerView) driver.showView(ModelExplorerView.ID);
		editor = (ModelEditor) open(file);
		selectInExplorer(explorer, model().getTeams().get(0));
		driver.waitUntil(Condition.of("the team's name in Properties", () -> "Northside core team".equals(propertyValue("Name"))));
		driver.screenshot("explorer-properties");

		// another model: the explorer shows another tree, and Properties follows it too
		Path other = temp.resolve("other.intd");
		IntdModel otherModel = IntdFactory.eINSTANCE.createIntdModel();
		otherModel.setName("Other INT");
		Team southside = IntdFactory.eINSTANCE.createTeam();
		southside.setName("Southside core team");
		otherModel.getTeams().add(southside);
		ModelIds.assignMissing(otherModel);
		ModelFiles.saveNew(otherModel, other);
		ModelEditor otherEditor = (ModelEditor) open(other);
		selectInExplorer(explorer, otherEditor.getModel().getModel().getTeams().get(0));
		driver.waitUntil(Condition.of("the other team's name in Properties", () -> "Southside core team".equals(propertyValue("Name"))));
	}

	private void selectInExplorer(ModelExplorerView explorer, Team team) {
		driver.waitUntil(Condition.of("the explorer shows the team's model", () -> driver.ui().call(
				() -> explorer.getTree() != null && explorer.getTree().getViewer().getInput() == team.eResource())));
		driver.ui().run(() -> {
			driver.page().activate(explorer);
			explorer.select(team);
		});
	}

	/** Issue #17: Open RACI Matrix was greyed out in the explorer's menu while the workbench held the editor's selection. */
	@Test
	void openRaciMatrixFromTheExplorersMenuOpensTheTeamsMatrix() {
		ModelExplorerView explorer = (ModelExplorerView) driver.showView(ModelExplorerView.ID);
		driver.ui().run(() -> driver.page().activate(editor));
		selectInExplorer(explorer, model().getTeams().get(0));
		org.eclipse.swt.widgets.Control tree = driver.ui().call(() -> explorer.getTree().getViewer().getControl());
		driver.menus().selectInContextMenu(tree, "Open RACI Matrix");
		driver.waitUntil(Condition.of("the team's RACI matrix is the active editor", () -> driver.ui().call(
				() -> driver.page().getActiveEditor() instanceof org.intdesigner.ui.raci.RaciMatrixEditor raci
						&& raci.getTitle().contains("Northside core team"))));
	}

	@Test
	void aDamagedFileOpensWithAMessageNamingTheLine() throws IOException {
		Path damaged = temp.resolve("damaged.intd");
		String xml = Files.readString(file);
		Files.writeString(damaged, xml.substring(0, xml.length() - 40));
		IEditorPart part = open(damaged);
		assertFalse(part instanceof ModelEditor);
		String shown = driver.ui().call(() -> part.getTitleToolTip() + " " + activeShellTexts());
		assertTrue(shown.contains("damaged.intd"), shown);
		assertTrue(shown.contains("line"), shown);
	}

	/** Every label and text in the active shell (else the workbench window), one per line. */
	private static String activeShellTexts() {
		StringBuilder texts = new StringBuilder();
		org.eclipse.swt.widgets.Shell active = org.eclipse.swt.widgets.Display.getCurrent().getActiveShell();
		collect(active != null ? active : PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell(), texts);
		return texts.toString();
	}

	private static void collect(org.eclipse.swt.widgets.Control control, StringBuilder texts) {
		if (control instanceof org.eclipse.swt.widgets.Label label) {
			texts.append(label.getText()).append('\n');
		} else if (control instanceof org.eclipse.swt.widgets.Text text) {
			texts.append(text.getText()).append('\n');
		} else if (control instanceof org.eclipse.swt.custom.StyledText text) {
			texts.append(text.getText()).append('\n');
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
				collect(child, texts);
			}
		}
	}
}
