package org.intdesigner.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.testsupport.ui.WidgetQuery;
import org.intdesigner.ui.files.FileDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Opening files the user cannot open ends in a clear message, and Open Recent keeps up. */
@ExtendWith(UiTestExtension.class)
class OpenFileTest {

	private final UiDriver driver = UiDriver.forWorkbench();

	@TempDir
	Path temp;

	@AfterEach
	void cleanUp() {
		driver.closeDialogs();
		new RecentFiles().clear();
	}

	private String openAndReadError(Path file) {
		driver.ui().async(() -> new EditorOpener(driver.window()).open(file));
		Shell dialog = driver.shell("Open File");
		String message = driver.textOf(driver.find(WidgetQuery.of(Label.class).matching("the message",
				l -> l.getText().contains(file.getFileName().toString())), dialog));
		driver.click(driver.button("OK"));
		driver.waitUntil(Condition.of("error dialog closed", dialog::isDisposed));
		return message;
	}

	@Test
	void fileWithoutEditorIsExplained() throws Exception {
		Path notes = Files.writeString(temp.resolve("notes.xyz"), "hello");
		String message = openAndReadError(notes);
		assertTrue(message.contains("has no editor for notes.xyz"), message);
	}

	@Test
	void vanishedRecentFileIsExplainedAndForgotten() {
		Path gone = temp.resolve("gone.intd");
		new RecentFiles().add(gone);
		assertTrue(driver.menus().texts("File", "Open Recent").stream().anyMatch(t -> t.contains("gone.intd")));
		String message = openAndReadError(gone);
		assertTrue(message.contains("does not exist any more"), message);
		assertFalse(new RecentFiles().list().contains(gone));
		assertTrue(driver.menus().texts("File", "Open Recent").contains("(no recent files)"),
				driver.menus().texts("File", "Open Recent").toString());
	}

	/**
	 * File > Open File... (Ctrl+O) through its command: the test runtime also has the IDE's own Open File... item,
	 * which the product has not.
	 */
	private void openFile() {
		driver.ui().async(() -> {
			try {
				driver.window().getService(org.eclipse.ui.handlers.IHandlerService.class)
						.executeCommand(org.intdesigner.app.IntdIds.COMMAND_OPEN_FILE, null);
			} catch (org.eclipse.core.commands.common.CommandException e) {
				throw new IllegalStateException(e);
			}
		});
	}

	/** Issue #17: File > Open File... started in the folder the program was started from. */
	@Test
	void openFileStartsInTheActiveModelsFolderAndOpensTheChoice() throws Exception {
		Path models = Files.createDirectories(temp.resolve("models"));
		Path first = models.resolve("first.intd");
		Path second = models.resolve("second.intd");
		for (Path file : java.util.List.of(first, second)) {
			org.intdesigner.model.IntdModel model = org.intdesigner.model.IntdFactory.eINSTANCE.createIntdModel();
			model.setName(file.getFileName().toString());
			org.intdesigner.model.io.ModelIds.assignMissing(model);
			org.intdesigner.model.io.ModelFiles.saveNew(model, file);
		}
		driver.ui().run(() -> new EditorOpener(driver.window()).open(first));
		java.util.List<String> startedIn = new java.util.concurrent.CopyOnWriteArrayList<>();
		FileDialogs.Opener before = FileDialogs.openWith(dialog -> {
			startedIn.add(((org.eclipse.swt.widgets.FileDialog) dialog).getFilterPath());
			return second.toString();
		});
		try {
			openFile();
			driver.waitUntil(Condition.of("second.intd opened", () -> driver.ui().call(
					() -> driver.page().getActiveEditor() != null && "second.intd".equals(driver.page().getActiveEditor().getTitle()))));
			assertEquals(java.util.List.of(models.toString()), startedIn);

			// with no model open, the folder last chosen, never the one the program was started from
			driver.ui().run(() -> driver.page().closeAllEditors(false));
			openFile();
			driver.waitUntil(Condition.of("the dialog asked again", () -> startedIn.size() == 2));
			assertEquals(models.toString(), startedIn.get(1));
			assertNotEquals(Path.of("").toAbsolutePath().toString(), startedIn.get(1));
		} finally {
			FileDialogs.openWith(before);
			driver.ui().run(() -> driver.page().closeAllEditors(false));
		}
	}
}
