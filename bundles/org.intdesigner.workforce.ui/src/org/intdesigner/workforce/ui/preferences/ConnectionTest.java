package org.intdesigner.workforce.ui.preferences;

import java.lang.reflect.InvocationTargetException;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.Shell;
import org.intdesigner.workforce.store.DerbyErrors;
import org.intdesigner.workforce.store.StoreException;
import org.intdesigner.workforce.store.StoreLocation;
import org.intdesigner.workforce.store.WorkforceStore;

/**
 * "Test Connection" of the Workforce Store preferences: opens the store the page describes (not
 * the one in use) with a progress dialog, reads its schema version, closes it, and says what
 * happened in a dialog titled {@value #TITLE}. Cancel stops waiting at once; a connection that
 * still arrives later is closed by the thread that made it.
 */
final class ConnectionTest {

	static final String TITLE = "Test Connection";

	private ConnectionTest() {
	}

	static void run(Shell shell, StoreLocation location) {
		String[] outcome = new String[1];
		boolean[] worked = new boolean[1];
		try {
			new ProgressMonitorDialog(shell).run(true, true, monitor -> {
				monitor.beginTask("Opening " + location.describe(), IProgressMonitor.UNKNOWN);
				CompletableFuture<String> opening = CompletableFuture.supplyAsync(() -> open(location), task -> {
					Thread thread = new Thread(task, "Workforce store connection test");
					thread.setDaemon(true); // a server that never answers must not keep the workbench from exiting
					thread.start();
				});
				try {
					while (true) {
						if (monitor.isCanceled()) {
							opening.cancel(false);
							throw new InterruptedException();
						}
						try {
							outcome[0] = opening.get(100, TimeUnit.MILLISECONDS);
							worked[0] = true;
							return;
						} catch (TimeoutException e) {
							// keep waiting, watching for Cancel
						}
					}
				} catch (ExecutionException e) {
					outcome[0] = e.getCause() instanceof StoreFailure failure ? failure.getMessage()
							: "The workforce store could not be opened: " + DerbyErrors.message(e.getCause());
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			outcome[0] = DerbyErrors.message(e.getCause());
		} catch (InterruptedException e) {
			return; // cancelled: the person knows
		}
		if (worked[0]) {
			MessageDialog.openInformation(shell, TITLE, outcome[0]);
		} else {
			MessageDialog.openError(shell, TITLE, outcome[0]);
		}
	}

	/** Opens and closes the store; the text for the person, or a StoreFailure with the store's message. */
	private static String open(StoreLocation location) {
		try (WorkforceStore store = WorkforceStore.open(location)) {
			String schema = "schema version " + store.schemaVersion();
			return store.versionFoundAtOpen() == 0 ? "Connected: " + location.describe() + " was empty and now holds an"
					+ " empty workforce store (" + schema + ")." : "Connected to " + location.describe() + " (" + schema + ").";
		} catch (StoreException e) {
			throw new StoreFailure(e.getMessage());
		} catch (SQLException e) {
			throw new StoreFailure(location.describe() + " opened but could not be read: " + DerbyErrors.message(e));
		}
	}

	/** A StoreException's message carried out of the future. */
	private static final class StoreFailure extends RuntimeException {
		private static final long serialVersionUID = 1L;

		StoreFailure(String message) {
			super(message, null, false, false);
		}
	}
}
