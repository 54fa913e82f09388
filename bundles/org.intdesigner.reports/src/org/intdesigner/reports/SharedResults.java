package org.intdesigner.reports;

import java.util.HashMap;
import java.util.Map;

/**
 * What sections of one run work out once and share: a model-wide analysis (skill sufficiency, the
 * training plan, the validation) is the same for every section and every place of a run, so the
 * sections of one report share it, and {@code ./intd report --scope all-places} works it out once
 * for all 32 places, not once a place. A run is one request of one model and store: a new run
 * (after an edit) starts empty, so nothing is reported from an old analysis.
 */
public final class SharedResults {

	private final Map<String, Object> results = new HashMap<>();

	/** Work that gives a result or throws {@code E} (MissingData, an I/O failure, or nothing checked). */
	@FunctionalInterface
	public interface Computation<T, E extends Exception> {
		T compute() throws E;
	}

	/**
	 * The result under {@code key}, worked out by {@code compute} the first time it is asked for.
	 * Keys are the contributing bundle's name and a word ("org.intdesigner.development.sufficiency").
	 */
	@SuppressWarnings("unchecked")
	public synchronized <T, E extends Exception> T get(String key, Computation<T, E> compute) throws E {
		Object known = results.get(key);
		if (known == null) {
			known = compute.compute();
			results.put(key, known);
		}
		return (T) known;
	}
}
