package org.intdesigner.reports.diagrams;

import java.awt.Graphics2D;

import org.intdesigner.diagram.render.Box;
import org.intdesigner.diagram.render.DiagramPicture;
import org.intdesigner.diagram.render.Graphics2DGraphics;
import org.intdesigner.diagram.sync.LiveDiagram;
import org.intdesigner.reports.Figure;
import org.jfree.svg.SVGGraphics2D;

/**
 * A diagram as a report figure: drawing and key as the SVG export draws them ({@link DiagramPicture}),
 * on whatever Graphics2D the format gives (JFreeSVG for HTML, PDFBox for PDF), in a logical Java
 * font so no display is needed. Can be drawn any number of times.
 */
final class DiagramFigure implements Figure {

	/** The font the report's diagrams are measured, laid out and drawn in: always there, on any system. */
	static final String FONT = Graphics2DGraphics.LOGICAL_FONT;
	/** The room a figure has on an A4 page (the PDF's), in points. */
	static final double PAGE_WIDTH = 480;
	static final double PAGE_HEIGHT = 640;

	private final String title;
	private final DiagramPicture picture;
	private final Box extent;

	DiagramFigure(String title, LiveDiagram diagram) {
		this.title = title;
		this.picture = new DiagramPicture(diagram);
		this.extent = picture.extent(measure());
	}

	/** A graphics to measure text with, as the figure will draw it. */
	static Graphics2DGraphics measure() {
		return new Graphics2DGraphics(new SVGGraphics2D(10, 10), FONT);
	}

	@Override
	public String title() {
		return title;
	}

	@Override
	public double width() {
		return extent.width();
	}

	@Override
	public double height() {
		return extent.height();
	}

	/** How much the figure is shrunk to fit an A4 page: 1 when it fits as it is. */
	double pageScale() {
		return Math.min(1, Math.min(PAGE_WIDTH / width(), PAGE_HEIGHT / height()));
	}

	@Override
	public void draw(Graphics2D g) {
		Graphics2D local = (Graphics2D) g.create();
		try {
			local.translate(-extent.x(), -extent.y());
			picture.paint(new Graphics2DGraphics(local, FONT));
		} finally {
			local.dispose();
		}
	}
}
