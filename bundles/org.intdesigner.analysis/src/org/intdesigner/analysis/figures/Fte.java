package org.intdesigner.analysis.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** FTE figures rounded for people to read (two decimals), so sums of fractions do not show as 2.9999999. */
final class Fte {

	private Fte() {
	}

	static double round(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
	}
}
