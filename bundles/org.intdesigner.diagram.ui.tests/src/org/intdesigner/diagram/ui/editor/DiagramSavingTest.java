package org.intdesigner.diagram.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Point;
import org.intdesigner.diagram.notation.Diagram;
import org.intdesigner.diagram.notation.DiagramSet;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.store.NotationFiles;
import org.intdesigner.diagram.ui.session.DiagramEditorInput;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Team;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.testsupport.ui.WidgetQuery;
import org.intdesigner.ui.editor.ModelEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving diagrams as a user does it (issue #17, point 2): a node moved with the mouse is written to
 * the .intdiagrams file by Ctrl+S, File > Save and File > Save All, the editor's {@code *} goes, and a
 * dirty diagram asks before it closes.
 */
@ExtendWith(UiTestExtension.class)
class DiagramSavingTest {

	private final UiDriver driver = UiDriver.forWorkbench();
	private final DiagramFixture fixture = new DiagramFixture(driver);

	@TempDir
	Path temp;
	private Path file;
	private ModelEditor modelEditor;
	private DiagramEditor editor;

	@BeforeEach
	void open() throws IOException {
		file = temp.resolve("saving.intd");
		modelEditor = fixture.openModel(file, DiagramFixture.smallModel());
		editor = fixture.newDiagram(file, "Saving");
	}

	@AfterEach
	void close() {
		driver.closeDialogs();
		driver.ui().run(() -> driver.page().closeAllEditors(false));
	}

	@Test
	void ctrlSWritesTheMovedNodeAndClearsTheStar() throws IOException {
		int[] place = dragCareHub();
		assertTrue(tabText().startsWith("*"), "dirty after the move: " + tabText());
		driver.ui().run(() -> editor.getCanvas().setFocus());
		driver.keys(SWT.MOD1, 's');
		driver.waitUntil(Condition.of("the diagram saved", () -> !driver.ui().call(editor::isDirty)));
		assertSaved(place);
		driver.waitUntil(Condition.of("no star on the tab", () -> !tabText().startsWith("*")));
		driver.screenshot("diagram-saved-ctrl-s");
	}

	@Test
	void fileSaveWritesTheDiagram() throws IOException {
		int[] place = dragCareHub();
		driver.menus().select("File", "Save");
		driver.waitUntil(Condition.of("the diagram saved", () -> !driver.ui().call(editor::isDirty)));
		assertSaved(place);
		driver.waitUntil(Condition.of("no star on the tab", () -> !tabText().startsWith("*")));
	}

	@Test
	void saveAllSavesTheDiagramWithItsModel() throws IOException {
		int[] place = dragCareHub();
		driver.menus().select("File", "Save All");
		driver.waitUntil(Condition.of("everything saved", () -> driver.ui()
				.call(() -> !editor.isDirty() && !modelEditor.isDirty() && driver.page().getDirtyEditors().length == 0)));
		assertSaved(place);
		driver.waitUntil(Condition.of("no star on the tab", () -> !tabText().startsWith("*")));
	}

	@Test
	void aNewDiagramIsSavedBySaveAll() throws IOException {
		driver.ui().flush();
		assertTrue(tabText().startsWith("*"), "a new diagram is not in the diagrams file yet");
		var saveAll = driver.menus().item("File", "Save All");
		driver.waitUntil(Condition.of("Save All enabled for the new diagram", () -> driver.ui().call(saveAll::isEnabled)));
		driver.menus().select("File", "Save All");
		driver.waitUntil(Condition.of("the diagram saved", () -> !driver.ui().call(editor::isDirty)));
		driver.waitUntil(Condition.of("no star on the tab", () -> !tabText().startsWith("*")));
		assertTrue(Files.readString(temp.resolve("saving.intdiagrams")).contains("name=\"Saving\""));
	}

	@Test
	void aSaveOfTheModelEditorLeavesTheDiagramsLayoutDirtyUntilTheDiagramIsSaved() throws IOException {
		int[] place = dragCareHub();
		driver.ui().run(() -> modelEditor.doSave(null));
		// the layout is not in the model file: the diagram still has something to save, and says so
		assertTrue(driver.ui().call(editor::isDirty));
		driver.ui().run(() -> driver.page().activate(editor));
		driver.menus().select("File", "Save");
		driver.waitUntil(Condition.of("the diagram saved", () -> !driver.ui().call(editor::isDirty)));
		assertSaved(place);
	}

	@Test
	void aModelEditSavedInTheModelEditorLeavesNoStarOnTheDiagram() {
		driver.ui().run(() -> editor.getCanvas().setFocus());
		driver.keys(SWT.MOD1, 's');
		driver.waitUntil(Condition.of("the new diagram saved", () -> !tabText().startsWith("*")));
		Team hub = driver.ui().call(() -> modelEditor.getModel().getModel().getTeams().stream()
				.filter(t -> "Care hub".equals(t.getName())).findFirst().orElseThrow());
		// an edit made elsewhere: the diagram shows the renamed team and has the model's unsaved change
		driver.ui().run(() -> modelEditor.getModel().getCommandStack().execute(SetCommand.create(
				modelEditor.getEditingDomain(), hub, IntdPackage.Literals.ELEMENT__NAME, "Care hub (renamed)")));
		driver.waitUntil(Condition.of("the star on the diagram", () -> tabText().startsWith("*")));
		driver.ui().run(() -> driver.page().activate(modelEditor));
		driver.menus().select("File", "Save All");
		driver.waitUntil(Condition.of("the model saved", () -> !driver.ui().call(modelEditor::isDirty)));
		driver.waitUntil(Condition.of("the diagram's star gone: nothing is left to save", () -> !tabText().startsWith("*")));
		assertEquals(0, (int) driver.ui().call(() -> driver.page().getDirtyEditors().length));
		driver.ui().run(() -> driver.page().activate(editor));
		var save = driver.menus().item("File", "Save");
		assertFalse(driver.ui().call(save::isEnabled), "nothing to save");
	}

	@Test
	void saveAsWritesTheModelAndItsDiagramsUnderTheNewName() throws IOException {
		int[] place = dragCareHub();
		var saveAs = driver.menus().item("File", "Save As...");
		assertTrue(driver.ui().call(saveAs::isEnabled), "File > Save As... is there for a diagram");
		Path copy = temp.resolve("copy.intd");
		assertTrue(driver.ui().call(() -> editor.saveAs(copy)));
		assertFalse(driver.ui().call(editor::isDirty));
		assertTrue(Files.exists(copy), "the model under the new name");
		assertFalse(Files.exists(temp.resolve("saving.intdiagrams")), "nothing written under the old name");
		assertSaved(temp.resolve("copy.intdiagrams"), place);
		assertEquals(copy, driver.ui().call(() -> ((DiagramEditorInput) editor.getEditorInput()).getModelFile()),
				"the editor now shows the diagram of the new file");
		assertEquals(copy, driver.ui().call(() -> modelEditor.getModel().getFile()), "and so does the model editor's model");
		assertEquals("copy.intd", driver.ui().call(modelEditor::getPartName), "whose tab names the new file");

		// from now on Save writes the new files
		int[] again = dragCareHub();
		driver.ui().run(() -> editor.getCanvas().setFocus());
		driver.keys(SWT.MOD1, 's');
		driver.waitUntil(Condition.of("saved", () -> !driver.ui().call(editor::isDirty)));
		assertSaved(temp.resolve("copy.intdiagrams"), again);
		assertFalse(Files.exists(temp.resolve("saving.intdiagrams")));
	}

	@Test
	void theModelEditorsSaveAsTakesTheDiagramsAlong() throws IOException {
		int[] place = dragCareHub();
		Path copy = temp.resolve("elsewhere.intd");
		assertTrue(driver.ui().call(() -> modelEditor.saveAs(copy)));
		assertSaved(temp.resolve("elsewhere.intdiagrams"), place);
		driver.waitUntil(Condition.of("the diagram follows its model", () -> copy.equals(
				driver.ui().call(() -> ((DiagramEditorInput) editor.getEditorInput()).getModelFile()))));
		driver.waitUntil(Condition.of("and is saved", () -> !tabText().startsWith("*")));
	}

	@Test
	void closingADirtyDiagramAsksFirst() {
		dragCareHub();
		driver.ui().run(() -> editor.getCanvas().setFocus());
		driver.keysOpeningDialog(SWT.MOD1, 'w');
		driver.waitUntil(Condition.of("the save question", () -> driver.hasShell("Save Resource") || driver.hasShell("Save Changes")
				|| driver.hasShell("Save Resources")));
		var question = driver.ui().call(() -> driver.ui().display().getActiveShell());
		driver.screenshot("diagram-close-asks", question);
		driver.click(driver.find(WidgetQuery.of(org.eclipse.swt.widgets.Button.class).withText("Cancel"), question));
		driver.waitUntil(Condition.of("the question gone", () -> !driver.hasShell("Save Resource")));
		assertTrue(driver.ui().call(() -> driver.page().findEditor(editor.getEditorInput()) != null), "cancel keeps it open");
		assertTrue(driver.ui().call(editor::isDirty));
	}

	/** Drags the Care hub team by (80, 60) with the mouse; returns where it now is in the notation. */
	/**
	 * A move is the diagram's to save: the model file is as saved, so its editor shows no star, and a diagram closed
	 * without saving leaves nothing to save (before, the model editor kept a star for a layout it could not save).
	 */
	@Test
	void aMovedDiagramClosedWithoutSavingLeavesNothingToSave() {
		driver.ui().run(() -> editor.getCanvas().setFocus());
		driver.keys(SWT.MOD1, 's');
		driver.waitUntil(Condition.of("the new diagram saved", () -> !tabText().startsWith("*")));
		dragCareHub();
		assertTrue(driver.ui().call(editor::isDirty), "the diagram has a layout to save");
		assertFalse(driver.ui().call(modelEditor::isDirty), "the model file is as saved");
		driver.ui().run(() -> driver.page().closeEditor(editor, false));
		assertEquals(0, (int) driver.ui().call(() -> driver.page().getDirtyEditors().length));
		assertFalse(driver.ui().call(modelEditor::isDirty));
	}

	private int[] dragCareHub() {
		IntdModel model = driver.ui().call(() -> modelEditor.getModel().getModel());
		Team hub = driver.ui().call(() -> model.getTeams().stream().filter(t -> "Care hub".equals(t.getName())).findFirst().orElseThrow());
		NodeView view = fixture.viewOf(editor, hub);
		int[] before = driver.ui().call(() -> new int[] { view.getX(), view.getY() });
		Point at = fixture.headerOf(editor, view);
		double zoom = driver.ui().call(() -> editor.getCanvas().getZoom());
		driver.mouse().drag(editor.getCanvas(), at.x, at.y, at.x + (int) (80 * zoom), at.y + (int) (60 * zoom));
		int[] after = driver.ui().call(() -> new int[] { view.getX(), view.getY() });
		assertFalse(before[0] == after[0] && before[1] == after[1], "the drag moved the team");
		return after;
	}

	private void assertSaved(int[] place) throws IOException {
		assertSaved(temp.resolve("saving.intdiagrams"), place);
	}

	private void assertSaved(Path notationFile, int[] place) throws IOException {
		assertTrue(Files.exists(notationFile), "the diagrams file is written");
		Resource saved = NotationFiles.load(new ResourceSetImpl(), notationFile);
		Diagram diagram = ((DiagramSet) saved.getContents().get(0)).getDiagrams().get(0);
		String hubId = driver.ui().call(() -> editor.getDiagram().getNotation().getNodes().stream()
				.filter(n -> editor.getDiagram().elementOf(n) instanceof Team t && "Care hub".equals(t.getName()))
				.findFirst().orElseThrow().getElement());
		NodeView hub = diagram.getNodes().stream().filter(n -> hubId.equals(n.getElement())).findFirst().orElseThrow();
		assertEquals(place[0], hub.getX(), "the moved x is in the file");
		assertEquals(place[1], hub.getY(), "the moved y is in the file");
	}

	/** The text of the diagram's tab, as the user sees it ("*Saving" while dirty). */
	private String tabText() {
		return driver.ui().call(() -> {
			for (CTabItem item : WidgetQuery.of(CTabItem.class).findIn(driver.workbenchShell())) {
				String text = item.getText();
				if (text.replace("*", "").equals("Saving")) {
					return text;
				}
			}
			throw new AssertionError("no tab for the diagram");
		});
	}
}
