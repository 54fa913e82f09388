package org.intdesigner.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The report's charts in one look (the dashboard's colours, a plain background, labels in the
 * report's font). A missing value (NaN, such as a suppressed month) is a gap in a line and no bar.
 */
public final class Charts {

	/** One colour per line, the first the NHS blue of the dashboard. */
	public static final List<Color> SERIES = List.of(new Color(0x005eb8), new Color(0xda291c), new Color(0x007f3b),
			new Color(0xffb81c), new Color(0x330072), new Color(0x00a499), new Color(0x768692), new Color(0xae2573));
	private static final Font FONT = new Font("DejaVu Sans", Font.PLAIN, 10);

	private Charts() {
	}

	/**
	 * Lines over categories (months): each line a name and its value by category.
	 *
	 * @param target a target to draw as a dashed line, or null
	 */
	public static ChartFigure lines(String title, String valueLabel, List<String> categories,
			Map<String, Map<String, Double>> lines, Double target) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		lines.forEach((line, values) -> {
			for (String category : categories) {
				Double value = values.get(category);
				data.addValue(value == null || value.isNaN() ? null : value, line, category);
			}
		});
		LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
		CategoryPlot plot = plot(data, valueLabel, renderer);
		for (int i = 0; i < lines.size(); i++) {
			renderer.setSeriesPaint(i, SERIES.get(i % SERIES.size()));
			renderer.setSeriesStroke(i, new BasicStroke(i == 0 ? 2.2f : 1.4f));
		}
		if (target != null) {
			ValueMarker marker = new ValueMarker(target, new Color(0x4c6272), new BasicStroke(1f, BasicStroke.CAP_BUTT,
					BasicStroke.JOIN_MITER, 1f, new float[] { 4f, 3f }, 0f));
			marker.setLabel("target " + org.intdesigner.reports.Figures.format(target));
			marker.setLabelFont(FONT);
			marker.setLabelPaint(new Color(0x4c6272));
			marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
			marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
			marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
			plot.getRangeAxis().setUpperMargin(0.12);
			plot.addRangeMarker(marker);
		}
		return new ChartFigure(title, chart(title, plot, lines.size() > 1), 480, 260);
	}

	/** Bars, one per category; horizontal when there are many or their names are long. */
	public static ChartFigure bars(String title, String valueLabel, Map<String, Double> values) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		values.forEach((category, value) -> data.addValue(value == null || value.isNaN() ? null : value, valueLabel, category));
		BarRenderer renderer = new BarRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setSeriesPaint(0, SERIES.get(0));
		CategoryPlot plot = plot(data, valueLabel, renderer);
		boolean horizontal = values.size() > 6 || values.keySet().stream().anyMatch(name -> name.length() > 14);
		plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
		if (horizontal) {
			// the names down the side read straight across; slanted, long ones run into each other
			plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
			plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
		}
		double height = horizontal ? Math.max(160, 40 + 18 * values.size()) : 240;
		return new ChartFigure(title, chart(title, plot, false), 480, height);
	}

	private static CategoryPlot plot(DefaultCategoryDataset data, String valueLabel,
			org.jfree.chart.renderer.category.CategoryItemRenderer renderer) {
		CategoryAxis categories = new CategoryAxis();
		categories.setTickLabelFont(FONT);
		categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
		NumberAxis values = new NumberAxis(valueLabel);
		values.setLabelFont(FONT);
		values.setTickLabelFont(FONT);
		CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(new Color(0xd8dde0));
		plot.setOutlineVisible(false);
		return plot;
	}

	private static JFreeChart chart(String title, CategoryPlot plot, boolean legend) {
		JFreeChart chart = new JFreeChart(null, FONT, plot, legend);
		chart.setBackgroundPaint(Color.WHITE);
		chart.setAntiAlias(true);
		if (legend) {
			LegendTitle key = chart.getLegend();
			key.setItemFont(FONT);
			key.setPosition(RectangleEdge.BOTTOM);
		}
		return chart;
	}
}
