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
	PLANNED_FTE("plannedFte", false, Origin.ESTABLISHMENT),
	/** Staff survey responses. */
	RESPONDENTS("respondents", true, Origin.SURVEY),
	/** Sums over respondents of the mean points (0-10) of each engagement part. */
	MOTIVATION_POINTS("motivationPoints", false, Origin.SURVEY),
	INVOLVEMENT_POINTS("involvementPoints", false, Origin.SURVEY),
	ADVOCACY_POINTS("advocacyPoints", false, Origin.SURVEY),
	/**
	 * The survey's further questions, by theme ({@link SurveyTheme}): the responses answering a
	 * question of the theme, their answers to its questions, and of those the answers agreeing (4 or 5).
	 */
	SATISFACTION_RESPONDENTS("satisfactionRespondents", true, Origin.SURVEY_QUESTIONS),
	SATISFACTION_ANSWERS("satisfactionAnswers", false, Origin.SURVEY_QUESTIONS),
	SATISFACTION_AGREEING("satisfactionAgreeing", false, Origin.SURVEY_QUESTIONS),
	IMPROVEMENT_RESPONDENTS("improvementRespondents", true, Origin.SURVEY_QUESTIONS),
	IMPROVEMENT_ANSWERS("improvementAnswers", false, Origin.SURVEY_QUESTIONS),
	IMPROVEMENT_AGREEING("improvementAgreeing", false, Origin.SURVEY_QUESTIONS),
	PRODUCTIVITY_RESPONDENTS("productivityRespondents", true, Origin.SURVEY_QUESTIONS),
	PRODUCTIVITY_ANSWERS("productivityAnswers", false, Origin.SURVEY_QUESTIONS),
	PRODUCTIVITY_AGREEING("productivityAgreeing", false, Origin.SURVEY_QUESTIONS),
	ALIGNMENT_RESPONDENTS("alignmentRespondents", true, Origin.SURVEY_QUESTIONS),
	ALIGNMENT_ANSWERS("alignmentAnswers", false, Origin.SURVEY_QUESTIONS),
	ALIGNMENT_AGREEING("alignmentAgreeing", false, Origin.SURVEY_QUESTIONS),
	/**
	 * Skill requirements of the teams (capability, level, how many people), those met by the
	 * people in post holding the capability at or above the level and in date, those met by exactly
	 * one person, and the people in post they were checked against: measured by a
	 * {@link MeasureSource} (the workforce development plug-in), not by the store's tables alone.
	 */
	SKILL_REQUIREMENTS("skillRequirements", false, Origin.SOURCE),
	SKILL_REQUIREMENTS_MET("skillRequirementsMet", false, Origin.SOURCE),
	SKILL_SINGLE_POINTS("skillSinglePoints", false, Origin.SOURCE),
	SKILL_HOLDERS("skillHolders", true, Origin.SOURCE);

	/** Where a measure comes from. */
	enum Origin {
		/** the staff spells (and their sickness absences) */
		STAFF,
		/** the establishment (planned FTE) */
		ESTABLISHMENT,
		/** the staff survey's engagement questions q1-q9 */
		SURVEY,
		/** the survey's further questions named in a questions file */
		SURVEY_QUESTIONS,
		/** an installed {@link MeasureSource} */
		SOURCE
	}

	private final String variable;
	private final boolean people;
	private final Origin origin;

	Measure(String variable, boolean people) {
		this(variable, people, Origin.STAFF);
	}

	Measure(String variable, boolean people, Origin origin) {
		this.variable = variable;
		this.people = people;
		this.origin = origin;
	}

	Origin origin() {
		return origin;
	}

	/** True for the staff survey's measures: the survey is not dated, so they cannot be cut by month. */
	public boolean isFromSurvey() {
		return origin == Origin.SURVEY || origin == Origin.SURVEY_QUESTIONS;
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
