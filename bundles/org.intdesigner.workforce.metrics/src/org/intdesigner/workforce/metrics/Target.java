package org.intdesigner.workforce.metrics;

import java.util.Map;

/** What a metric should be: the value, how far off is still amber, and which way is better. */
public record Target(double value, double amberBand, boolean higherIsBetter) {

	/**
	 * Starting targets for the built-in metrics, for places that have not agreed their own (a
	 * metric definitions file overrides them): common NHS ambitions, not national standards.
	 */
	public static final Map<Metric, Target> DEFAULTS = Map.of(
			Metric.TURNOVER, new Target(10, 2, false),
			Metric.TURNOVER_FTE, new Target(10, 2, false),
			Metric.VACANCY_RATE, new Target(5, 3, false),
			Metric.SICKNESS_ABSENCE, new Target(4, 1, false),
			Metric.STABILITY, new Target(85, 5, true),
			Metric.ENGAGEMENT, new Target(7, 0.5, true));
}
