package org.intdesigner.diagram.render;

/**
 * What the diagram painter draws with, in diagram coordinates: implemented on an SWT GC for the
 * screen, PNG export and printing, and on a Graphics2D for SVG export, so every output shows the
 * same picture. Colours are 0xRRGGBB.
 */
public interface DiagramGraphics {

	enum Dash {
		SOLID, DASHED, DOTTED
	}

	void setForeground(int rgb);

	void setBackground(int rgb);

	void setLine(int width, Dash dash);

	void fillRectangle(int x, int y, int width, int height, int arc);

	void drawRectangle(int x, int y, int width, int height, int arc);

	void fillOval(int x, int y, int width, int height);

	void drawOval(int x, int y, int width, int height);

	void drawPolyline(int[] points);

	/** Several polylines in the current colour and line: one stroke for all, far quicker than one each. */
	void drawPolylines(java.util.List<int[]> polylines);

	void fillPolygon(int[] points);

	/** Width and height of {@code text} in the label font. */
	int[] textExtent(String text, boolean bold);

	/** Draws {@code text} with its top-left corner at x, y in the foreground colour, transparent behind. */
	void drawText(String text, int x, int y, boolean bold);

	/** Draws the icon at {@code path} (a platform or file URL) scaled into the square; false if it cannot be loaded. */
	boolean drawIcon(String path, int x, int y, int size);
}
