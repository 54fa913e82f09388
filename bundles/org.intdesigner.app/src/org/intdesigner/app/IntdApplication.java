package org.intdesigner.app;

import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** Starts the INT Designer workbench after checking the display and the user's data folder. */
public final class IntdApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		Display display;
		try {
			display = PlatformUI.createDisplay();
		} catch (SWTError | UnsatisfiedLinkError e) {
			return fail(StartupProblem.noDisplay(e.getMessage()), null);
		}
		DataFolder dataFolder = new DataFolder(Platform.getInstanceLocation());
		try {
			Optional<StartupProblem> problem = dataFolder.checkAndLock();
			if (problem.isPresent()) {
				return fail(problem.get(), display);
			}
			context.applicationRunning();
			int code = PlatformUI.createAndRunWorkbench(display, new IntdWorkbenchAdvisor());
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			dataFolder.release();
			display.dispose();
		}
	}

	/** Says what is wrong on stderr (for scripts and terminals) and, when possible, in a dialog. */
	private static Integer fail(StartupProblem problem, Display display) {
		System.err.println(problem.sentence());
		if (display != null && !Boolean.getBoolean("intd.noStartupDialogs")) {
			MessageDialog.openError(null, "INT Designer", problem.sentence());
		}
		return problem.exitCode();
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
