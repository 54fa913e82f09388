package org.intdesigner.planning.supply;

import java.util.SplittableRandom;

import org.intdesigner.planning.MessageFigures;

/** A figure known only within a range (low to high); a single figure is a range of width 0. */
public record Range(double low, double high) {

	public Range {
		if (high < low) {
			throw new IllegalArgumentException("A range runs from low to high: " + low + " to " + high);
		}
	}

	public static Range of(double value) {
		return new Range(value, value);
	}

	/** The central figure: the middle of the range. */
	public double mid() {
		return (low + high) / 2;
	}

	public boolean isRange() {
		return high > low;
	}

	/** A figure drawn uniformly from the range. */
	public double draw(SplittableRandom random) {
		return isRange() ? low + random.nextDouble() * (high - low) : low;
	}

	/** "10" or "8 to 12". */
	@Override
	public String toString() {
		return isRange() ? MessageFigures.text(low) + " to " + MessageFigures.text(high) : MessageFigures.text(low);
	}
}
