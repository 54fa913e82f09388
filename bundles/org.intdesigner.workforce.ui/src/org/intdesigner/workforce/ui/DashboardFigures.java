package org.intdesigner.workforce.ui;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * chosen cut for the breakdown, and each partner's latest data.
 */
public record DashboardFigures(Period period, Map<Metric, MetricRow> tiles, Metric trendMetric, List<String> months,
		Map<String, Map<String, Double>> trend, MetricTable breakdown, List<ImportHistory.Freshness> freshness) {

	static final List<Metric> TILES = List.of(Metric.TURNOVER, Metric.VACANCY_RATE, Metric.SICKNESS_ABSENCE, Metric.STABILITY,
			Metric.ENGAGEMENT, Metric.HEADCOUNT, Metric.FTE);

	static DashboardFigures compute(WorkforceStore store, Period period, Metric chosen, Cut cut, TeamNeighbourhoods places)
			throws SQLException {
		Map<Metric, MetricRow> tiles = new EnumMap<>(Metric.class);
		for (Metric metric : TILES) {
			MetricTable overall = store.read(c -> WorkforceMetrics.compute(c, query(metric, period, List.of(), places)));
			tiles.put(metric, overall.rows().isEmpty() ? null : overall.rows().get(0));
		}
		List<String> months = new ArrayList<>();
		period.months().forEach(month -> months.add(month.label()));
		Map<String, Map<String, Double>> trend = new LinkedHashMap<>();
		if (chosen != Metric.ENGAGEMENT) {
			MetricTable byMonth = store.read(c -> WorkforceMetrics.compute(c, query(chosen, period, List.of(Cut.ORGANISATION, Cut.MONTH), places)));
			for (MetricRow row : byMonth.rows()) {
				trend.computeIfAbsent(row.key().get(Cut.ORGANISATION), k -> new LinkedHashMap<>()).put(row.key().get(Cut.MONTH),
						row.suppressed() ? Double.NaN : row.value());
			}
		}
		MetricTable breakdown = store.read(c -> WorkforceMetrics.compute(c, query(chosen, period, List.of(cut), places)));
		return new DashboardFigures(period, tiles, chosen, months, trend, breakdown, ImportHistory.freshness(store));
	}

	private static MetricQuery query(Metric metric, Period period, List<Cut> cuts, TeamNeighbourhoods places) {
		return new MetricQuery(metric, period, cuts, places, Suppression.standard(), Target.DEFAULTS.get(metric));
	}
}
