package org.intdesigner.ui.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWizard;
import org.intdesigner.model.csv.CsvExporter;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.testsupport.ui.WidgetQuery;
import org.intdesigner.ui.editor.ModelEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** File > Import / Export > CSV Bundle through their dialogs. */
@ExtendWith(UiTestExtension.class)
class CsvWizardsTest {

	private final UiDriver driver = UiDriver.forWorkbench();

	@TempDir
	Path temp;

	@AfterEach
	void cleanUp() {
		driver.closeDialogs();
		driver.ui().run(() -> driver.page().closeAllEditors(false));
	}

	private Shell open(IWorkbenchWizard wizard, String title) {
		driver.ui().async(() -> {
			wizard.init(driver.window().getWorkbench(), null);
			new WizardDialog(driver.workbenchShell(), (IWizard) wizard).open();
		});
		return driver.shell(title);
	}

	private void fill(Shell dialog, String label, Path value) {
		driver.ui().run(() -> driver.find(WidgetQuery.of(Text.class).withLabel(label), dialog).setText(value.toString()));
	}

	@Test
	void importBuildsTheModelAndOpensIt() throws IOException {
		Path csv = temp.resolve("csv");
		CsvExporter.export(ExamplePlace.create(), csv);
		Shell dialog = open(new ImportCsvWizard(), "Import CSV Bundle");
		fill(dialog, "Folder with CSV files:", csv);
		Path file = temp.resolve("imported.intd");
		fill(dialog, "New model file:", file);
		driver.click(driver.button("Finish"));
		driver.waitUntil(Condition.of("wizard closed", dialog::isDisposed));
		assertEquals(162, ModelFiles.load(file).model().getPosts().size());
		assertTrue(driver.ui().call(() -> driver.page().getActiveEditor() instanceof ModelEditor));
	}

	@Test
	void problemsAreShownAndNothingIsWritten() throws IOException {
		Path csv = Files.createDirectories(temp.resolve("bad"));
		Files.writeString(csv.resolve("teams.csv"), "id,name,kind,parent_team_id,area_id,host_id,lead_post_id\n"
				+ "T1,Core,core,,N9,,\n");
		Shell dialog = open(new ImportCsvWizard(), "Import CSV Bundle");
		fill(dialog, "Folder with CSV files:", csv);
		Path file = temp.resolve("never.intd");
		fill(dialog, "New model file:", file);
		driver.click(driver.button("Finish"));
		Shell error = driver.shell("Nothing Imported");
		String message = driver.ui().call(() -> driver.find(WidgetQuery.of(Label.class).matching("the message",
				l -> l.getText().contains("teams.csv")), error).getText());
		driver.screenshot("import-csv-problems");
		assertTrue(message.contains("teams.csv row 2, column area_id: no Area has the id 'N9'"), message);
		driver.click(driver.button("OK"));
		assertFalse(Files.exists(file));
		driver.click(driver.button("Cancel"));
	}

	@Test
	void exportWritesTheFilesOfAModel() throws IOException {
		Path model = temp.resolve("example.intd");
		ModelFiles.saveNew(ExamplePlace.create(), model);
		Shell dialog = open(new ExportCsvWizard(), "Export CSV Bundle");
		Path out = temp.resolve("out");
		fill(dialog, "Folder to write into:", out);
		fill(dialog, "Model file:", model);
		driver.click(driver.button("Finish"));
		driver.waitUntil(Condition.of("wizard closed", dialog::isDisposed));
		assertTrue(Files.readString(out.resolve("posts.csv")).lines().count() == 163, "a header and 162 posts");
	}
}
