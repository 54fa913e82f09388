package org.intdesigner.planning.ui.study;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.intdesigner.model.WisnStudy;
import org.intdesigner.planning.ui.PlanningCommands;
import org.intdesigner.ui.model.OpenModel;

/** "Edit WISN Study" on a study (or one of its rows) in the Model Explorer or the model editor's tree. */
public final class EditStudyHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Object selected = PlanningCommands.selected(event);
		WisnStudy study = selected instanceof WisnStudy s ? s
				: selected instanceof org.eclipse.emf.ecore.EObject o && o.eContainer() instanceof WisnStudy s ? s : null;
		if (study == null) {
			return null;
		}
		OpenModel model = PlanningCommands.modelOf(event, study);
		if (model == null) {
			throw new ExecutionException("The model of this study is not open in an editor.");
		}
		WisnStudyEditor.open(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), model.getFile(), study);
		return null;
	}
}
