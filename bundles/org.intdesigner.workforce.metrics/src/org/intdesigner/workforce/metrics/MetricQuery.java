package org.intdesigner.workforce.metrics;

import java.util.List;

/**
 * What to compute: a metric over a period, broken down by some cuts (none: one figure for
 * everyone), the neighbourhood of each team (from the INT model, for the neighbourhood cut), the
 * suppression threshold, the target its figures are rated against (may be null), the one team
 * the figures are about (null: everyone; the drill-down from a team), and whether each month of a
 * cut by month stands for the twelve months up to its end (NHS "12-month rolling turnover") rather
 * than for itself.
 */
public record MetricQuery(MetricFormula metric, Period period, List<Cut> cuts, TeamNeighbourhoods neighbourhoods,
		Suppression suppression, Target target, String team, boolean rollingMonths) {

	public MetricQuery(MetricFormula metric, Period period, List<Cut> cuts, TeamNeighbourhoods neighbourhoods,
			Suppression suppression, Target target) {
		this(metric, period, cuts, neighbourhoods, suppression, target, null, false);
	}

	public MetricQuery {
		cuts = List.copyOf(cuts);
		if (cuts.contains(Cut.NEIGHBOURHOOD) && cuts.contains(Cut.TEAM)) {
			throw new IllegalArgumentException("Cut by team or by neighbourhood, not both: a team lies in one neighbourhood.");
		}
	}

	/** The same query about the people of one team only (by its code in the INT model). */
	public MetricQuery onlyTeam(String teamId) {
		return new MetricQuery(metric, period, cuts, neighbourhoods, suppression, target, teamId, rollingMonths);
	}

	/** The same query with each month of a cut by month standing for the twelve months up to its end. */
	public MetricQuery rollingTwelveMonths() {
		return new MetricQuery(metric, period, cuts, neighbourhoods, suppression, target, team, true);
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
		return new MetricQuery(metric, period, List.of(cuts), TeamNeighbourhoods.NONE, Suppression.standard(),
				Target.DEFAULTS.get(metric));
	}
}
