package org.intdesigner.ui;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/** The model editing UI bundle: its id, its log. */
public class UiPlugin extends AbstractUIPlugin {

	public static final String ID = "org.intdesigner.ui";
	private static UiPlugin instance;

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

	public static UiPlugin getDefault() {
		return instance;
	}

	public static void log(String message, Throwable error) {
		if (instance != null) {
			instance.getLog().log(new Status(IStatus.ERROR, ID, message, error));
		}
	}
}
