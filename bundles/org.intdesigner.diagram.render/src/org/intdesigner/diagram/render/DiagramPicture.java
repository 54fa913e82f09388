package org.intdesigner.diagram.render;

import org.intdesigner.diagram.sync.LiveDiagram;
import org.jfree.svg.SVGGraphics2D;

/**
 * A whole diagram as one picture, as exports and reports show it: the drawing with a margin round
 * it and its key to the right. The same picture on any {@link DiagramGraphics}: PNG and printing
 * draw it on SWT, SVG and reports on a Graphics2D.
 */
public final class DiagramPicture {

	public static final int MARGIN = 20;

	private final LiveDiagram diagram;
	private final DiagramGeometry geometry;
	private final DiagramLegend legend;
	private final Box drawing;

	public DiagramPicture(LiveDiagram diagram) {
		this.diagram = diagram;
		this.geometry = new DiagramGeometry(diagram);
		this.legend = new DiagramLegend(diagram);
		this.drawing = geometry.extent().expand(MARGIN);
	}

	/** The picture's bounds in diagram coordinates, with room for the key (measured with {@code measure}) to the right. */
	public Box extent(DiagramGraphics measure) {
		if (legend.isEmpty()) {
			return drawing;
		}
		int[] size = legend.size(measure);
		return new Box(drawing.x(), drawing.y(), drawing.width() + size[0] + MARGIN, Math.max(drawing.height(), size[1] + 2 * MARGIN));
	}

	/** Paints the drawing and its key in diagram coordinates (the caller translates by the extent's corner). */
	public void paint(DiagramGraphics g) {
		new DiagramPainter(diagram, geometry).paint(g, null);
		if (!legend.isEmpty()) {
			legend.paint(g, drawing.right(), drawing.y() + MARGIN);
		}
	}

	/** The picture as an SVG document, text in {@code fontFamily} (a display's system font, or a logical Java font). */
	public String svg(String fontFamily) {
		Box extent = extent(new Graphics2DGraphics(new SVGGraphics2D(10, 10), fontFamily));
		SVGGraphics2D g = new SVGGraphics2D(extent.width(), extent.height());
		g.translate(-extent.x(), -extent.y());
		paint(new Graphics2DGraphics(g, fontFamily));
		return g.getSVGDocument();
	}
}
