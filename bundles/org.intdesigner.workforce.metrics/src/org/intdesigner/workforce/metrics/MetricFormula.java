package org.intdesigner.workforce.metrics;

import java.util.Set;

/** Something computed from measures: a built-in {@link Metric} or a user's {@link MetricDefinition}. */
public interface MetricFormula {

	String id();

	String label();

	String unit();

	/** The measures it needs; the people counts among them decide suppression. */
	Set<Measure> measures();

	/** Its value for one group; NaN when it has no denominator. */
	double valueOf(Measures measures);
}
