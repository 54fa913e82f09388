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
import org.intdesigner.workforce.metrics.DashboardFigures;
import org.intdesigner.workforce.metrics.Metric;
import org.intdesigner.workforce.metrics.MetricRow;
import org.intdesigner.workforce.metrics.MetricTable;

/** The workforce metrics section's tables: the dashboard's tiles, and the metrics by organisation (or team). */
final class MetricsTables {

	/** The breakdown's two tables: the staff records' metrics, then skills and the survey's further questions. */
	static final List<Metric> STAFF = List.of(Metric.TURNOVER, Metric.VACANCY_RATE, Metric.SICKNESS_ABSENCE, Metric.STABILITY,
			Metric.ENGAGEMENT, Metric.HEADCOUNT, Metric.FTE);
	static final List<Metric> SKILLS_AND_SURVEY = List.of(Metric.SKILL_SUFFICIENCY, Metric.SATISFACTION, Metric.IMPROVEMENT,
			Metric.PRODUCTIVITY, Metric.ALIGNMENT);

	private MetricsTables() {
	}

	/** A row per dashboard tile: the figure, its unit, target, RAG, and the tile's note when it has no figure. */
	static ReportTable tiles(MetricsFigures figures) {
		ReportTable table = new ReportTable("Workforce metrics", "Metric", "Value", "Unit", "Target", "RAG", "Note");
		for (Metric metric : DashboardFigures.TILES) {
			MetricRow row = figures.tiles().rows().get(metric);
			String note = figures.tiles().notes().get(metric);
			if (note != null) {
				table.row(metric.label(), "", metric.unit(), TileCells.target(metric), "", note);
			} else {
				table.row(metric.label(), TileCells.value(row, metric), metric.unit(), TileCells.target(metric),
						TileCells.rag(row), row != null && row.suppressed() ? "fewer than 5 people" : "");
			}
		}
		return table.note("Turnover, sickness absence and stability are for the twelve months; headcount, FTE and the vacancy"
				+ " rate are on the last day; engagement and the further questions are the latest staff survey's.");
	}

	static List<ReportTable> breakdowns(MetricsFigures figures, CodeNames names) {
		return List.of(breakdown("Metrics by " + figures.cut().label(), STAFF, figures, names),
				breakdown("Skills and survey by " + figures.cut().label(), SKILLS_AND_SURVEY, figures, names));
	}

	private static ReportTable breakdown(String title, List<Metric> metrics, MetricsFigures figures, CodeNames names) {
		Cut cut = figures.cut();
		List<String> columns = new ArrayList<>(List.of(capitalised(cut.label())));
		metrics.forEach(metric -> columns.add(metric.label() + " (" + metric.unit() + ")"));
		ReportTable table = new ReportTable(title, columns);
		// each code's row of every metric, the rows in the order of their names
		Map<String, Map<Metric, MetricRow>> byCode = new TreeMap<>(Comparator.comparing((String code) -> names.of(cut, code))
				.thenComparing(Comparator.naturalOrder()));
		List<String> notRecorded = new ArrayList<>();
		for (Metric metric : metrics) {
			MetricTable breakdown = figures.breakdowns().get(metric);
			if (breakdown == null) {
				notRecorded.add(metric.label());
				continue;
			}
			for (MetricRow row : breakdown.rows()) {
				byCode.computeIfAbsent(row.key().get(cut), k -> new LinkedHashMap<>()).put(metric, row);
			}
		}
		byCode.forEach((code, rows) -> {
			List<Object> cells = new ArrayList<>(List.of(names.of(cut, code)));
			for (Metric metric : metrics) {
				cells.add(figures.breakdowns().get(metric) == null ? Cell.text("-") : TileCells.value(rows.get(metric), metric));
			}
			table.row(cells.toArray());
		});
		String note = "* fewer than 5 people; n/a no figure (no denominator, such as no survey answers).";
		if (!notRecorded.isEmpty()) {
			note += " - not recorded by " + cut.label() + (figures.scope().byTeam() ? " or by team" : "") + ": "
					+ String.join(", ", notRecorded) + ".";
		}
		return table.note(note);
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
