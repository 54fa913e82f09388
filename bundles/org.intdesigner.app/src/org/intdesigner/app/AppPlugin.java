package org.intdesigner.app;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/** The bundle activator: the shared instance gives access to the bundle's images and log. */
public final class AppPlugin extends AbstractUIPlugin {

	public static final String PLUGIN_ID = "org.intdesigner.app";

	private static AppPlugin instance;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		instance = null;
		super.stop(context);
	}

	public static AppPlugin getDefault() {
		return instance;
	}

	/** Logs a problem to the error log (and so, with -consoleLog, to the console). */
	public static void logError(String message, Throwable cause) {
		ILog.of(AppPlugin.class).log(Status.error(message, cause));
	}

	public static IStatus errorStatus(String message, Throwable cause) {
		return new Status(IStatus.ERROR, PLUGIN_ID, message, cause);
	}
}
