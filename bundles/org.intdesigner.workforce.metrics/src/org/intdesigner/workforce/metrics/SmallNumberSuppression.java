package org.intdesigner.workforce.metrics;

import java.util.Set;

/**
 * Small numbers of people can identify them: a figure made from between 1 and threshold - 1
 * people (any of its people counts) is suppressed wherever it leaves the program. Zero is not
 * disclosive and is shown.
 */
public record SmallNumberSuppression(int threshold) {

	public static final int DEFAULT_THRESHOLD = 5;
	/** What is shown in place of a suppressed figure. */
	public static final String MARK = "*";

	public SmallNumberSuppression {
		if (threshold < 1) {
			throw new IllegalArgumentException("The suppression threshold is a number of people, 1 or more, not " + threshold + ".");
		}
	}

	public static SmallNumberSuppression standard() {
		return new SmallNumberSuppression(DEFAULT_THRESHOLD);
	}

	public boolean hides(double people) {
		return people > 0 && people < threshold;
	}

	/** True if any of the people counts among {@code used} would identify someone. */
	public boolean hides(Measures measures, Set<Measure> used) {
		for (Measure measure : used) {
			if (measure.isPeopleCount() && hides(measures.get(measure))) {
				return true;
			}
		}
		return false;
	}
}
