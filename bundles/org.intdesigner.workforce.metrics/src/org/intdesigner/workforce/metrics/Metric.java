package org.intdesigner.workforce.metrics;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/** The built-in metrics, each made from measures by the published formula ({@link Formulas}). */
public enum Metric implements MetricFormula {
	TURNOVER("turnover", "Turnover (headcount)", "%", EnumSet.of(Measure.LEAVERS, Measure.IN_POST_START, Measure.IN_POST_END),
			m -> Formulas.turnover(m.get(Measure.LEAVERS), m.get(Measure.IN_POST_START), m.get(Measure.IN_POST_END))),
	TURNOVER_FTE("turnover-fte", "Turnover (FTE)", "%", EnumSet.of(Measure.LEAVERS, Measure.LEAVER_FTE, Measure.IN_POST_START,
			Measure.FTE_START, Measure.IN_POST_END, Measure.FTE_END),
			m -> Formulas.turnover(m.get(Measure.LEAVER_FTE), m.get(Measure.FTE_START), m.get(Measure.FTE_END))),
	VACANCY_RATE("vacancy", "Vacancy rate", "%", EnumSet.of(Measure.PLANNED_FTE, Measure.FTE_END, Measure.IN_POST_END),
			m -> Formulas.vacancyRate(m.get(Measure.PLANNED_FTE), m.get(Measure.FTE_END))),
	SICKNESS_ABSENCE("sickness", "Sickness absence rate", "%", EnumSet.of(Measure.FTE_DAYS_LOST, Measure.FTE_DAYS_AVAILABLE,
			Measure.IN_POST_END), m -> Formulas.sicknessAbsenceRate(m.get(Measure.FTE_DAYS_LOST), m.get(Measure.FTE_DAYS_AVAILABLE))),
	STABILITY("stability", "Stability index", "%", EnumSet.of(Measure.WITH_YEAR_SERVICE, Measure.IN_POST_YEAR_AGO),
			m -> Formulas.stabilityIndex(m.get(Measure.WITH_YEAR_SERVICE), m.get(Measure.IN_POST_YEAR_AGO))),
	ENGAGEMENT("engagement", "Staff engagement", "0-10", EnumSet.of(Measure.RESPONDENTS, Measure.MOTIVATION_POINTS,
			Measure.INVOLVEMENT_POINTS, Measure.ADVOCACY_POINTS),
			m -> m.get(Measure.RESPONDENTS) == 0 ? Double.NaN
					: Formulas.engagement(m.get(Measure.MOTIVATION_POINTS), m.get(Measure.INVOLVEMENT_POINTS),
							m.get(Measure.ADVOCACY_POINTS)) / m.get(Measure.RESPONDENTS)),
	MOTIVATION("motivation", "Engagement: motivation", "0-10", EnumSet.of(Measure.RESPONDENTS, Measure.MOTIVATION_POINTS),
			m -> mean(m, Measure.MOTIVATION_POINTS)),
	INVOLVEMENT("involvement", "Engagement: involvement", "0-10", EnumSet.of(Measure.RESPONDENTS, Measure.INVOLVEMENT_POINTS),
			m -> mean(m, Measure.INVOLVEMENT_POINTS)),
	ADVOCACY("advocacy", "Engagement: advocacy", "0-10", EnumSet.of(Measure.RESPONDENTS, Measure.ADVOCACY_POINTS),
			m -> mean(m, Measure.ADVOCACY_POINTS)),
	HEADCOUNT("headcount", "Headcount in post", "people", EnumSet.of(Measure.IN_POST_END), m -> m.get(Measure.IN_POST_END)),
	FTE("fte", "FTE in post", "FTE", EnumSet.of(Measure.FTE_END, Measure.IN_POST_END), m -> m.get(Measure.FTE_END)),
	/** The survey's further questions of each theme: % of their answers that agree or strongly agree. */
	SATISFACTION("satisfaction", "Staff satisfaction", SurveyTheme.SATISFACTION),
	IMPROVEMENT("improvement", "Improvement: able to make improvements", SurveyTheme.IMPROVEMENT),
	PRODUCTIVITY("productivity", "Productivity", SurveyTheme.PRODUCTIVITY),
	ALIGNMENT("alignment", "Alignment to goals", SurveyTheme.ALIGNMENT),
	/**
	 * Requirements met / requirements x 100 (DOMAIN.md "Skills and sufficiency"); the people in post
	 * they were checked against decide suppression. Measured by the workforce development plug-in.
	 */
	SKILL_SUFFICIENCY("skills", "Skill sufficiency", "%", EnumSet.of(Measure.SKILL_REQUIREMENTS, Measure.SKILL_REQUIREMENTS_MET,
			Measure.SKILL_HOLDERS), m -> Formulas.skillSufficiency(m.get(Measure.SKILL_REQUIREMENTS_MET),
					m.get(Measure.SKILL_REQUIREMENTS)));

	private final String id;
	private final String label;
	private final String unit;
	private final Set<Measure> measures;
	private final ToDoubleFunction<Measures> formula;
	private final SurveyTheme theme;

	Metric(String id, String label, String unit, Set<Measure> measures, ToDoubleFunction<Measures> formula) {
		this(id, label, unit, measures, formula, null);
	}

	Metric(String id, String label, SurveyTheme theme) {
		this(id, label, "%", theme.measures(), theme::percentAgreeing, theme);
	}

	Metric(String id, String label, String unit, Set<Measure> measures, ToDoubleFunction<Measures> formula, SurveyTheme theme) {
		this.theme = theme;
		this.id = id;
		this.label = label;
		this.unit = unit;
		this.measures = measures;
		this.formula = formula;
	}

	/** The theme of the survey's further questions this metric is the share agreeing of, or null. */
	public SurveyTheme surveyTheme() {
		return theme;
	}

	private static double mean(Measures m, Measure points) {
		double respondents = m.get(Measure.RESPONDENTS);
		return respondents == 0 ? Double.NaN : m.get(points) / respondents;
	}

	@Override
	public String id() {
		return id;
	}

	@Override
	public String label() {
		return label;
	}

	@Override
	public String unit() {
		return unit;
	}

	@Override
	public Set<Measure> measures() {
		return measures;
	}

	@Override
	public double valueOf(Measures measures) {
		return formula.applyAsDouble(measures);
	}

	/** The name user-defined metrics use for its value: its id in camel case (turnover-fte is turnoverFte). */
	public String variable() {
		int dash = id.indexOf('-');
		return dash < 0 ? id : id.substring(0, dash) + Character.toUpperCase(id.charAt(dash + 1)) + id.substring(dash + 2);
	}

	/** The metric with this id (e.g. "turnover"), or an error listing them. */
	public static Metric parse(String text) {
		for (Metric metric : values()) {
			if (metric.id.equalsIgnoreCase(text.trim())) {
				return metric;
			}
		}
		StringBuilder ids = new StringBuilder();
		for (Metric metric : values()) {
			ids.append(ids.isEmpty() ? "" : ", ").append(metric.id);
		}
		throw new IllegalArgumentException("Unknown metric '" + text + "': use one of " + ids + ".");
	}
}
