package org.intdesigner.app.welcome;

import org.eclipse.jface.action.Action;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.intdesigner.app.AppPlugin;

/** Help &gt; Overview: the place's overview and next steps, as at the first start. */
public final class ShowOverviewAction extends Action implements IWorkbenchAction {

	private IWorkbenchWindow window;

	public ShowOverviewAction(IWorkbenchWindow window) {
		super("&Overview");
		this.window = window;
		setId(PlaceOverviewView.ID);
		setToolTipText("The place at a glance, and the next steps a newcomer takes");
	}

	@Override
	public void run() {
		if (window != null && window.getActivePage() != null) {
			show(window.getActivePage());
		}
	}

	/** Shows the overview in front on {@code page}; null when it could not be made. */
	public static PlaceOverviewView show(IWorkbenchPage page) {
		try {
			return (PlaceOverviewView) page.showView(PlaceOverviewView.ID);
		} catch (PartInitException e) {
			AppPlugin.logError("Could not show the overview", e);
			return null;
		}
	}

	@Override
	public void dispose() {
		window = null;
	}
}
