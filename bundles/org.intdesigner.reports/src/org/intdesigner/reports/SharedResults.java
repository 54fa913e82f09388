package org.intdesigner.reports;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * What sections of one run work out once and share: a model-wide analysis (skill sufficiency, the
 * training plan, the validation) is the same for every section and every place of a run, so the
 * sections of one report share it, and {@code ./intd report --scope all-places} works it out once
 * for all 32 places, not once a place. A run is one request of one model and store: a new run
 * (after an edit) starts empty, so nothing is reported from an old analysis.
 * <p>
 * A section may {@link #startEarly start} such an analysis on a thread of its own when the run
 * begins ({@link ReportSection#prepare}), so that it is worked out on another core while the
 * sections before it are written; whoever asks for it then waits for it. Work started early reads
 * the model and the store only: the model is not edited while a report is written.
 */
public final class SharedResults {

	private final Map<String, FutureTask<Object>> results = new HashMap<>();

	/** Work that gives a result or throws {@code E} (MissingData, an I/O failure, or nothing checked). */
	@FunctionalInterface
	public interface Computation<T, E extends Exception> {
		T compute() throws E;
	}

	/**
	 * The result under {@code key}, worked out by {@code compute} the first time it is asked for (or
	 * by the work started early under that key, waited for). What the work threw is thrown again to
	 * every caller. Keys are the contributing bundle's name and a word
	 * ("org.intdesigner.development.sufficiency").
	 */
	public <T, E extends Exception> T get(String key, Computation<T, E> compute) throws E {
		FutureTask<Object> task;
		boolean mine = false;
		synchronized (this) {
			task = results.get(key);
			if (task == null) {
				task = new FutureTask<>(compute::compute);
				results.put(key, task);
				mine = true;
			}
		}
		if (mine) {
			task.run(); // on this thread, without the lock: the work may ask for other results
		}
		return value(task);
	}

	/**
	 * Starts working out the result under {@code key} on a thread of its own, unless it is known or
	 * under way; {@link #get} waits for it.
	 */
	public <T, E extends Exception> void startEarly(String key, Computation<T, E> compute) {
		FutureTask<Object> task;
		synchronized (this) {
			if (results.containsKey(key)) {
				return;
			}
			task = new FutureTask<>(compute::compute);
			results.put(key, task);
		}
		Thread thread = new Thread(task, "Report: " + key);
		thread.setDaemon(true); // a cancelled report leaves nothing behind that keeps the program alive
		thread.start();
	}

	@SuppressWarnings("unchecked")
	private static <T, E extends Exception> T value(FutureTask<Object> task) throws E {
		try {
			return (T) task.get();
		} catch (ExecutionException failed) {
			Throwable cause = failed.getCause();
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw (E) cause; // what the key's computation declares
		} catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for a shared analysis of the report", interrupted);
		}
	}
}
