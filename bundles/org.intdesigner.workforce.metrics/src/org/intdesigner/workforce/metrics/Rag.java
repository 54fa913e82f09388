package org.intdesigner.workforce.metrics;

/** Red, amber or green against a target; NONE when there is no target or no value. */
public enum Rag {
	GREEN, AMBER, RED, NONE;

	/**
	 * Green when the value meets the target, amber within {@code amberBand} of it, red beyond;
	 * "meets" is at or above for metrics where higher is better, at or below otherwise.
	 */
	public static Rag of(double value, Target target) {
		if (target == null || Double.isNaN(value)) {
			return NONE;
		}
		double shortfall = target.higherIsBetter() ? target.value() - value : value - target.value();
		if (shortfall <= 0) {
			return GREEN;
		}
		return shortfall <= target.amberBand() ? AMBER : RED;
	}
}
