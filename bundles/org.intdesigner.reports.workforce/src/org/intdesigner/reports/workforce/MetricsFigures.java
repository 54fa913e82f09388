package org.intdesigner.reports.workforce;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.intdesigner.reports.ReportContext;
import org.intdesigner.workforce.metrics.Cut;
import org.intdesigner.workforce.metrics.DashboardFigures;
import org.intdesigner.workforce.metrics.Metric;
import org.intdesigner.workforce.metrics.MetricTable;
import org.intdesigner.workforce.metrics.Period;
import org.intdesigner.workforce.metrics.StaffScope;
import org.intdesigner.workforce.metrics.TeamNeighbourhoods;

/**
 * The workforce metrics section's figures, each worked out by {@link DashboardFigures} as the
 * dashboard works out its own: the tiles, a twelve-month trend per metric that has months, and
 * every tile metric broken down by organisation (a partner's: by team).
 */
record MetricsFigures(Period period, StaffScope scope, DashboardFigures.Tiles tiles, List<String> months,
		Map<Metric, Map<String, Map<String, Double>>> trends, Cut cut, Map<Metric, MetricTable> breakdowns,
		int threshold) {

	/** The metrics with a trend: the staff records' (the survey is not dated; skills are checked as they are now). */
	static final List<Metric> TRENDS = List.of(Metric.TURNOVER, Metric.VACANCY_RATE, Metric.SICKNESS_ABSENCE,
			Metric.STABILITY, Metric.HEADCOUNT, Metric.FTE);

	/** Reads one connection to the store: call it inside the store's read. */
	static MetricsFigures compute(Connection store, ReportContext context, StaffScope whose) throws SQLException {
		// every tile, trend and breakdown (of every place of the run) starts from the same groups' measures: read each once
		return StoreScope.measured(context, () -> computeInBatch(store, context, whose));
	}

	private static MetricsFigures computeInBatch(Connection store, ReportContext context, StaffScope whose)
			throws SQLException {
		Period period = StoreScope.period(context, store);
		TeamNeighbourhoods places = TeamNeighbourhoods.NONE;
		var suppression = context.suppression();
		// the breakdowns first: the tiles are then added up from the groups they read (MeasureBatch)
		Cut cut = whose.kind() == StaffScope.Kind.ORGANISATION ? Cut.TEAM : Cut.ORGANISATION;
		Map<Metric, MetricTable> breakdowns = new LinkedHashMap<>();
		for (Metric metric : DashboardFigures.TILES) {
			breakdowns.put(metric, DashboardFigures.breakdown(store, metric, period, cut, places, suppression, whose,
					context.model()));
		}
		DashboardFigures.Tiles tiles = DashboardFigures.tiles(store, period, places, suppression, whose, context.model());
		Map<Metric, Map<String, Map<String, Double>>> trends = new EnumMap<>(Metric.class);
		for (Metric metric : TRENDS) {
			if (tiles.notes().containsKey(metric)) {
				continue; // no figure for the scope at all (the establishment by team): no trend either
			}
			trends.put(metric, DashboardFigures.trend(store, metric, period, places, suppression, whose, context.model()));
		}
		List<String> months = period.months().stream().map(Period::label).toList();
		return new MetricsFigures(period, whose, tiles, months, trends, cut, breakdowns, suppression.threshold());
	}
}
