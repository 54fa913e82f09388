package org.intdesigner.planning;

/** Figures in messages as a person writes them: 12, 12.5, -0.333 (not 12.0 or 0.33333333). */
public final class MessageFigures {

	private MessageFigures() {
	}

	public static String text(double value) {
		if (Double.isNaN(value)) {
			return "empty";
		}
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return java.math.BigDecimal.valueOf(Math.round(value * 1000) / 1000.0).stripTrailingZeros().toPlainString();
	}
}
