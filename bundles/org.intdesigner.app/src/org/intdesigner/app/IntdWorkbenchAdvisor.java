package org.intdesigner.app;

import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.intdesigner.app.files.FirstRunSample;

/** Workbench-wide behaviour: the initial perspective, keeping the window layout between runs, the first-run example. */
public final class IntdWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return IntdIds.PERSPECTIVE_DESIGN;
	}

	/** On the first start on a data folder, the example place opens (see {@link FirstRunSample}). */
	@Override
	public void postStartup() {
		super.postStartup();
		IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
		if (window != null) {
			// after the window is on screen: the example loads while the user already sees the workbench
			window.getShell().getDisplay().asyncExec(() -> FirstRunSample.openIfFirstRun(window));
		}
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new IntdWorkbenchWindowAdvisor(configurer);
	}
}
