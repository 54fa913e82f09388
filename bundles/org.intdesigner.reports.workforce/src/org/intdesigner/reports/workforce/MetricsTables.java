package org.intdesigner.reports.workforce;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.intdesigner.reports.Cell;
import org.intdesigner.reports.ReportTable;
import org.intdesigner.workforce.metrics.CodeNames;
import org.intdesigner.workforce.metrics.Cut;
import org.intdesigner.workforce.metrics.MetricFormula;
import org.intdesigner.workforce.metrics.Metric;
import org.intdesigner.workforce.metrics.MetricRow;

/** The workforce metrics section's tables: the dashboard's tiles, and the metrics by organisation (or team). */
final class MetricsTables {

	/** The breakdown's tables, four metrics each so that a table fits a page's width: rates, people, the survey's questions. */
	static final List<Metric> RATES = List.of(Metric.TURNOVER, Metric.VACANCY_RATE, Metric.SICKNESS_ABSENCE, Metric.STABILITY);
	static final List<Metric> PEOPLE = List.of(Metric.HEADCOUNT, Metric.FTE, Metric.ENGAGEMENT, Metric.SKILL_SUFFICIENCY);
	static final List<Metric> SURVEY = List.of(Metric.SATISFACTION, Metric.IMPROVEMENT, Metric.PRODUCTIVITY, Metric.ALIGNMENT);

	private MetricsTables() {
	}

	/**
	 * A row per dashboard tile (those of metrics plug-ins contribute too, after the built-ins): the
	 * figure, its unit, target, RAG, and the tile's note when it has no figure.
	 */
	static ReportTable tiles(MetricsFigures figures) {
		ReportTable table = new ReportTable("Workforce metrics", "Metric", "Value", "Unit", "Target", "RAG", "Note");
		for (MetricFormula metric : figures.tiles().rows().keySet()) {
			MetricRow row = figures.tiles().rows().get(metric);
			String note = figures.tiles().notes().get(metric);
			if (note != null) {
				table.row(metric.label(), "", metric.unit(), TileCells.target(metric), "", note);
			} else {
				table.row(metric.label(), TileCells.value(row, metric), metric.unit(), TileCells.target(metric),
						TileCells.rag(row), row != null && row.suppressed() ? "fewer than " + figures.threshold() + " people" : "");
			}
		}
		return table.note("Turnover, sickness absence and stability are for the twelve months; headcount, FTE and the vacancy"
				+ " rate are on the last day; engagement and the further questions are the latest staff survey's.");
	}

	static List<ReportTable> breakdowns(MetricsFigures figures, CodeNames names) {
		String by = " by " + figures.cut().label();
		return List.of(breakdown("Rates" + by, RATES, figures, names), breakdown("People and skills" + by, PEOPLE, figures, names),
				breakdown("Survey questions" + by, SURVEY, figures, names));
	}

	/** The metrics as columns, those not recorded that way left out and named in the note. */
	private static ReportTable breakdown(String title, List<Metric> asked, MetricsFigures figures, CodeNames names) {
		Cut cut = figures.cut();
		List<Metric> metrics = asked.stream().filter(metric -> figures.breakdowns().get(metric) != null).toList();
		List<String> notShown = asked.stream().filter(metric -> figures.breakdowns().get(metric) == null)
				.map(metric -> metric.label() + " (" + whyNot(metric, figures) + ")").toList();
		List<String> columns = new ArrayList<>(List.of(capitalised(cut.label())));
		metrics.forEach(metric -> columns.add(metric.label() + " (" + metric.unit() + ")"));
		ReportTable table = new ReportTable(title, columns);
		// each code's row of every metric, the rows in the order of their names
		Map<String, Map<Metric, MetricRow>> byCode = new TreeMap<>(Comparator.comparing((String code) -> names.of(cut, code))
				.thenComparing(Comparator.naturalOrder()));
		for (Metric metric : metrics) {
			for (MetricRow row : figures.breakdowns().get(metric).rows()) {
				byCode.computeIfAbsent(row.key().get(cut), k -> new LinkedHashMap<>()).put(metric, row);
			}
		}
		byCode.forEach((code, rows) -> {
			List<Object> cells = new ArrayList<>(List.of(names.of(cut, code)));
			for (Metric metric : metrics) {
				cells.add(rows.containsKey(metric) ? TileCells.value(rows.get(metric), metric) : Cell.text(""));
			}
			table.row(cells.toArray());
		});
		String note = "* fewer than " + figures.threshold() + " people; n/a no figure (no denominator, such as no survey"
				+ " answers).";
		if (!notShown.isEmpty()) {
			note += " Not shown: " + String.join("; ", notShown) + ".";
		}
		return table.note(note);
	}

	/** The tile's note when the metric has no figure at all, else: not recorded by this cut. */
	private static String whyNot(Metric metric, MetricsFigures figures) {
		String note = figures.tiles().notes().get(metric);
		return note != null ? note : "not recorded by " + figures.cut().label();
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
