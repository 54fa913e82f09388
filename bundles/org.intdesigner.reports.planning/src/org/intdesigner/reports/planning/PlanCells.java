package org.intdesigner.reports.planning;

import java.util.Locale;

import org.intdesigner.planning.WisnRatioBand;
import org.intdesigner.reports.Cell;
import org.intdesigner.reports.Tone;
import org.intdesigner.workforce.metrics.SmallNumberSuppression;

/**
 * How planning figures read in a report: staff to two decimals and ratios to three, as {@code ./intd wisn} and
 * {@code ./intd plan} print them (so a reader can find the same figure in both), a ratio coloured by its WISN band,
 * and the suppression mark for a figure counted from too few people.
 */
final class PlanCells {

	private PlanCells() {
	}

	static Cell staff(double value) {
		return Double.isNaN(value) ? Cell.text("-") : Cell.number(value, String.format(Locale.ROOT, "%.2f", value));
	}

	static Cell ratio(double ratio) {
		if (Double.isNaN(ratio)) {
			return Cell.text("-");
		}
		return Cell.number(ratio, String.format(Locale.ROOT, "%.3f", ratio), tone(WisnRatioBand.of(ratio)));
	}

	/** Red far under-staffed, amber under-staffed, green staffed for the workload; more than needed is plain. */
	static Tone tone(WisnRatioBand band) {
		return switch (band) {
		case FAR_UNDER -> Tone.RED;
		case UNDER -> Tone.AMBER;
		case STAFFED -> Tone.GREEN;
		case OVER, NONE -> Tone.PLAIN;
		};
	}

	static Cell suppressed() {
		return Cell.text(SmallNumberSuppression.MARK);
	}

	/** A count of people, or the mark when it is small enough to identify someone. */
	static Cell people(int count, SmallNumberSuppression suppression) {
		return suppression.hides(count) ? suppressed() : Cell.number(count);
	}
}
