package org.intdesigner.app.files;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.intdesigner.tests.ui.Condition;
import org.intdesigner.tests.ui.UiDriver;
import org.intdesigner.tests.ui.UiTestExtension;
import org.intdesigner.tests.ui.WidgetQuery;
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
}
