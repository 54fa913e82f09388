package org.intdesigner.planning.ui.study;

import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;
import org.intdesigner.model.io.Quantities;

/** Numbers typed into the study editor: a decimal point, nothing negative where a count is meant, rates 0 to 100. */
final class Numbers {

	private Numbers() {
	}

	/** The value of {@code text} for {@code attribute}: null for empty text, else a Double or Integer. */
	static Object parse(EAttribute attribute, String text) {
		String value = text == null ? "" : text.trim();
		if (value.isEmpty()) {
			return null;
		}
		boolean whole = attribute.getEAttributeType().getInstanceClass() == int.class;
		double number;
		try {
			number = Double.parseDouble(value);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("'" + value + "' is not a number (use a point for decimals, e.g. 7.5)");
		}
		if (Double.isNaN(number) || Double.isInfinite(number)) {
			throw new IllegalArgumentException("'" + value + "' is not a number");
		}
		if (number < 0 && Quantities.cannotBeNegative(attribute)) {
			throw new IllegalArgumentException("'" + value + "' is negative; it counts something, so it is 0 or more");
		}
		if (Quantities.isPercentage(attribute) && number > 100) {
			throw new IllegalArgumentException("'" + value + "' is not a rate: give 0 to 100");
		}
		if (whole) {
			if (number != Math.rint(number)) {
				throw new IllegalArgumentException("'" + value + "' is not a whole number");
			}
			return (int) number;
		}
		return number;
	}

	/** A value as it is typed: 7.5, 260 (not 260.0); empty for none. */
	static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double d) {
			return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : String.format(Locale.ROOT, "%s", d);
		}
		return value.toString();
	}
}
