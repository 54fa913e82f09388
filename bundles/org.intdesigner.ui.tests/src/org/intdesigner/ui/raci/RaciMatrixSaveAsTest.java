package org.intdesigner.ui.raci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.ui.PartInitException;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.Party;
import org.intdesigner.model.RaciCode;
import org.intdesigner.model.csv.raci.RaciMatrix;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * File > Save As on a RACI matrix (issue #17, point 2): the matrix is a view of its model, so Save As
 * saves the model under the new name, as the model editor's does, and the matrix then shows that file.
 */
@ExtendWith(UiTestExtension.class)
class RaciMatrixSaveAsTest {

	private final UiDriver driver = UiDriver.forWorkbench();

	@TempDir
	Path temp;

	@AfterEach
	void close() {
		driver.closeDialogs();
		driver.ui().run(() -> driver.page().closeAllEditors(false));
	}

	@Test
	void saveAsSavesTheModelUnderTheNewNameAndTheMatrixFollowsIt() throws IOException {
		Path file = temp.resolve("riverside.intd");
		ModelFiles.saveNew(ExamplePlace.create(), file);
		String before = Files.readString(file);
		RaciMatrixEditor editor = driver.ui().call(() -> {
			try {
				return (RaciMatrixEditor) driver.page().openEditor(new RaciMatrixEditorInput(file, null, null), RaciMatrixEditor.ID);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
		AccountabilityItem item = driver.ui().call(() -> editor.getModel().getModel().getAccountabilities().get(0));
		Party party = driver.ui().call(() -> editor.getTable().parties().stream()
				.filter(p -> RaciMatrix.codes(item, p).isEmpty()).findFirst().orElseThrow());
		assertTrue(driver.ui().call(() -> editor.select(item, party)), "the cell is shown");
		driver.ui().run(() -> editor.getTable().getCursor().setFocus());
		driver.keys(SWT.NONE, 'c');
		driver.waitUntil(Condition.of("the edit made", () -> driver.ui().call(editor::isDirty)));

		var saveAs = driver.menus().item("File", "Save As...");
		assertTrue(driver.ui().call(saveAs::isEnabled), "File > Save As... is there for the matrix");
		Path copy = temp.resolve("riverside-copy.intd");
		assertTrue(driver.ui().call(() -> editor.saveAs(copy)));

		assertFalse(driver.ui().call(editor::isDirty));
		assertEquals(before, Files.readString(file), "the file saved before is left as it was");
		var reloaded = ModelFiles.load(copy).model();
		AccountabilityItem saved = reloaded.getAccountabilities().stream().filter(i -> i.getId().equals(item.getId())).findFirst()
				.orElseThrow();
		Party savedParty = (Party) reloaded.eResource().getEObject(party.eResource().getURIFragment(party));
		assertEquals(Set.of(RaciCode.C), RaciMatrix.codes(saved, savedParty), "the edit is in the new file");
		RaciMatrixEditorInput input = driver.ui().call(() -> (RaciMatrixEditorInput) editor.getEditorInput());
		assertEquals(copy, input.getFile(), "the matrix now shows the new file");
		assertEquals("RACI riverside-copy.intd", driver.ui().call(editor::getPartName));
		driver.screenshot("raci-saved-as");
	}
}
