package org.intdesigner.app.help;

import org.eclipse.jface.action.Action;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.intdesigner.app.AppPlugin;
import org.intdesigner.app.IntdIds;

/** Help &gt; Help Contents (F1): shows the user guide in the Help Contents view. */
public final class HelpContentsAction extends Action implements IWorkbenchAction {

	private IWorkbenchWindow window;

	public HelpContentsAction(IWorkbenchWindow window) {
		super("&Help Contents");
		this.window = window;
		setId(IntdIds.COMMAND_HELP_CONTENTS);
		setActionDefinitionId(IntdIds.COMMAND_HELP_CONTENTS);
		setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_LCL_LINKTO_HELP));
	}

	@Override
	public void run() {
		if (window == null || window.getActivePage() == null) {
			return;
		}
		try {
			window.getActivePage().showView(IntdIds.VIEW_HELP);
		} catch (PartInitException e) {
			AppPlugin.logError("Could not show the help", e);
		}
	}

	@Override
	public void dispose() {
		window = null;
	}
}
