package org.intdesigner.ui.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.testsupport.ui.WidgetQuery;
import org.intdesigner.ui.editor.ModelEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** File > New > INT Model, driven through its real dialog. */
@ExtendWith(UiTestExtension.class)
class NewModelWizardTest {

	private final UiDriver driver = UiDriver.forWorkbench();

	@TempDir
	Path temp;

	@AfterEach
	void cleanUp() {
		driver.closeDialogs();
		driver.ui().run(() -> driver.page().closeAllEditors(false));
	}

	private Shell openWizard() {
		driver.ui().async(() -> {
			NewModelWizard wizard = new NewModelWizard();
			wizard.init(driver.window().getWorkbench(), null);
			new WizardDialog(driver.workbenchShell(), wizard).open();
		});
		return driver.shell("New INT Model");
	}

	private void fill(Shell dialog, String name) {
		driver.ui().run(() -> {
			Text folder = driver.find(WidgetQuery.of(Text.class).withLabel("Folder:"), dialog);
			folder.setText(temp.toString());
			Text nameText = driver.find(WidgetQuery.of(Text.class).withLabel("Model name:"), dialog);
			nameText.setText(name);
		});
	}

	@Test
	void createsTheFileFromTheEmptyTemplateAndOpensIt() throws IOException {
		Shell dialog = openWizard();
		fill(dialog, "Northside INT");
		driver.screenshot("new-model-wizard");
		driver.click(driver.button("Finish"));
		driver.waitUntil(Condition.of("wizard closed", dialog::isDisposed));
		Path file = temp.resolve("Northside INT.intd");
		assertTrue(Files.exists(file));
		assertEquals("Northside INT", ModelFiles.load(file).model().getName());
		assertTrue(driver.ui().call(() -> driver.page().getActiveEditor() instanceof ModelEditor));
	}

	@Test
	void refusesToOverwriteAnExistingFile() throws IOException {
		Files.writeString(temp.resolve("Taken.intd"), "precious");
		Shell dialog = openWizard();
		fill(dialog, "Taken");
		assertFalse(driver.ui().call(() -> driver.button("Finish").isEnabled()));
		assertEquals("precious", Files.readString(temp.resolve("Taken.intd")));
		driver.click(driver.button("Cancel"));
	}
}
