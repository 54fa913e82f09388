package org.intdesigner.ui.model;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.intdesigner.ui.emf.ItemPropertySourceProvider;
import org.intdesigner.ui.emf.ModelPropertySheetPage;

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

	/** The model and a Properties page over its items; null for anything else (ask the editor's superclass then). */
	public static <T> T adapter(OpenModel model, Class<T> adapter) {
		if (adapter == OpenModel.class) {
			return adapter.cast(model);
		}
		if (adapter == IPropertySheetPage.class) {
			return adapter.cast(new ModelPropertySheetPage(model.getCommandStack(),
					new ItemPropertySourceProvider(model.getAdapterFactory())));
		}
		return null;
	}
}
