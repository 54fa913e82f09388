package org.intdesigner.workforce.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.intdesigner.io.AtomicWrite;
import org.intdesigner.workforce.metrics.Target;

/**
 * A metric over months as lines (one per organisation, team, ... of the breakdown) with its target
 * as a dashed line, drawn by SWTChart. Months where a figure is suppressed or undefined are left
 * out of that line rather than drawn as zero. Exports to PNG, written whole or not at all.
 */
public final class TrendChart {

	private static final int[][] PALETTE = { { 0, 94, 184 }, { 0, 127, 59 }, { 237, 139, 0 }, { 174, 37, 115 }, { 65, 182, 230 },
			{ 66, 85, 99 }, { 218, 41, 28 }, { 120, 190, 32 } };

	private final Chart chart;
	private final List<Color> colours = new ArrayList<>();

	public TrendChart(Composite parent) {
		chart = new Chart(parent, SWT.NONE);
		chart.getLegend().setPosition(SWT.BOTTOM);
		chart.addDisposeListener(e -> colours.forEach(Color::dispose));
	}

	public Chart getControl() {
		return chart;
	}

	/**
	 * Shows {@code lines} (name to one value per month, NaN for none) over {@code months}, with the
	 * target when there is one.
	 */
	public void show(String title, String unit, List<String> months, Map<String, double[]> lines, Target target) {
		for (var series : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(series.getId());
		}
		chart.getTitle().setText(title);
		chart.getAxisSet().getXAxis(0).getTitle().setText("Month");
		chart.getAxisSet().getYAxis(0).getTitle().setText(unit);
		// a numeric axis labelled with the months: a category axis would place the points of a line
		// with a month left out (suppressed) under the wrong months
		chart.getAxisSet().getXAxis(0).enableCategory(false);
		chart.getAxisSet().getXAxis(0).getTick().setFormat(new MonthLabels(months));
		int index = 0;
		for (Map.Entry<String, double[]> line : lines.entrySet()) {
			ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, line.getKey());
			double[] values = line.getValue();
			List<Double> xs = new ArrayList<>();
			List<Double> ys = new ArrayList<>();
			for (int m = 0; m < values.length; m++) {
				if (!Double.isNaN(values[m])) {
					xs.add((double) m);
					ys.add(values[m]);
				}
			}
			series.setXSeries(xs.stream().mapToDouble(Double::doubleValue).toArray());
			series.setYSeries(ys.stream().mapToDouble(Double::doubleValue).toArray());
			series.setLineColor(colour(index++));
			series.setSymbolColor(series.getLineColor());
		}
		if (target != null && !months.isEmpty()) {
			ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, "Target");
			line.setXSeries(new double[] { 0, months.size() - 1 });
			line.setYSeries(new double[] { target.value(), target.value() });
			line.setLineStyle(LineStyle.DASH);
			line.setLineColor(chart.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			line.setSymbolType(org.eclipse.swtchart.ILineSeries.PlotSymbolType.NONE);
		}
		chart.getAxisSet().adjustRange();
		chart.getAxisSet().getXAxis(0).setRange(new org.eclipse.swtchart.Range(-0.3, Math.max(1, months.size() - 1) + 0.3));
		chart.redraw();
	}

	private Color colour(int index) {
		if (index < colours.size()) {
			return colours.get(index);
		}
		int[] rgb = PALETTE[index % PALETTE.length];
		Color colour = new Color(chart.getDisplay(), rgb[0], rgb[1], rgb[2]);
		colours.add(colour);
		return colour;
	}

	/** Writes the chart as it is drawn now to {@code file} as PNG, replacing it whole or not at all. */
	public void exportPng(Path file) throws IOException {
		Point size = chart.getSize();
		Image image = new Image(chart.getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
		try {
			GC gc = new GC(image);
			try {
				chart.print(gc);
			} finally {
				gc.dispose();
			}
			ImageData data = image.getImageData();
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			AtomicWrite.write(file, out -> loader.save(out, SWT.IMAGE_PNG));
		} finally {
			image.dispose();
		}
	}

	/** Tick labels: the month at each whole index, nothing between. */
	private static final class MonthLabels extends java.text.Format {
		private static final long serialVersionUID = 1L;
		private final List<String> months;

		MonthLabels(List<String> months) {
			this.months = List.copyOf(months);
		}

		@Override
		public StringBuffer format(Object value, StringBuffer into, java.text.FieldPosition position) {
			double x = ((Number) value).doubleValue();
			int index = (int) Math.round(x);
			if (Math.abs(x - index) < 0.01 && index >= 0 && index < months.size()) {
				into.append(months.get(index));
			}
			return into;
		}

		@Override
		public Object parseObject(String source, java.text.ParsePosition position) {
			return null;
		}
	}

	/** Lines for a breakdown by one cut and month: its values in month order. */
	public static Map<String, double[]> linesOf(Map<String, Map<String, Double>> valuesByNameAndMonth, List<String> months) {
		Map<String, double[]> lines = new LinkedHashMap<>();
		valuesByNameAndMonth.forEach((name, byMonth) -> {
			double[] values = new double[months.size()];
			for (int m = 0; m < months.size(); m++) {
				values[m] = byMonth.getOrDefault(months.get(m), Double.NaN);
			}
			lines.put(name, values);
		});
		return lines;
	}
}
