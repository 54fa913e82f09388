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
		int severity = record.getLevel().intValue() >= Level.SEVERE.intValue() ? IStatus.ERROR : IStatus.WARNING;
		String message = record.getLoggerName() + ": " + (record.getMessage() == null ? "" : record.getMessage());
		log.log(new Status(severity, "org.intdesigner.cli", message, record.getThrown()));
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
