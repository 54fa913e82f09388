package org.intdesigner.planning.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.intdesigner.planning.PlanTable;

/**
 * Need, supply and the supply's P10-P90 band of one role in one unit, year by year, drawn by SWTChart. The band is
 * the P90 line's area filled light with the P10 line's area filled in the chart's background over it; the gap is
 * the distance between the need and supply lines (its size is in the title).
 */
public final class GapChart {

	private static final RGB NEED = new RGB(218, 41, 28);
	private static final RGB SUPPLY = new RGB(0, 94, 184);
	private static final RGB BAND = new RGB(198, 219, 239);

	private final Chart chart;
	private final List<Color> colours = new ArrayList<>();

	public GapChart(Composite parent) {
		chart = new Chart(parent, SWT.NONE);
		chart.getLegend().setPosition(SWT.BOTTOM);
		chart.getAxisSet().getXAxis(0).getTitle().setText("Years from now");
		chart.getAxisSet().getYAxis(0).getTitle().setText("FTE");
		chart.getTitle().setText("Select a row to see its need and supply");
		chart.addDisposeListener(e -> colours.forEach(Color::dispose));
	}

	public Chart getControl() {
		return chart;
	}

	/** Shows the rows of one role and unit, in year order (need or supply may be NaN in some). */
	public void show(String title, List<PlanTable.Row> rows) {
		for (var series : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(series.getId());
		}
		chart.getTitle().setText(title);
		double[] years = rows.stream().mapToDouble(PlanTable.Row::year).toArray();
		boolean supply = rows.stream().anyMatch(row -> !Double.isNaN(row.supply()));
		boolean band = rows.stream().anyMatch(row -> row.supplyP90() > row.supplyP10());
		if (band) {
			ILineSeries<?> high = line("Supply P10-P90", years, rows.stream().mapToDouble(PlanTable.Row::supplyP90).toArray(), BAND);
			high.enableArea(true);
			ILineSeries<?> low = line("P10", years, rows.stream().mapToDouble(PlanTable.Row::supplyP10).toArray(),
					chart.getBackground().getRGB());
			low.enableArea(true);
			low.setVisibleInLegend(false);
		}
		if (supply) {
			line("Supply", years, rows.stream().mapToDouble(PlanTable.Row::supply).toArray(), SUPPLY).setLineWidth(2);
		}
		if (rows.stream().anyMatch(row -> !Double.isNaN(row.need()))) {
			ILineSeries<?> need = line("Need (WISN)", years, rows.stream().mapToDouble(PlanTable.Row::need).toArray(), NEED);
			need.setLineWidth(2);
			need.setLineStyle(LineStyle.DASH);
		}
		chart.getAxisSet().adjustRange();
		Range y = chart.getAxisSet().getYAxis(0).getRange();
		chart.getAxisSet().getYAxis(0).setRange(new Range(0, Math.max(1, y.upper * 1.05)));
		chart.getAxisSet().getXAxis(0).setRange(new Range(-0.2, Math.max(1, years.length - 1) + 0.2));
		chart.redraw();
	}

	private ILineSeries<?> line(String name, double[] xs, double[] ys, RGB rgb) {
		List<Double> x = new ArrayList<>();
		List<Double> y = new ArrayList<>();
		for (int i = 0; i < ys.length; i++) {
			if (!Double.isNaN(ys[i])) {
				x.add(xs[i]);
				y.add(ys[i]);
			}
		}
		ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, name);
		series.setXSeries(x.stream().mapToDouble(Double::doubleValue).toArray());
		series.setYSeries(y.stream().mapToDouble(Double::doubleValue).toArray());
		Color colour = new Color(chart.getDisplay(), rgb);
		colours.add(colour);
		series.setLineColor(colour);
		series.setSymbolType(PlotSymbolType.NONE);
		return series;
	}

	/** The names of the lines shown now, for tests. */
	public List<String> lineNames() {
		List<String> names = new ArrayList<>();
		for (var series : chart.getSeriesSet().getSeries()) {
			names.add(series.getId());
		}
		return names;
	}
}
