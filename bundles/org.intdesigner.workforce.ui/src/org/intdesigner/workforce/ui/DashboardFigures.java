package org.intdesigner.workforce.ui;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.intdesigner.model.IntdModel;
import org.intdesigner.workforce.imports.ImportHistory;
import org.intdesigner.workforce.metrics.Cut;
import org.intdesigner.workforce.metrics.Metric;
import org.intdesigner.workforce.metrics.MetricQuery;
import org.intdesigner.workforce.metrics.MetricRow;
import org.intdesigner.workforce.metrics.MetricTable;
import org.intdesigner.workforce.metrics.Period;
import org.intdesigner.workforce.metrics.Suppression;
import org.intdesigner.workforce.metrics.Target;
import org.intdesigner.workforce.metrics.TeamNeighbourhoods;
import org.intdesigner.workforce.metrics.WorkforceMetrics;
import org.intdesigner.workforce.store.WorkforceStore;

/**
 * Everything the dashboard shows, computed away from the UI thread: one overall figure per tile
 * metric, the chosen metric by organisation and month for the trend, the chosen metric by the
 * chosen cut for the breakdown, and each partner's latest data. For one team (the drill-down) the
 * figures count that team's people only, the trend is the team's own line and the breakdown is by
 * role; what is not recorded by team (the establishment) has no figure. A tile without a figure
 * has a note saying briefly why ({@link TileNotes}).
 */
public record DashboardFigures(Period period, String team, Map<Metric, MetricRow> tiles, Map<Metric, String> tileNotes,
		Metric trendMetric, List<String> months, Map<String, Map<String, Double>> trend, MetricTable breakdown,
		List<ImportHistory.Freshness> freshness) {

	/** Metrics whose monthly trend shows the twelve months up to each month. */
	static final java.util.Set<Metric> ANNUAL = java.util.EnumSet.of(Metric.TURNOVER, Metric.TURNOVER_FTE);

	/** The trend's line of the whole place. */
	static final String ALL_PARTNERS = "All partners";

	/** The tiles, in two rows: the store's own figures, then skill sufficiency and the survey's further questions. */
	static final List<Metric> TILES = List.of(Metric.TURNOVER, Metric.VACANCY_RATE, Metric.SICKNESS_ABSENCE, Metric.STABILITY,
			Metric.ENGAGEMENT, Metric.HEADCOUNT, Metric.FTE, Metric.SKILL_SUFFICIENCY, Metric.SATISFACTION, Metric.IMPROVEMENT,
			Metric.PRODUCTIVITY, Metric.ALIGNMENT);

	/**
	 * @param team  the team's code for its own figures, or null for the whole place
	 * @param model the INT model open (skill sufficiency reads its teams' requirements), or null
	 */
	static DashboardFigures compute(WorkforceStore store, Period period, Metric chosen, Cut cut, TeamNeighbourhoods places,
			String team, IntdModel model) throws SQLException {
		Map<Metric, MetricRow> tiles = new EnumMap<>(Metric.class);
		Map<Metric, String> notes = new EnumMap<>(Metric.class);
		for (Metric metric : TILES) {
			try {
				MetricTable overall = store.read(c -> WorkforceMetrics.compute(c, query(metric, period, List.of(), places, team,
						model)));
				MetricRow row = overall.rows().isEmpty() ? null : overall.rows().get(0);
				tiles.put(metric, row);
				String missing = TileNotes.whenEmpty(metric, row);
				if (missing != null) {
					notes.put(metric, missing);
				}
			} catch (IllegalArgumentException cannot) {
				tiles.put(metric, null);
				notes.put(metric, TileNotes.whyNot(metric, model, team, cannot));
			}
		}
		List<String> months = new ArrayList<>();
		period.months().forEach(month -> months.add(month.label()));
		Map<String, Map<String, Double>> trend = new LinkedHashMap<>();
		// (the survey has no months: no trend, as monthly() finds)
		List<MetricRow> rows = new ArrayList<>(monthly(store, chosen, period, List.of(Cut.MONTH), places, team, model));
		if (team == null) {
			rows.addAll(monthly(store, chosen, period, List.of(Cut.ORGANISATION, Cut.MONTH), places, null, model));
		}
		for (MetricRow row : rows) {
			String line = team != null ? team : row.key().getOrDefault(Cut.ORGANISATION, ALL_PARTNERS);
			trend.computeIfAbsent(line, k -> new LinkedHashMap<>()).put(row.key().get(Cut.MONTH),
					row.suppressed() ? Double.NaN : row.value());
		}
		hideZerosBesideSuppressedWholes(trend, store, chosen, period, places, team, model);
		// an organisation too small for any month's figure to be shown has no line to draw
		trend.values().removeIf(values -> values.values().stream().allMatch(v -> Double.isNaN(v)));
		MetricTable breakdown = table(store, query(chosen, period, List.of(team == null ? cut : Cut.ROLE), places, team, model));
		if (breakdown == null && team != null) {
			breakdown = table(store, query(chosen, period, List.of(), places, team, model));
		}
		if (breakdown == null) {
			breakdown = new MetricTable(chosen, query(chosen, period, List.of(), places, team, model), List.of());
		}
		return new DashboardFigures(period, team, tiles, notes, chosen, months, trend, breakdown, ImportHistory.freshness(store));
	}

	/**
	 * A line whose figure over the whole period is suppressed (its tile or breakdown row shows
	 * {@code *}) plots nothing in its zero months either: a suppressed whole came from a few
	 * people, and its other months would show which months they were in. Those months are left
	 * out of the line as a missing month is.
	 */
	private static void hideZerosBesideSuppressedWholes(Map<String, Map<String, Double>> trend, WorkforceStore store,
			Metric metric, Period period, TeamNeighbourhoods places, String team, IntdModel model) throws SQLException {
		Map<String, Boolean> suppressedWhole = new LinkedHashMap<>();
		MetricTable overall = table(store, query(metric, period, List.of(), places, team, model));
		boolean overallSuppressed = overall != null && overall.rows().stream().anyMatch(MetricRow::suppressed);
		suppressedWhole.put(team != null ? team : ALL_PARTNERS, overallSuppressed);
		if (team == null) {
			MetricTable byOrganisation = table(store, query(metric, period, List.of(Cut.ORGANISATION), places, null, model));
			if (byOrganisation != null) {
				byOrganisation.rows().forEach(row -> suppressedWhole.put(row.key().get(Cut.ORGANISATION), row.suppressed()));
			}
		}
		trend.forEach((line, byMonth) -> {
			if (suppressedWhole.getOrDefault(line, false)) {
				byMonth.replaceAll((month, value) -> value == 0 ? Double.NaN : value);
			}
		});
	}

	/** The chosen metric month by month (turnover, an annual rate: the twelve months up to each month, as NHS reports do). */
	private static List<MetricRow> monthly(WorkforceStore store, Metric metric, Period period, List<Cut> cuts,
			TeamNeighbourhoods places, String team, IntdModel model) throws SQLException {
		MetricQuery query = query(metric, period, cuts, places, team, model);
		MetricTable table = table(store, ANNUAL.contains(metric) ? query.rollingTwelveMonths() : query);
		return table == null ? List.of() : table.rows();
	}

	/** The metric's table, or null when the data cannot be cut that way (the survey by role, the establishment by team). */
	private static MetricTable table(WorkforceStore store, MetricQuery query) throws SQLException {
		try {
			return store.read(c -> WorkforceMetrics.compute(c, query));
		} catch (IllegalArgumentException notRecorded) {
			return null;
		}
	}

	private static MetricQuery query(Metric metric, Period period, List<Cut> cuts, TeamNeighbourhoods places, String team,
			IntdModel model) {
		MetricQuery query = new MetricQuery(metric, period, cuts, places, Suppression.standard(), Target.DEFAULTS.get(metric))
				.withModel(model);
		return team == null ? query : query.onlyTeam(team);
	}
}
