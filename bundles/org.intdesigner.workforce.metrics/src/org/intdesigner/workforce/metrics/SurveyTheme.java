package org.intdesigner.workforce.metrics;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a further survey question measures (the THEME its questions file gives it): each theme is a
 * metric, the share of its questions' answers that agree or strongly agree (4 or 5 of 1-5), as the
 * NHS Staff Survey reports "% agree or strongly agree". Any question of the theme feeds it.
 */
public enum SurveyTheme {
	SATISFACTION("satisfaction", Measure.SATISFACTION_RESPONDENTS, Measure.SATISFACTION_ANSWERS, Measure.SATISFACTION_AGREEING),
	IMPROVEMENT("improvement", Measure.IMPROVEMENT_RESPONDENTS, Measure.IMPROVEMENT_ANSWERS, Measure.IMPROVEMENT_AGREEING),
	PRODUCTIVITY("productivity", Measure.PRODUCTIVITY_RESPONDENTS, Measure.PRODUCTIVITY_ANSWERS, Measure.PRODUCTIVITY_AGREEING),
	ALIGNMENT("alignment", Measure.ALIGNMENT_RESPONDENTS, Measure.ALIGNMENT_ANSWERS, Measure.ALIGNMENT_AGREEING);

	/** The lowest answer that agrees: 4 "agree" and 5 "strongly agree". */
	public static final int AGREE = 4;

	private final String code;
	private final Measure respondents;
	private final Measure answers;
	private final Measure agreeing;

	SurveyTheme(String code, Measure respondents, Measure answers, Measure agreeing) {
		this.code = code;
		this.respondents = respondents;
		this.answers = answers;
		this.agreeing = agreeing;
	}

	/** As the store's SURVEY_QUESTION.THEME holds it. */
	public String code() {
		return code;
	}

	/** Responses that answered at least one question of the theme (people: decides suppression). */
	public Measure respondents() {
		return respondents;
	}

	public Measure answers() {
		return answers;
	}

	public Measure agreeing() {
		return agreeing;
	}

	Set<Measure> measures() {
		return EnumSet.of(respondents, answers, agreeing);
	}

	/** % of the theme's answers that agree; NaN when none was answered. */
	double percentAgreeing(Measures measures) {
		return Formulas.percentAgreeing(measures.get(agreeing), measures.get(answers));
	}

	/** The theme of this code (any case), or null when it is none of them. */
	public static SurveyTheme of(String code) {
		for (SurveyTheme theme : values()) {
			if (theme.code.equalsIgnoreCase(code == null ? "" : code.trim())) {
				return theme;
			}
		}
		return null;
	}
}
