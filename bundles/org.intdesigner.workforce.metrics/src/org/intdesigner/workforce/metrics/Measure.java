package org.intdesigner.workforce.metrics;

/**
 * The additive quantities the metrics are made of, summed over the rows of a group: they add up
 * across groups (a neighbourhood's are its teams'), the rates made from them do not. Their names
 * are also the variables of user-defined metrics.
 */
public enum Measure {
	/** People in post on the period's first day (a row per person and post). */
	IN_POST_START("inPostStart", true),
	FTE_START("fteStart", false),
	/** People in post on the period's last day. */
	IN_POST_END("inPostEnd", true),
	FTE_END("fteEnd", false),
	/** People whose last day in a post falls in the period. */
	LEAVERS("leavers", true),
	LEAVER_FTE("leaverFte", false),
	/** People in post on the day a year before the period's last day. */
	IN_POST_YEAR_AGO("inPostYearAgo", true),
	/** Of those, the ones still in the same post on the last day. */
	WITH_YEAR_SERVICE("withYearService", true),
	/** Days in post within the period times FTE. */
	FTE_DAYS_AVAILABLE("fteDaysAvailable", false),
	/** Days of sickness absence within the period times FTE. */
	FTE_DAYS_LOST("fteDaysLost", false),
	/** Planned (funded) FTE for the month of the period's last day. */
	PLANNED_FTE("plannedFte", false),
	/** Staff survey responses. */
	RESPONDENTS("respondents", true),
	/** Sums over respondents of the mean points (0-10) of each engagement part. */
	MOTIVATION_POINTS("motivationPoints", false),
	INVOLVEMENT_POINTS("involvementPoints", false),
	ADVOCACY_POINTS("advocacyPoints", false);

	private final String variable;
	private final boolean people;

	Measure(String variable, boolean people) {
		this.variable = variable;
		this.people = people;
	}

	/** The name user-defined metrics use for it. */
	public String variable() {
		return variable;
	}

	/** True for counts of people: those below the suppression threshold are never shown. */
	public boolean isPeopleCount() {
		return people;
	}
}
