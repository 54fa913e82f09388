package org.intdesigner.reports;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as a report shows them: thousands separated, at most one decimal place. */
public final class Figures {

	private Figures() {
	}

	public static String format(double value) {
		if (Double.isNaN(value)) {
			return "";
		}
		DecimalFormat format = new DecimalFormat(Math.rint(value) == value ? "#,##0" : "#,##0.0",
				DecimalFormatSymbols.getInstance(Locale.UK));
		return format.format(value);
	}

	/** A percentage with one decimal place: 12.3%. */
	public static String percent(double value) {
		return new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.UK)).format(value) + "%";
	}
}
