package org.intdesigner.workforce.metrics;

import java.util.Map;

/** What a metric should be: the value, how far off is still amber, and which way is better. */
public record Target(double value, double amberBand, boolean higherIsBetter) {

	/**
	 * Starting targets for the built-in metrics, for places that have not agreed their own (a
	 * metric definitions file overrides them): common NHS ambitions, not national standards. The
	 * survey themes' are a share agreeing a little above what NHS Staff Survey results commonly
	 * show for such questions (about six in ten able to make improvements, seven in ten content,
	 * most knowing their team's goals); skill sufficiency's is nine in ten requirements met, the
	 * rest being the gaps a training plan closes.
	 */
	public static final Map<Metric, Target> DEFAULTS = Map.ofEntries(
			Map.entry(Metric.TURNOVER, new Target(10, 2, false)),
			Map.entry(Metric.TURNOVER_FTE, new Target(10, 2, false)),
			Map.entry(Metric.VACANCY_RATE, new Target(5, 3, false)),
			Map.entry(Metric.SICKNESS_ABSENCE, new Target(4, 1, false)),
			Map.entry(Metric.STABILITY, new Target(85, 5, true)),
			Map.entry(Metric.ENGAGEMENT, new Target(7, 0.5, true)),
			Map.entry(Metric.SATISFACTION, new Target(70, 10, true)),
			Map.entry(Metric.IMPROVEMENT, new Target(60, 10, true)),
			Map.entry(Metric.PRODUCTIVITY, new Target(70, 10, true)),
			Map.entry(Metric.ALIGNMENT, new Target(80, 10, true)),
			Map.entry(Metric.SKILL_SUFFICIENCY, new Target(90, 10, true)));
}
