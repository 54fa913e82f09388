package org.intdesigner.ui.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.csv.CsvExporter;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.ui.editor.ModelEditor;
import org.intdesigner.ui.model.OpenModel;

/**
 * File > Export > INT Designer > CSV Bundle: writes a model as a folder of CSV files for
 * spreadsheets. The model of the active editor is exported as it is on screen, saved or not;
 * another file can be chosen.
 */
public class ExportCsvWizard extends Wizard implements IExportWizard {

	private PathsPage page;
	private OpenModel active;

	public ExportCsvWizard() {
		setWindowTitle("Export CSV Bundle");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		var window = workbench.getActiveWorkbenchWindow();
		if (window != null && window.getActivePage() != null
				&& window.getActivePage().getActiveEditor() instanceof ModelEditor editor) {
			active = editor.getModel();
		}
	}

	@Override
	public void addPages() {
		page = new PathsPage("Export a CSV bundle", "Write a model as CSV files, one per kind of element, for"
				+ " spreadsheets; existing files of the same names in the folder are replaced.", "&Folder to write into:",
				"&Model file:", p -> Files.exists(p.folder()) && !Files.isDirectory(p.folder())
						? p.folder() + " is a file, not a folder." : isActive(p.file()) || Files.isRegularFile(p.file()) ? null
								: p.file() + " does not exist.");
		page.setInitial(active == null ? null : active.getFile().resolveSibling(baseName(active.getFile()) + "-csv"),
				active == null ? null : active.getFile());
		addPage(page);
	}

	private boolean isActive(Path file) {
		return active != null && active.getFile().toAbsolutePath().equals(file.toAbsolutePath());
	}

	private static String baseName(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith("." + ModelFiles.EXTENSION) ? name.substring(0, name.length() - 5) : name;
	}

	@Override
	public boolean performFinish() {
		Path folder = page.folder();
		Path file = page.file();
		try {
			IntdModel model = isActive(file) ? active.getModel() : ModelFiles.load(file).model();
			getContainer().run(false, false, monitor -> {
				monitor.beginTask("Writing the CSV files into " + folder, -1);
				try {
					CsvExporter.export(model, folder);
				} catch (java.io.IOException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
			return true;
		} catch (InvocationTargetException e) {
			MessageDialog.openError(getShell(), "Export Failed", e.getCause().getMessage());
		} catch (Exception e) {
			MessageDialog.openError(getShell(), "Export Failed", "Could not export " + file + ": " + e.getMessage());
		}
		return false;
	}
}
