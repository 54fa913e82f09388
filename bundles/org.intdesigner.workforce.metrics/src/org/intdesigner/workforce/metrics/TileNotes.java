package org.intdesigner.workforce.metrics;

import org.intdesigner.model.IntdModel;

/**
 * What a dashboard tile (or a report's row of tiles) says in place of a figure it cannot show,
 * briefly: a tile is a few words wide, and the data missing is the user's to load, not an error.
 */
public final class TileNotes {

	private TileNotes() {
	}

	/** Why a metric has no figure at all (its computation refused), in a few words. */
	public static String whyNot(MetricFormula metric, IntdModel model, StaffScope scope, IllegalArgumentException refusal) {
		if (metric == Metric.VACANCY_RATE && scope.byTeam()) {
			return "not planned by team";
		}
		if (metric == Metric.SKILL_SUFFICIENCY) {
			if (!MeasureSources.canMeasure(metric)) {
				return "needs the workforce development plug-in";
			}
			if (model == null) {
				return "open an INT model to see it";
			}
		}
		return firstSentence(refusal.getMessage());
	}

	/**
	 * Why a figure computed has no value, when the data behind it is missing rather than zero: no
	 * answers to the survey questions of a theme, no skill requirements in the model; null otherwise.
	 */
	public static String whenEmpty(MetricFormula metric, MetricRow row) {
		if (row == null || row.suppressed() || !Double.isNaN(row.value())) {
			return null;
		}
		SurveyTheme theme = metric instanceof Metric builtIn ? builtIn.surveyTheme() : null;
		if (theme != null && row.measures().get(theme.answers()) == 0) {
			return "no survey questions on this loaded";
		}
		if (metric == Metric.SKILL_SUFFICIENCY && row.measures().get(Measure.SKILL_REQUIREMENTS) == 0) {
			return "no skill requirements in the model";
		}
		return null;
	}

	private static String firstSentence(String message) {
		if (message == null) {
			return "no figure";
		}
		int end = message.indexOf(". ");
		return end < 0 ? message : message.substring(0, end + 1);
	}
}
