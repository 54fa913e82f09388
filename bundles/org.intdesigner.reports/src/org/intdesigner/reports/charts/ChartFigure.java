package org.intdesigner.reports.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import org.intdesigner.reports.Figure;
import org.jfree.chart.JFreeChart;

/** A JFreeChart as a report figure: drawn on whatever Graphics2D the format hands it, without a display. */
public record ChartFigure(String title, JFreeChart chart, double width, double height) implements Figure {

	@Override
	public void draw(Graphics2D g) {
		chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
	}
}
