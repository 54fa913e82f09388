package org.intdesigner.workforce.metrics;

import java.util.EnumMap;
import java.util.Map;

/** The measures of one group (one row of a breakdown), added up from its rows. */
public final class Measures {

	private final EnumMap<Measure, Double> values = new EnumMap<>(Measure.class);

	public double get(Measure measure) {
		return values.getOrDefault(measure, 0.0);
	}

	public boolean has(Measure measure) {
		return values.containsKey(measure);
	}

	public void add(Measure measure, double value) {
		values.merge(measure, value, Double::sum);
	}

	public void addAll(Measures other) {
		other.values.forEach(this::add);
	}

	public Map<Measure, Double> asMap() {
		return java.util.Collections.unmodifiableMap(values);
	}
}
