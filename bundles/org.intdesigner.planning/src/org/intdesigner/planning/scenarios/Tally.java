package org.intdesigner.planning.scenarios;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the rows of a section while each model is walked in turn: rows are keyed (an element's id, a rule's id) so
 * that a scenario's element meets its baseline's, and keep the order they were first seen in. A key a model lacks
 * counts 0 there: a post that is not in a model is no post of it.
 */
final class Tally {

	private record Key(Object key, String measure) {
	}

	private final int models;
	private final Map<Key, String> labels = new LinkedHashMap<>();
	private final Map<Key, SideBySide.Unit> units = new LinkedHashMap<>();
	private final Map<Key, double[]> values = new LinkedHashMap<>();
	private final Map<Key, boolean[]> touched = new LinkedHashMap<>();

	Tally(int models) {
		this.models = models;
	}

	/** Adds {@code amount} to the row {@code key}/{@code measure} of model {@code model}. */
	void add(int model, Object key, String label, String measure, SideBySide.Unit unit, double amount) {
		Key k = new Key(key, measure);
		labels.putIfAbsent(k, label);
		units.putIfAbsent(k, unit);
		values.computeIfAbsent(k, x -> new double[models])[model] += amount;
		touched.computeIfAbsent(k, x -> new boolean[models])[model] = true;
	}

	/** Sets the value, NaN for unknown. */
	void set(int model, Object key, String label, String measure, SideBySide.Unit unit, double value) {
		Key k = new Key(key, measure);
		labels.putIfAbsent(k, label);
		units.putIfAbsent(k, unit);
		values.computeIfAbsent(k, x -> new double[models])[model] = value;
	}

	/** Marks a row unknown in models not yet set, so that "not computed" is not read as 0. */
	void unknownWhereMissing(Object key, String label, String measure, SideBySide.Unit unit, boolean[] known) {
		Key k = new Key(key, measure);
		labels.putIfAbsent(k, label);
		units.putIfAbsent(k, unit);
		double[] row = values.computeIfAbsent(k, x -> new double[models]);
		for (int i = 0; i < models; i++) {
			if (!known[i]) {
				row[i] = Double.NaN;
			}
		}
	}

	/**
	 * The rows, a figure no model gave anything to unknown (NaN) rather than 0: for figures that exist only where the
	 * model says something (a role's supply needs a supply assumption), where not saying is not nothing.
	 */
	List<SideBySide.Row> rowsUnknownWhereNotGiven() {
		List<SideBySide.Row> rows = new ArrayList<>();
		values.forEach((key, row) -> {
			double[] copy = Arrays.copyOf(row, models);
			boolean[] given = touched.getOrDefault(key, new boolean[models]);
			for (int i = 0; i < models; i++) {
				if (!given[i]) {
					copy[i] = Double.NaN;
				}
			}
			rows.add(new SideBySide.Row(labels.get(key), key.measure(), units.get(key), copy));
		});
		return rows;
	}

	List<SideBySide.Row> rows() {
		List<SideBySide.Row> rows = new ArrayList<>();
		values.forEach((key, row) -> rows.add(new SideBySide.Row(labels.get(key), key.measure(), units.get(key),
				Arrays.copyOf(row, models))));
		return rows;
	}
}
