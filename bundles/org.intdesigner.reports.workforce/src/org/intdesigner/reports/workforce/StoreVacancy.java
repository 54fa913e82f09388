package org.intdesigner.reports.workforce;

import org.intdesigner.reports.Cell;
import org.intdesigner.reports.Figures;
import org.intdesigner.reports.ReportContext;
import org.intdesigner.reports.ReportTable;
import org.intdesigner.reports.workforce.Establishment.Totals;
import org.intdesigner.workforce.metrics.DashboardFigures;
import org.intdesigner.workforce.metrics.Metric;
import org.intdesigner.workforce.metrics.MetricRow;
import org.intdesigner.workforce.metrics.Period;
import org.intdesigner.workforce.metrics.StaffScope;
import org.intdesigner.workforce.metrics.TeamNeighbourhoods;
import org.intdesigner.workforce.metrics.TileNotes;
import org.intdesigner.workforce.store.WorkforceStore;

/**
 * The glance's vacancies: the model's vacant posts and FTE (the establishment, not suppressed)
 * and, when there is a workforce store, its vacancy rate for the scope (planned FTE against FTE in
 * post, suppressed as on the dashboard), or why it has none.
 */
final class StoreVacancy {

	/** The store's vacancy rate for the period, or null with a few words on why there is none. */
	private record Rate(Period period, MetricRow row, String note) {
	}

	private StoreVacancy() {
	}

	static ReportTable table(ReportContext context, Totals all) throws Exception {
		ReportTable table = new ReportTable("Vacancies", "Figure", "Value", "From");
		table.row("Vacant posts", all.vacantPosts(), "INT model");
		table.row("Vacant FTE", all.vacantFte(), "INT model");
		if (all.fte() > 0) {
			double share = all.vacantFte() / all.fte() * 100;
			table.row("Vacant FTE as a share of the posts' FTE", Cell.number(share, Figures.percent(share)), "INT model");
		}
		if (!context.hasStore()) {
			return table.row("Vacancy rate", "", "no workforce store: import the partners' files to see it");
		}
		WorkforceStore store = context.store();
		StaffScope whose = StoreScope.of(context.scope());
		Rate rate = store.read(c -> StoreScope.measured(context, () -> {
			Period period = StoreScope.period(context, c);
			try {
				MetricRow row = DashboardFigures.tile(c, Metric.VACANCY_RATE, period, TeamNeighbourhoods.NONE,
						context.suppression(), whose, context.model());
				String note = TileNotes.whenEmpty(Metric.VACANCY_RATE, row);
				return new Rate(period, row, note);
			} catch (IllegalArgumentException notRecorded) {
				return new Rate(period, null, TileNotes.whyNot(Metric.VACANCY_RATE, context.model(), whose, notRecorded));
			}
		}));
		Period period = rate.period();
		String from = "workforce store, month of " + period.last().toString().substring(0, 7) + " (planned FTE - FTE in post)"
				+ " / planned FTE";
		if (rate.row() == null || rate.note() != null) {
			return table.row("Vacancy rate %", "", from + ": " + (rate.note() == null ? "no figure" : rate.note()));
		}
		return table.row("Vacancy rate %", TileCells.value(rate.row(), Metric.VACANCY_RATE), from)
				.note("* a figure of fewer than " + context.suppression().threshold() + " people, hidden as on the dashboard.");
	}
}
