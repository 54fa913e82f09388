package org.intdesigner.app.perspectives;

import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PerspectiveAdapter;
import org.intdesigner.app.IntdIds;
import org.intdesigner.workforce.ui.WorkforceDashboard;

/**
 * The Workforce perspective opens on its dashboard: the dashboard shares a stack with the
 * editors, which every perspective shows, so without this the diagram or model last worked on
 * in Design would cover it each time one switches to Workforce.
 */
public final class WorkforceDashboardForward extends PerspectiveAdapter {

	public static void install(IWorkbenchWindow window) {
		window.addPerspectiveListener(new WorkforceDashboardForward());
	}

	@Override
	public void perspectiveActivated(IWorkbenchPage page, IPerspectiveDescriptor perspective) {
		if (!IntdIds.PERSPECTIVE_WORKFORCE.equals(perspective.getId())) {
			return;
		}
		// only a dashboard the perspective has: one the user closed stays closed
		IViewReference dashboard = page.findViewReference(WorkforceDashboard.ID);
		IViewPart view = dashboard == null ? null : dashboard.getView(true);
		if (view != null) {
			page.bringToTop(view);
		}
	}
}
