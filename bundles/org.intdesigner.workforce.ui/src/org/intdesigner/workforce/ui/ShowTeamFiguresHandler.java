package org.intdesigner.workforce.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.intdesigner.model.Team;
import org.intdesigner.ui.model.CommandSelection;
import org.intdesigner.workforce.imports.KnownCodes;

/**
 * "Show Workforce Figures" on a team, in the Model Explorer or on a diagram: opens the Workforce
 * perspective with the dashboard showing that team's people only.
 */
public final class ShowTeamFiguresHandler extends AbstractHandler {

	static final String WORKFORCE_PERSPECTIVE = "org.intdesigner.app.perspective.workforce";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Team team = teamOf(CommandSelection.of(event));
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		if (team == null) {
			return null;
		}
		try {
			IWorkbenchPage page = window.getWorkbench().showPerspective(WORKFORCE_PERSPECTIVE, window);
			WorkforceDashboard dashboard = (WorkforceDashboard) page.showView(WorkforceDashboard.ID);
			dashboard.showTeam(KnownCodes.code(team), team.getName());
		} catch (PartInitException e) {
			throw new ExecutionException("Could not open the Workforce Dashboard: " + e.getMessage(), e);
		} catch (WorkbenchException e) {
			throw new ExecutionException("Could not open the Workforce perspective: " + e.getMessage(), e);
		}
		return null;
	}

	private static Team teamOf(ISelection selection) {
		return selection instanceof IStructuredSelection structured && structured.size() == 1
				&& structured.getFirstElement() instanceof Team team ? team : null;
	}
}
