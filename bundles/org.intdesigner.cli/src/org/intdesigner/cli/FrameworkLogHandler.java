package org.intdesigner.cli;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;

/**
 * Sends the warnings and errors libraries log through java.util.logging (Aries SPI-Fly, Apache POI by
 * way of log4j-to-jul) to the framework's log, which the launcher puts in the data folder's
 * {@code cli.log}: standard error is kept for the command's own messages, which a user acts on.
 * With {@code --verbose} the launcher leaves java.util.logging on the console instead.
 */
final class FrameworkLogHandler extends Handler {

	private final ILog log = Platform.getLog(FrameworkLogHandler.class);

	/** Replaces the root logger's handlers with one of these, for warnings and errors. */
	static void install() {
		Logger root = Logger.getLogger("");
		for (Handler handler : root.getHandlers()) {
			root.removeHandler(handler);
		}
		FrameworkLogHandler handler = new FrameworkLogHandler();
		handler.setLevel(Level.WARNING);
		root.addHandler(handler);
	}

	@Override
	public void publish(LogRecord record) {
		if (!isLoggable(record)) {
			return;
		}
		logFolder();
		int severity = record.getLevel().intValue() >= Level.SEVERE.intValue() ? IStatus.ERROR : IStatus.WARNING;
		String message = record.getLoggerName() + ": " + (record.getMessage() == null ? "" : record.getMessage());
		log.log(new Status(severity, "org.intdesigner.cli", message, record.getThrown()));
	}

	/**
	 * Makes the folder of the framework's log (the data folder, which a command makes only when it writes there):
	 * without it the framework writes the entry on standard error, where the user would take it for the command's.
	 */
	static void logFolder() {
		String file = System.getProperty("osgi.logfile");
		if (file == null) {
			return;
		}
		try {
			java.nio.file.Path folder = java.nio.file.Path.of(file).toAbsolutePath().getParent();
			if (folder != null) {
				java.nio.file.Files.createDirectories(folder);
			}
		} catch (java.io.IOException | RuntimeException e) {
			// then the framework says it on standard error, as before
		}
	}

	@Override
	public void flush() {
		// the framework log writes each entry as it comes
	}

	@Override
	public void close() {
		// nothing held
	}
}
