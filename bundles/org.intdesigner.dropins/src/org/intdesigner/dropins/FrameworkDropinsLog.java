package org.intdesigner.dropins;

import org.eclipse.osgi.framework.log.FrameworkLog;
import org.eclipse.osgi.framework.log.FrameworkLogEntry;

/**
 * Writes to Equinox's framework log, the same .log file the Platform log writes to. Used instead of
 * org.eclipse.core.runtime's ILog because this bundle starts before the runtime does. Errors also go to standard
 * error (unless the log is shown there already, -consoleLog): a command's user sees at once that a dropped-in
 * plug-in was left out, and why, without opening cli.log.
 */
final class FrameworkDropinsLog implements DropinsLog {

	private static final String SOURCE = "org.intdesigner.dropins";
	private final FrameworkLog log;
	private final boolean errorsToStandardError;

	FrameworkDropinsLog(FrameworkLog log, boolean errorsToStandardError) {
		this.log = log;
		this.errorsToStandardError = errorsToStandardError;
	}

	@Override
	public void info(String message) {
		log.log(new FrameworkLogEntry(SOURCE, FrameworkLogEntry.INFO, 0, message, 0, null, null));
	}

	@Override
	public void error(String message, Throwable cause) {
		log.log(new FrameworkLogEntry(SOURCE, FrameworkLogEntry.ERROR, 0, message, 0, cause, null));
		if (errorsToStandardError) {
			System.err.println(message);
		}
	}
}
