package org.intdesigner.testsupport.ui;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;

/**
 * Runs work on the SWT UI thread from a test thread. Tests run outside the UI thread (as with
 * SWTBot) so that an action which opens a modal dialog does not block the test that wants to
 * answer it.
 */
public final class UiThread {

	private final Display display;

	public UiThread(Display display) {
		this.display = display;
	}

	public Display display() {
		return display;
	}

	/** Runs the supplier on the UI thread and returns its result; its exception is rethrown here. */
	public <T> T call(Supplier<T> work) {
		if (Thread.currentThread() == display.getThread()) {
			return work.get();
		}
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		try {
			display.syncExec(() -> {
				try {
					result.set(work.get());
				} catch (RuntimeException | Error e) {
					// assertion errors too: they must fail the test, not the event loop
					failure.set(e);
				}
			});
		} catch (SWTException e) {
			throw new IllegalStateException("The display is gone: " + e.getMessage(), e);
		}
		if (failure.get() instanceof RuntimeException e) {
			throw e;
		}
		if (failure.get() instanceof Error e) {
			throw e;
		}
		return result.get();
	}

	public void run(Runnable work) {
		call(() -> {
			work.run();
			return null;
		});
	}

	/**
	 * Runs work on the UI thread without waiting: for clicks and menu selections that may open
	 * a modal dialog. Use {@link UiDriver#waitUntil} to see their effect.
	 */
	public void async(Runnable work) {
		display.asyncExec(work);
	}

	/** Waits until the UI thread has processed everything queued before this call. */
	public void flush() {
		run(() -> {
			while (display.readAndDispatch()) {
				// drain pending events
			}
		});
	}
}
