package org.intdesigner.workforce.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every metric there is: the built-ins ({@link Metric}), then those plug-ins contribute
 * ({@link ContributedMetrics}). The metrics command, the dashboard and the report find metrics and
 * their targets here, so a contributed metric appears wherever a built-in does.
 */
public final class MetricCatalogue {

	private MetricCatalogue() {
	}

	/** The built-in metrics, then the contributed ones. */
	public static List<MetricFormula> all() {
		List<MetricFormula> all = new ArrayList<>(List.of(Metric.values()));
		all.addAll(ContributedMetrics.installed());
		return all;
	}

	/** The dashboard's tiles: the built-in ones ({@link DashboardFigures#TILES}), then a tile per contributed metric. */
	public static List<MetricFormula> tiles() {
		List<MetricFormula> tiles = new ArrayList<>(DashboardFigures.TILES);
		tiles.addAll(ContributedMetrics.installed());
		return tiles;
	}

	/** The metric with this id (case does not matter), or an IllegalArgumentException listing them. */
	public static MetricFormula find(String id) {
		String wanted = id.trim().toLowerCase(Locale.ROOT);
		for (MetricFormula metric : all()) {
			if (metric.id().toLowerCase(Locale.ROOT).equals(wanted)) {
				return metric;
			}
		}
		List<String> ids = all().stream().map(MetricFormula::id).toList();
		throw new IllegalArgumentException("Unknown metric '" + id + "': use one of " + String.join(", ", ids) + ".");
	}

	/**
	 * The target a metric's figures are rated against: a built-in's starting target
	 * ({@link Target#DEFAULTS}), a contributed metric's own; null for none (no RAG).
	 */
	public static Target targetOf(MetricFormula metric) {
		if (metric instanceof Metric builtIn) {
			return Target.DEFAULTS.get(builtIn);
		}
		return metric instanceof ContributedMetric contributed ? contributed.target() : null;
	}
}
