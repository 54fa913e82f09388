package org.intdesigner.planning.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.intdesigner.model.Area;
import org.intdesigner.model.Element;
import org.intdesigner.model.Team;

/**
 * "Plan Workforce" on a team or an area, in any tree or diagram: opens the Planning perspective with the workforce
 * plan narrowed to that unit and what lies within it, for the model the team or area belongs to.
 */
public final class PlanWorkforceHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Object selected = PlanningCommands.selected(event);
		if (!(selected instanceof Team) && !(selected instanceof Area)) {
			return null;
		}
		Element unit = (Element) selected;
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		try {
			IWorkbenchPage page = window.getWorkbench().showPerspective(PlanningIds.PERSPECTIVE, window);
			if (editor != null) {
				page.activate(editor); // the plan follows the active editor: the one the unit came from
			}
			PlanView view = (PlanView) page.showView(PlanView.ID);
			view.showUnit(unit);
		} catch (PartInitException e) {
			throw new ExecutionException("Could not open the workforce plan: " + e.getMessage(), e);
		} catch (WorkbenchException e) {
			throw new ExecutionException("Could not open the Planning perspective: " + e.getMessage(), e);
		}
		return null;
	}
}
