package org.intdesigner.planning.ui;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.intdesigner.ui.model.CommandSelection;
import org.intdesigner.ui.model.ModelManager;
import org.intdesigner.ui.model.OpenModel;

/** What a planning command acts on: the one element selected (context menu first), and the open model it is in. */
public final class PlanningCommands {

	private PlanningCommands() {
	}

	public static Object selected(ExecutionEvent event) {
		return CommandSelection.single(event);
	}

	/** The open model holding {@code element}: the active part's, else the one whose resource holds it. */
	public static OpenModel modelOf(ExecutionEvent event, org.eclipse.emf.ecore.EObject element) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		OpenModel active = part == null ? null : part.getAdapter(OpenModel.class);
		if (active == null && HandlerUtil.getActiveEditor(event) instanceof IEditorPart editor) {
			active = editor.getAdapter(OpenModel.class);
		}
		if (active != null && active.getResource() == element.eResource()) {
			return active;
		}
		for (OpenModel open : ModelManager.INSTANCE.openModels()) {
			if (open.getResource() == element.eResource()) {
				return open;
			}
		}
		return active;
	}
}
