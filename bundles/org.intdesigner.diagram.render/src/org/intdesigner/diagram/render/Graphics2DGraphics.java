package org.intdesigner.diagram.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.intdesigner.diagram.layout.TextMeasurer;

import org.intdesigner.diagram.render.DiagramGraphics;

/**
 * Diagram drawing on any Java2D Graphics2D: JFreeSVG's for SVG export and HTML reports, PDFBox's
 * for PDF reports, an image's for PNG. Needs no display: text is measured and drawn in a logical
 * Java font family (e.g. "SansSerif"), so a headless report draws as the desktop does.
 */
public final class Graphics2DGraphics implements DiagramGraphics {

	private final Graphics2D g;
	private final Font normal;
	private final Font bold;
	private final Map<String, BufferedImage> icons = new HashMap<>();
	private Color foreground = Color.BLACK;
	private Color background = Color.WHITE;

	/** The font family everywhere a display's system font is not at hand (reports, the command line). */
	public static final String LOGICAL_FONT = Font.SANS_SERIF;

	public Graphics2DGraphics(Graphics2D g, String fontFamily) {
		this.g = g;
		normal = new Font(fontFamily, Font.PLAIN, 12);
		bold = normal.deriveFont(Font.BOLD);
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setFont(normal);
	}

	@Override
	public void setForeground(int rgb) {
		foreground = new Color(rgb);
	}

	@Override
	public void setBackground(int rgb) {
		background = new Color(rgb);
	}

	@Override
	public void setLine(int width, Dash dash) {
		float[] pattern = switch (dash) {
		case DASHED -> new float[] { 6, 4 };
		case DOTTED -> new float[] { 2, 3 };
		default -> null;
		};
		g.setStroke(pattern == null ? new BasicStroke(width) : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, pattern, 0));
	}

	@Override
	public void fillRectangle(int x, int y, int width, int height, int arc) {
		g.setColor(background);
		if (arc > 0) {
			g.fillRoundRect(x, y, width, height, arc, arc);
		} else {
			g.fillRect(x, y, width, height);
		}
	}

	@Override
	public void drawRectangle(int x, int y, int width, int height, int arc) {
		g.setColor(foreground);
		if (arc > 0) {
			g.drawRoundRect(x, y, width, height, arc, arc);
		} else {
			g.drawRect(x, y, width, height);
		}
	}

	@Override
	public void fillOval(int x, int y, int width, int height) {
		g.setColor(background);
		g.fillOval(x, y, width, height);
	}

	@Override
	public void drawOval(int x, int y, int width, int height) {
		g.setColor(foreground);
		g.drawOval(x, y, width, height);
	}

	@Override
	public void drawPolyline(int[] points) {
		g.setColor(foreground);
		g.draw(path(points, false));
	}

	@Override
	public void drawPolylines(java.util.List<int[]> polylines) {
		polylines.forEach(this::drawPolyline);
	}

	@Override
	public void fillPolygon(int[] points) {
		g.setColor(background);
		g.fill(path(points, true));
	}

	private static Path2D path(int[] points, boolean closed) {
		Path2D.Double path = new Path2D.Double();
		path.moveTo(points[0], points[1]);
		for (int i = 2; i + 1 < points.length; i += 2) {
			path.lineTo(points[i], points[i + 1]);
		}
		if (closed) {
			path.closePath();
		}
		return path;
	}

	@Override
	public int[] textExtent(String text, boolean isBold) {
		FontMetrics metrics = g.getFontMetrics(isBold ? bold : normal);
		return new int[] { metrics.stringWidth(text), metrics.getHeight() };
	}

	/**
	 * The text measure a layout sizes nodes with, in this graphics' fonts (lines measured one by one),
	 * so a diagram laid out for this graphics fits its labels as they are drawn.
	 */
	public TextMeasurer measurer() {
		return (text, isBold) -> {
			String[] lines = (text == null ? "" : text).split("\r?\n", -1);
			int width = 0;
			int height = 0;
			for (String line : lines) {
				int[] extent = textExtent(line, isBold);
				width = Math.max(width, extent[0]);
				height += extent[1];
			}
			return new int[] { width, height };
		};
	}

	@Override
	public void drawText(String text, int x, int y, boolean isBold) {
		g.setFont(isBold ? bold : normal);
		g.setColor(foreground);
		g.drawString(text, x, y + g.getFontMetrics().getAscent());
	}

	@Override
	public boolean drawIcon(String path, int x, int y, int size) {
		if (path == null || path.isBlank()) {
			return false;
		}
		BufferedImage image = icons.computeIfAbsent(path, p -> {
			try {
				return ImageIO.read(new URL(p));
			} catch (java.io.IOException | RuntimeException e) {
				return null;
			}
		});
		if (image == null) {
			return false;
		}
		g.drawImage(image, x, y, size, size, null);
		return true;
	}
}
