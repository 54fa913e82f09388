package org.intdesigner.workforce.metrics;

import java.util.Map;

/**
 * One line of a breakdown: the values of its cuts, its period, the metric's value (NaN when it has
 * no denominator) and the measures it was made from. {@code suppressed} rows came from fewer people
 * than the suppression threshold: their value and people counts must never be shown.
 */
public record MetricRow(Map<Cut, String> key, Period period, double value, Measures measures, boolean suppressed, Rag rag) {

	/** The value as people may see it: blank when suppressed or undefined. */
	public String shownValue() {
		if (suppressed) {
			return SmallNumberSuppression.MARK;
		}
		return Double.isNaN(value) ? "n/a" : String.format(java.util.Locale.ROOT, "%.1f", value);
	}

	/** {@link #shownValue()}, with whole numbers of people shown as such ("14", not "14.0"). */
	public String shownValue(String unit) {
		return !suppressed && "people".equals(unit) && value == Math.rint(value) ? String.valueOf((long) value) : shownValue();
	}
}
