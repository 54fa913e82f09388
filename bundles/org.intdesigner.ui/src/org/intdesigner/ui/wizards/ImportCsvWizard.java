package org.intdesigner.ui.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.csv.CsvImporter;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.ui.editor.ModelEditor;
import org.intdesigner.ui.files.PathEditorInput;
import org.intdesigner.ui.model.ModelManager;

/**
 * File > Import > INT Designer > CSV Bundle: builds a model from a folder of CSV files, saves it as
 * a new .intd file and opens it. When the files have problems, all of them are shown and nothing
 * is written.
 */
public class ImportCsvWizard extends Wizard implements IImportWizard {

	private IWorkbench workbench;
	private PathsPage page;

	public ImportCsvWizard() {
		setWindowTitle("Import CSV Bundle");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench newWorkbench, IStructuredSelection selection) {
		workbench = newWorkbench;
	}

	@Override
	public void addPages() {
		page = new PathsPage("Import a CSV bundle", "Build a model from a folder of CSV files (areas.csv, teams.csv, "
				+ "posts.csv, ...), e.g. one exported by INT Designer or kept by a planner.", "&Folder with CSV files:",
				"&New model file:", p -> !Files.isDirectory(p.folder()) ? p.folder() + " is not a folder."
						: !p.file().toString().endsWith("." + ModelFiles.EXTENSION) ? "The model file must end in .intd."
								: Files.exists(p.file()) ? p.file() + " already exists; choose a new name (nothing is overwritten)."
										: null);
		page.setInitial(null, NewModelWizard.defaultFolder().resolve("Imported.intd"));
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Path folder = page.folder();
		Path file = page.file();
		AtomicReference<IntdModel> imported = new AtomicReference<>();
		try {
			getContainer().run(true, false, monitor -> {
				monitor.beginTask("Reading the CSV files in " + folder, -1);
				try {
					imported.set(CsvImporter.importFolder(folder));
				} catch (java.io.IOException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
			Files.createDirectories(file.toAbsolutePath().getParent());
			ModelManager.INSTANCE.create(file, imported.get());
			workbench.getActiveWorkbenchWindow().getActivePage().openEditor(new PathEditorInput(file), ModelEditor.ID);
			return true;
		} catch (InvocationTargetException e) {
			MessageDialog.openError(getShell(), "Nothing Imported", e.getCause().getMessage());
		} catch (Exception e) {
			MessageDialog.openError(getShell(), "Nothing Imported", "Could not import " + folder + ": " + e.getMessage());
		}
		return false;
	}
}
