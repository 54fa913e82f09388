package org.intdesigner.planning.scenarios;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How a side-by-side figure reads on screen: counts whole ("1,204"), FTE with up to two decimals ("12.5"), money in
 * whole pounds ("£1,250,000"); differences signed ("+3", "−0.5"), no difference as "0"; unknown as "n/a".
 */
public final class SideBySideNumbers {

	public static final String UNKNOWN = "n/a";
	private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.UK);

	private SideBySideNumbers() {
	}

	public static String value(SideBySide.Unit unit, double value) {
		if (Double.isNaN(value)) {
			return UNKNOWN;
		}
		return switch (unit) {
		case COUNT -> new DecimalFormat("#,##0", SYMBOLS).format(value);
		case FTE -> new DecimalFormat("#,##0.##", SYMBOLS).format(value);
		case MONEY -> "\u00a3" + new DecimalFormat("#,##0", SYMBOLS).format(value);
		};
	}

	public static String difference(SideBySide.Unit unit, double difference) {
		if (Double.isNaN(difference)) {
			return UNKNOWN;
		}
		if (Math.abs(difference) < tolerance(unit)) {
			return "0";
		}
		String magnitude = value(unit, Math.abs(difference));
		return (difference > 0 ? "+" : "\u2212") + magnitude;
	}

	/** Is {@code difference} more (1), less (-1) or no difference (0) once rounded as it is written? */
	public static int direction(SideBySide.Unit unit, double difference) {
		if (Double.isNaN(difference) || Math.abs(difference) < tolerance(unit)) {
			return 0;
		}
		return difference > 0 ? 1 : -1;
	}

	private static double tolerance(SideBySide.Unit unit) {
		return switch (unit) {
		case COUNT, MONEY -> 0.5;
		case FTE -> 0.005;
		};
	}
}
