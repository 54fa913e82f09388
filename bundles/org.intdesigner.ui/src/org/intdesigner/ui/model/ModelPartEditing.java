package org.intdesigner.ui.model;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.ui.emf.ItemPropertySourceProvider;
import org.intdesigner.ui.emf.ModelPropertySheetPage;
import org.intdesigner.ui.files.FileDialogs;

/**
 * What every editor of a part of a model (a RACI matrix, a WISN study) does the same way: Save saves the whole
 * model (a failure is said, the file on disk left as it was), and the editor adapts to its model and gives the
 * Properties view the model's item properties.
 */
public final class ModelPartEditing {

	private ModelPartEditing() {
	}

	/** Saves {@code model}; says why not in a dialog and cancels the monitor when it cannot. Returns whether it saved. */
	public static boolean save(Shell shell, OpenModel model, IProgressMonitor monitor) {
		try {
			model.save();
			return true;
		} catch (IOException e) {
			MessageDialog.openError(shell, "Could not save", "Could not save " + model.getFile() + ": " + e.getMessage()
					+ ". The file on disk was not changed.\nSave from the model editor with File > Save As to save somewhere else.");
			if (monitor != null) {
				monitor.setCanceled(true);
			}
			return false;
		}
	}

	/**
	 * File > Save As for the model editor and the editors of a part of the model (the part is not a file of
	 * its own): the whole model is saved under the new name, and every editor of it follows. The dialog starts in the model's folder. Returns whether it saved.
	 */
	public static boolean saveAs(Shell shell, OpenModel model) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText("Save Model As");
		dialog.setFilterExtensions(new String[] { "*." + ModelFiles.EXTENSION });
		dialog.setFilterNames(new String[] { "INT Designer models (*." + ModelFiles.EXTENSION + ")" });
		dialog.setOverwrite(true);
		String chosen = FileDialogs.open(dialog, model.getFile().toAbsolutePath().toString());
		if (chosen == null) {
			return false;
		}
		return saveAs(shell, model, Paths.get(chosen.endsWith("." + ModelFiles.EXTENSION) ? chosen : chosen + "." + ModelFiles.EXTENSION));
	}

	/** Save As without the dialog; says why not when it cannot. */
	public static boolean saveAs(Shell shell, OpenModel model, Path target) {
		OpenModel other = ModelManager.INSTANCE.find(target);
		if (other != null && other != model) {
			MessageDialog.openError(shell, "Save As", target + " is open in another editor. Close it first or choose another name.");
			return false;
		}
		try {
			model.saveAs(target);
			return true;
		} catch (IOException e) {
			MessageDialog.openError(shell, "Could not save", "Could not save " + target + ": " + e.getMessage()
					+ ". The file saved before was not changed; choose another name or folder.");
			return false;
		}
	}

	/**
	 * The model, its file (the {@link java.nio.file.Path}: file dialogs start in its folder) and a Properties page over
	 * its items; null for anything else (ask the editor's superclass then).
	 */
	public static <T> T adapter(OpenModel model, Class<T> adapter) {
		if (adapter == OpenModel.class) {
			return adapter.cast(model);
		}
		if (adapter == java.nio.file.Path.class) {
			return adapter.cast(model.getFile());
		}
		if (adapter == IPropertySheetPage.class) {
			return adapter.cast(new ModelPropertySheetPage(model.getCommandStack(),
					new ItemPropertySourceProvider(model.getAdapterFactory())));
		}
		return null;
	}
}
