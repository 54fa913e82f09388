package org.intdesigner.workforce.metrics;

import java.util.EnumSet;
import java.util.Set;

/**
 * The people counts a figure's suppression rests on. The built-in metrics each name one beside the
 * measures their formula uses (FTE beside headcount, sickness days beside the people in post), so
 * that a figure made from one or two people is never shown. A metric written by a place or a
 * plug-in may use no count of people at all ({@code fteDaysLost / fteDaysAvailable}): it gets the
 * same counts the built-ins of its measures have, so small numbers are suppressed exactly as theirs.
 */
final class PeopleCounts {

	private PeopleCounts() {
	}

	/** {@code used} with, for each kind of data it reads, that data's people count when it names none. */
	static Set<Measure> completed(Set<Measure> used) {
		Set<Measure> all = used.isEmpty() ? EnumSet.noneOf(Measure.class) : EnumSet.copyOf(used);
		if (uses(used, Measure.Origin.STAFF, Measure.Origin.ESTABLISHMENT) && !counts(used, Measure.Origin.STAFF)) {
			all.add(Measure.IN_POST_END); // as the vacancy rate, FTE and sickness absence have
		}
		if (uses(used, Measure.Origin.SURVEY) && !counts(used, Measure.Origin.SURVEY)) {
			all.add(Measure.RESPONDENTS);
		}
		for (SurveyTheme theme : SurveyTheme.values()) {
			if (theme.measures().stream().anyMatch(used::contains)) {
				all.add(theme.respondents());
			}
		}
		if (uses(used, Measure.Origin.SOURCE) && !counts(used, Measure.Origin.SOURCE)) {
			all.add(Measure.SKILL_HOLDERS);
		}
		return all;
	}

	private static boolean uses(Set<Measure> used, Measure.Origin... origins) {
		Set<Measure.Origin> wanted = Set.of(origins);
		return used.stream().anyMatch(measure -> wanted.contains(measure.origin()));
	}

	private static boolean counts(Set<Measure> used, Measure.Origin origin) {
		return used.stream().anyMatch(measure -> measure.origin() == origin && measure.isPeopleCount());
	}
}
