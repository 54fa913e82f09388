package org.intdesigner.workforce.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.intdesigner.workforce.metrics.DashboardFigures;
import org.intdesigner.workforce.metrics.MetricCatalogue;
import org.intdesigner.workforce.metrics.MetricFormula;
import org.intdesigner.workforce.metrics.Target;

/**
 * The dashboard's tiles, one per metric of {@link DashboardFigures#tileMetrics()} (the built-ins,
 * then those plug-ins contribute), six to a row so twelve stay readable in a view of ordinary
 * width: each the overall figure with its target and RAG, or a few words on why there is none.
 */
final class TileRow {

	static final int COLUMNS = 6;

	private final Composite row;
	private final List<MetricTile> tiles = new ArrayList<>();
	/** Read as the view is made: plug-ins are not installed while it is open. */
	private final List<MetricFormula> metrics = DashboardFigures.tileMetrics();

	TileRow(Composite parent) {
		row = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(COLUMNS, true);
		layout.marginHeight = 2;
		layout.verticalSpacing = 4;
		row.setLayout(layout);
		row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		for (int i = 0; i < metrics.size(); i++) {
			MetricTile tile = new MetricTile(row);
			tile.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
			tiles.add(tile);
		}
	}

	Composite getControl() {
		return row;
	}

	List<MetricTile> tiles() {
		return tiles;
	}

	void show(DashboardFigures figures) {
		for (int i = 0; i < tiles.size(); i++) {
			MetricFormula metric = metrics.get(i);
			String note = figures.tileNotes().get(metric);
			if (note != null) {
				tiles.get(i).showNote(metric.label(), note);
				continue;
			}
			Target target = MetricCatalogue.targetOf(metric);
			tiles.get(i).show(metric.label(), metric.unit(), figures.tiles().get(metric), target == null ? null
					: (target.higherIsBetter() ? ">= " : "<= ") + format(target.value()));
		}
		// the tiles' texts changed length: measure the view again (a tile may need another line)
		row.getParent().layout(true, true);
	}

	private static String format(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}
}
