package org.intdesigner.workforce.metrics;

import java.util.List;

/** Where a {@link MeasureSource} puts its figures; values for the same group, period and measure add up. */
public interface MeasureSink {

	/** groupValues: one code per dimension, in order (team codes as in the store: a team's code, else its id). */
	void add(List<String> groupValues, int periodIndex, Measure measure, double value);
}
