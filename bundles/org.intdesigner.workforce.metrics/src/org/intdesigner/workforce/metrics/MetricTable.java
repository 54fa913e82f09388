package org.intdesigner.workforce.metrics;

import java.util.List;

/** A metric's breakdown: its rows (cut values, period, value), ready to show, with what made them. */
public record MetricTable(MetricFormula metric, MetricQuery query, List<MetricRow> rows) {
}
