package org.intdesigner.dropins;

import org.eclipse.osgi.framework.log.FrameworkLog;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Loads the plug-ins a user dropped into a dropins folder (see {@link DropinsFolders}). The product starts this
 * bundle at start level 3, before the workbench or a command runs, so that their extensions (rules, report
 * sections, ...) are in the extension registry when the application reads it. Equinox's p2 dropins reconciler
 * is not on Maven Central; this does the part INT Designer needs: plain plug-in jars, installed, updated and
 * removed as the folder changes.
 */
public final class DropinsActivator implements BundleActivator {

	@Override
	public void start(BundleContext context) {
		new DropinsReconciler(context, log(context)).reconcile(DropinsFolders.of(context));
	}

	@Override
	public void stop(BundleContext context) {
		// the installed plug-ins stay installed: the next start reconciles them with the folders again
	}

	/** The framework's log (the data folder's .log, or cli.log for commands): there at every start level. */
	private static DropinsLog log(BundleContext context) {
		ServiceReference<FrameworkLog> reference = context.getServiceReference(FrameworkLog.class);
		FrameworkLog log = reference == null ? null : context.getService(reference);
		boolean consoleLog = Boolean.parseBoolean(context.getProperty("eclipse.consoleLog"));
		return log == null ? DropinsLog.STANDARD_ERROR : new FrameworkDropinsLog(log, !consoleLog);
	}
}
