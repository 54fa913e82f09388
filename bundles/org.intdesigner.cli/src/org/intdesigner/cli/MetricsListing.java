package org.intdesigner.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.intdesigner.workforce.metrics.ContributedMetric;
import org.intdesigner.workforce.metrics.MetricCatalogue;
import org.intdesigner.workforce.metrics.MetricDefinitions;
import org.intdesigner.workforce.metrics.MetricFormula;
import org.intdesigner.workforce.metrics.Target;

/**
 * What {@code metrics --list} prints: a line per metric there is (the built-ins, those plug-ins
 * contribute, a definitions file's), its id first so it can be typed back, then its label, unit,
 * target and where it comes from.
 */
final class MetricsListing {

	private MetricsListing() {
	}

	static String of(List<MetricDefinitions.Entry> own) {
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { "ID", "METRIC", "UNIT", "TARGET", "FROM" });
		for (MetricFormula metric : MetricCatalogue.all()) {
			String from = metric instanceof ContributedMetric contributed ? "plug-in " + contributed.contributor() : "built-in";
			rows.add(row(metric, MetricCatalogue.targetOf(metric), from));
		}
		for (MetricDefinitions.Entry entry : own) {
			rows.add(row(entry.definition(), entry.target(), "--definitions"));
		}
		int[] widths = new int[5];
		rows.forEach(row -> {
			for (int i = 0; i < row.length; i++) {
				widths[i] = Math.max(widths[i], row[i].length());
			}
		});
		StringBuilder text = new StringBuilder();
		for (String[] row : rows) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < row.length; i++) {
				line.append(i == row.length - 1 ? row[i] : String.format(Locale.ROOT, "%-" + (widths[i] + 2) + "s", row[i]));
			}
			text.append(line.toString().stripTrailing()).append(System.lineSeparator());
		}
		return text.toString();
	}

	private static String[] row(MetricFormula metric, Target target, String from) {
		return new String[] { metric.id(), metric.label(), metric.unit(), target(target), from };
	}

	/** "<= 10 (amber to 12)", as the dashboard's tiles say it; "-" without a target. */
	private static String target(Target target) {
		if (target == null) {
			return "-";
		}
		double amberEdge = target.higherIsBetter() ? target.value() - target.amberBand() : target.value() + target.amberBand();
		return (target.higherIsBetter() ? ">= " : "<= ") + number(target.value())
				+ (target.amberBand() == 0 ? "" : " (amber to " + number(amberEdge) + ")");
	}

	private static String number(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}
}
