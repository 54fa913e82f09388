package org.intdesigner.testsupport.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;

/**
 * Records every error that reaches the platform log (the Error Log) while it is started, so a
 * test can check that what it did logged no error.
 */
public final class ErrorLogRecorder implements ILogListener, AutoCloseable {

	private final List<IStatus> errors = new ArrayList<>();

	public static ErrorLogRecorder start() {
		ErrorLogRecorder recorder = new ErrorLogRecorder();
		Platform.addLogListener(recorder);
		return recorder;
	}

	@Override
	public synchronized void logging(IStatus status, String plugin) {
		if (status.matches(IStatus.ERROR)) {
			errors.add(status);
		}
	}

	public synchronized List<IStatus> errors() {
		return List.copyOf(errors);
	}

	/** One line per error with its exception, for assertion messages. */
	public synchronized String describe() {
		return errors.stream()
				.map(s -> s.getPlugin() + ": " + s.getMessage() + (s.getException() == null ? "" : " (" + s.getException() + ")"))
				.collect(Collectors.joining("\n"));
	}

	@Override
	public void close() {
		Platform.removeLogListener(this);
	}
}
