package org.intdesigner.reports.ui;

import java.util.List;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.intdesigner.ui.model.ActiveModelTracker;
import org.intdesigner.ui.model.ModelManager;
import org.intdesigner.ui.model.OpenModel;

/**
 * Which open model a report is about when the wizard starts: the model of the element selected,
 * else the one being edited (as the views that follow the editor choose it), else the first one
 * open. The wizard lists every open model to choose another.
 */
final class WizardModels {

	private WizardModels() {
	}

	/** The element selected (an area, team or organisation of a model), or null. */
	static EObject selectedElement(IStructuredSelection selection) {
		if (selection == null || selection.size() != 1) {
			return null;
		}
		return Adapters.adapt(selection.getFirstElement(), EObject.class);
	}

	static OpenModel initial(EObject selected, IWorkbenchPage page) {
		List<OpenModel> open = ModelManager.INSTANCE.openModels();
		if (selected != null) {
			for (OpenModel model : open) {
				if (selected.eResource() != null && selected.eResource() == model.getResource()) {
					return model;
				}
			}
		}
		OpenModel edited = page == null ? null : ActiveModelTracker.modelToFollow(page, page.getActiveEditor(), null);
		if (edited != null) {
			return edited;
		}
		return open.isEmpty() ? null : open.get(0);
	}

	/** "riverside.intd (Riverside)": the file, and the model's name when it says more. */
	static String label(OpenModel model) {
		String file = model.getFile().getFileName().toString();
		String name = model.getModel().getName();
		return name == null || name.isBlank() ? file : file + " (" + name + ")";
	}
}
