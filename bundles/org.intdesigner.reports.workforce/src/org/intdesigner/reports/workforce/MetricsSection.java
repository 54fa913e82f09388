package org.intdesigner.reports.workforce;

import java.util.LinkedHashMap;
import java.util.Map;

import org.intdesigner.reports.ReportContext;
import org.intdesigner.reports.ReportSection;
import org.intdesigner.reports.ReportTable;
import org.intdesigner.reports.SectionWriter;
import org.intdesigner.reports.charts.Charts;
import org.intdesigner.workforce.metrics.CodeNames;
import org.intdesigner.workforce.metrics.Cut;
import org.intdesigner.workforce.metrics.DashboardFigures;
import org.intdesigner.workforce.metrics.Metric;
import org.intdesigner.workforce.metrics.StaffScope;
import org.intdesigner.workforce.store.WorkforceStore;

/**
 * "Workforce metrics": the figures of the workforce dashboard for the report's scope, worked out
 * by the dashboard's own {@link DashboardFigures}: each metric with its target and RAG (or why it
 * has none), twelve-month trends as charts (suppressed months are gaps) and the metrics by
 * organisation. Without a workforce store the section says how to give one.
 */
public final class MetricsSection implements ReportSection {

	@Override
	public void write(ReportContext context, SectionWriter out) throws Exception {
		WorkforceStore store = context.store();
		StaffScope whose = StoreScope.of(context.scope());
		CodeNames names = StoreScope.names(context, store);
		MetricsFigures figures = store.read(c -> MetricsFigures.compute(c, context, whose));
		out.paragraph("The workforce dashboard's figures for " + context.scope().label() + ", for the twelve months "
				+ figures.period().first() + " to " + figures.period().last() + ". " + StoreScope.counts(context.scope())
				+ " Figures made from fewer than " + context.suppression().threshold() + " people are shown as * and left out"
				+ " of the charts.");
		out.table(MetricsTables.tiles(figures));
		out.heading("Twelve-month trends");
		for (Metric metric : MetricsFigures.TRENDS) {
			Map<String, Map<String, Double>> trend = figures.trends().get(metric);
			if (trend == null || trend.isEmpty()) {
				String why = figures.tiles().notes().get(metric);
				out.missing(metric.label() + ": no trend, " + (why != null ? why : "no month has a figure that can be shown") + ".");
				continue;
			}
			String axis = metric.unit() + (DashboardFigures.ANNUAL.contains(metric) ? ", 12 months to each month" : "");
			out.figure(Charts.lines(metric.label() + ", month by month", axis, figures.months(),
					named(trend, whose, names), TileCells.targetValue(metric)));
		}
		out.heading("By " + figures.cut().label());
		for (ReportTable table : MetricsTables.breakdowns(figures, names)) {
			out.table(table);
		}
	}

	/** The trend's lines under the names people know: the scope's own line, then each organisation's. */
	private static Map<String, Map<String, Double>> named(Map<String, Map<String, Double>> lines, StaffScope whose,
			CodeNames names) {
		Map<String, Map<String, Double>> named = new LinkedHashMap<>();
		lines.forEach((code, values) -> {
			String name = code.equals(whose.label()) ? ownLine(whose, names) : names.of(Cut.ORGANISATION, code);
			named.put(named.containsKey(name) ? name + " (" + code + ")" : name, values);
		});
		return named;
	}

	private static String ownLine(StaffScope whose, CodeNames names) {
		return switch (whose.kind()) {
		case EVERYONE, TEAMS -> whose.label().equals(StaffScope.ALL_PARTNERS) ? whose.label() : whose.label() + ", all partners";
		case TEAM -> names.of(Cut.TEAM, whose.code());
		case ORGANISATION -> names.of(Cut.ORGANISATION, whose.code());
		};
	}
}
