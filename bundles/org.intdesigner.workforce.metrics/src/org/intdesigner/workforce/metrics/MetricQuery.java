package org.intdesigner.workforce.metrics;

import java.util.List;

import org.intdesigner.model.IntdModel;

/**
 * What to compute: a metric over a period, broken down by some cuts (none: one figure for
 * everyone), the neighbourhood of each team (from the INT model, for the neighbourhood cut), the
 * suppression threshold, the target its figures are rated against (may be null), the one team
 * the figures are about (null: everyone; the drill-down from a team), whether each month of a
 * cut by month stands for the twelve months up to its end (NHS "12-month rolling turnover") rather
 * than for itself, and the INT model (may be null) for the measures worked out from it as well as
 * from the store (skill sufficiency: {@link MeasureSource}).
 */
public record MetricQuery(MetricFormula metric, Period period, List<Cut> cuts, TeamNeighbourhoods neighbourhoods,
		SmallNumberSuppression suppression, Target target, String team, boolean rollingMonths, IntdModel model) {

	public MetricQuery(MetricFormula metric, Period period, List<Cut> cuts, TeamNeighbourhoods neighbourhoods,
			SmallNumberSuppression suppression, Target target) {
		this(metric, period, cuts, neighbourhoods, suppression, target, null, false, null);
	}

	public MetricQuery(MetricFormula metric, Period period, List<Cut> cuts, TeamNeighbourhoods neighbourhoods,
			SmallNumberSuppression suppression, Target target, String team, boolean rollingMonths) {
		this(metric, period, cuts, neighbourhoods, suppression, target, team, rollingMonths, null);
	}

	public MetricQuery {
		cuts = List.copyOf(cuts);
		if (cuts.contains(Cut.NEIGHBOURHOOD) && cuts.contains(Cut.TEAM)) {
			throw new IllegalArgumentException("Cut by team or by neighbourhood, not both: a team lies in one neighbourhood.");
		}
	}

	/** The same query about the people of one team only (by its code in the INT model). */
	public MetricQuery onlyTeam(String teamId) {
		return new MetricQuery(metric, period, cuts, neighbourhoods, suppression, target, teamId, rollingMonths, model);
	}

	/** The same query with each month of a cut by month standing for the twelve months up to its end. */
	public MetricQuery rollingTwelveMonths() {
		return new MetricQuery(metric, period, cuts, neighbourhoods, suppression, target, team, true, model);
	}

	/** The same query with the INT model the figures are about (null: none at hand). */
	public MetricQuery withModel(IntdModel intdModel) {
		return new MetricQuery(metric, period, cuts, neighbourhoods, suppression, target, team, rollingMonths, intdModel);
	}

	/** The periods the figures are for: the period itself, or its months (each alone, or with the eleven before it). */
	List<Period> periods() {
		if (!cuts.contains(Cut.MONTH)) {
			return List.of(period);
		}
		return rollingMonths ? period.months().stream().map(month -> Period.rolling12Months(month.last())).toList()
				: period.months();
	}

	/** The metric over the period for everyone, with the standard suppression and the metric's default target. */
	public static MetricQuery of(Metric metric, Period period, Cut... cuts) {
		return new MetricQuery(metric, period, List.of(cuts), TeamNeighbourhoods.NONE, SmallNumberSuppression.standard(),
				Target.DEFAULTS.get(metric));
	}
}
