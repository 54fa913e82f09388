package org.intdesigner.workforce.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.intdesigner.workforce.imports.ImportHistory;
import org.intdesigner.workforce.metrics.CodeNames;
import org.intdesigner.workforce.metrics.Cut;
import org.intdesigner.workforce.metrics.DashboardFigures;
import org.intdesigner.workforce.metrics.MetricRow;

/** The dashboard's two tables: the chosen metric's breakdown (names, not codes) and each partner's latest data. */
final class DashboardTables {

	private DashboardTables() {
	}

	/** A table whose columns are made when its figures come (see {@link #column}). */
	static TableViewer table(Composite parent) {
		TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		return viewer;
	}

	static void fillBreakdown(TableViewer breakdown, DashboardFigures figures, CodeNames names) {
		var table = breakdown.getTable();
		for (var column : table.getColumns()) {
			column.dispose();
		}
		Cut cut = figures.breakdown().query().cuts().isEmpty() ? null : figures.breakdown().query().cuts().get(0);
		column(breakdown, cut == null ? "" : cut.label(), 220,
				row -> cut == null ? "all" : names.of(cut, ((MetricRow) row).key().get(cut)));
		String unit = figures.trendMetric().unit();
		column(breakdown, unit, 60, row -> ((MetricRow) row).shownValue(unit));
		column(breakdown, "RAG", 64, row -> ((MetricRow) row).rag() == org.intdesigner.workforce.metrics.Rag.NONE ? ""
				: ((MetricRow) row).rag().name());
		breakdown.setInput(figures.breakdown().rows());
		fitNames(breakdown);
	}

	/** The names take what width the figure and RAG columns leave: they are long ("Riverside Community Health NHS Trust"). */
	static void fitNames(TableViewer breakdown) {
		var table = breakdown.getTable();
		if (table.getColumnCount() < 3) {
			return;
		}
		int rest = table.getClientArea().width - table.getColumn(1).getWidth() - table.getColumn(2).getWidth();
		table.getColumn(0).setWidth(Math.max(120, rest));
	}

	static void fillFreshness(TableViewer freshness, List<ImportHistory.Freshness> rows) {
		if (freshness.getTable().getColumnCount() == 0) {
			DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK).withZone(java.time.ZoneId.systemDefault());
			column(freshness, "Partner", 220, row -> ((ImportHistory.Freshness) row).name());
			column(freshness, "Data", 120, row -> ((ImportHistory.Freshness) row).kind());
			column(freshness, "Last imported", 160, row -> when.format(((ImportHistory.Freshness) row).lastImported()));
			column(freshness, "Rows", 90, row -> String.valueOf(((ImportHistory.Freshness) row).rows()));
		}
		freshness.setInput(rows);
	}

	private static void column(TableViewer viewer, String header, int width, java.util.function.Function<Object, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(header);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}
		});
	}
}
