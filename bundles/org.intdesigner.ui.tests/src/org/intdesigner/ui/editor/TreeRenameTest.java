package org.intdesigner.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.model.csv.CsvExporter;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.io.ModelIds;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.testsupport.ui.Condition;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.testsupport.ui.UiTestExtension;
import org.intdesigner.testsupport.ui.WidgetQuery;
import org.intdesigner.ui.files.PathEditorInput;
import org.intdesigner.ui.wizards.ImportCsvWizard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #17, point 3: F2 in the model tree opens the name in place whatever was done before (New
 * from the context menu, a freshly imported model), and the name typed there is kept.
 */
@ExtendWith(UiTestExtension.class)
class TreeRenameTest {

	private final UiDriver driver = UiDriver.forWorkbench();

	@TempDir
	Path temp;
	private ModelEditor editor;

	@AfterEach
	void closeEditors() {
		driver.closeDialogs();
		driver.ui().run(() -> driver.page().closeAllEditors(false));
	}

	private Tree tree() {
		return driver.ui().call(() -> editor.getTree().getViewer().getTree());
	}

	@Test
	void f2AfterNewPostOpensTheNameAndKeepsWhatIsTyped() throws IOException {
		Path file = temp.resolve("rename.intd");
		IntdModel empty = IntdFactory.eINSTANCE.createIntdModel();
		empty.setName("Rename test");
		ModelIds.assignMissing(empty);
		ModelFiles.saveNew(empty, file);
		editor = (ModelEditor) driver.ui().call(() -> {
			try {
				return driver.page().openEditor(new PathEditorInput(file), ModelEditor.ID);
			} catch (org.eclipse.ui.PartInitException e) {
				throw new AssertionError(e);
			}
		});
		IntdModel model = editor.getModel().getModel();
		for (String name : new String[] { "Care coordinator", "Social prescriber" }) {
			int before = model.getPosts().size();
			driver.items().select(tree(), "Rename test", "Posts (" + before + ")");
			driver.menus().selectInContextMenu(tree(), "New", "Post");
			driver.waitUntil(Condition.of("a new post", () -> model.getPosts().size() == before + 1));
			Post created = model.getPosts().get(before);
			driver.waitUntil(Condition.of("the new post selected", () -> driver.ui().call(
					() -> editor.getTree().getViewer().getStructuredSelection().getFirstElement() == created)));
			renameWithF2(name);
			driver.waitUntil(Condition.of("the typed name kept", () -> name.equals(created.getName())));
		}
		assertEquals("Care coordinator", model.getPosts().get(0).getName());
		driver.screenshot("tree-rename-after-new-post");
	}

	@Test
	void f2RenamesAPostOfAModelImportedFromCsv() throws IOException {
		Path csv = temp.resolve("csv");
		CsvExporter.export(ExamplePlace.create(), csv);
		driver.ui().async(() -> {
			ImportCsvWizard wizard = new ImportCsvWizard();
			wizard.init(driver.window().getWorkbench(), null);
			new WizardDialog(driver.workbenchShell(), wizard).open();
		});
		Shell dialog = driver.shell("Import CSV Bundle");
		Path file = temp.resolve("imported.intd");
		driver.ui().run(() -> {
			driver.find(WidgetQuery.of(Text.class).withLabel("Folder with CSV files:"), dialog).setText(csv.toString());
			driver.find(WidgetQuery.of(Text.class).withLabel("New model file:"), dialog).setText(file.toString());
		});
		driver.click(driver.button("Finish"));
		driver.waitUntil(Condition.of("wizard closed", dialog::isDisposed));
		driver.waitUntil(Condition.of("the imported model open", () -> driver.ui().call(
				() -> driver.page().getActiveEditor() instanceof ModelEditor)));
		editor = driver.ui().call(() -> (ModelEditor) driver.page().getActiveEditor());
		IntdModel model = editor.getModel().getModel();
		Post post = model.getPosts().get(3);
		String root = driver.ui().call(() -> tree().getItem(0).getText());
		String folder = "Posts (" + model.getPosts().size() + ")";
		// a look at what the folder offers first, as a newcomer does
		driver.items().select(tree(), root, folder);
		driver.menus().contextTexts(tree(), "New");
		TreeItem item = driver.items().select(tree(), root, folder, driver.ui().call(
				() -> editor.getTree().getViewer().getLabelProvider() instanceof org.eclipse.jface.viewers.ILabelProvider labels
						? labels.getText(post) : null));
		assertEquals(post, driver.ui().call(item::getData));
		renameWithF2("Renamed practitioner");
		driver.waitUntil(Condition.of("the imported post renamed", () -> "Renamed practitioner".equals(post.getName())));
	}

	/** F2, the name typed key by key as a person types it, Enter. */
	private void renameWithF2(String name) {
		driver.ui().run(() -> editor.getTree().getViewer().getControl().setFocus());
		driver.press(SWT.NONE, SWT.F2);
		driver.waitUntil(Condition.of("the name cell open", () -> driver.ui().call(
				() -> editor.getTree().getViewer().isCellEditorActive())));
		driver.keys(SWT.MOD1, 'a');
		for (char c : name.toCharArray()) {
			driver.keys(SWT.NONE, c);
		}
		driver.keys(SWT.NONE, SWT.CR);
	}
}
