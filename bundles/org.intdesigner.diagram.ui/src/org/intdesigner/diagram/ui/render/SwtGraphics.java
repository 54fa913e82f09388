package org.intdesigner.diagram.ui.render;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.intdesigner.diagram.render.DiagramGraphics;

/** Diagram drawing on an SWT GC (screen, PNG, printer); the caller sets the GC's zoom and scroll transform. */
public final class SwtGraphics implements DiagramGraphics {

	private final GC gc;
	private final SwtResources resources;
	private boolean bold;

	public SwtGraphics(GC gc, SwtResources resources) {
		this.gc = gc;
		this.resources = resources;
		gc.setFont(resources.font(false));
	}

	@Override
	public void setForeground(int rgb) {
		gc.setForeground(resources.color(rgb));
	}

	@Override
	public void setBackground(int rgb) {
		gc.setBackground(resources.color(rgb));
	}

	@Override
	public void setLine(int width, Dash dash) {
		gc.setLineWidth(width);
		gc.setLineStyle(switch (dash) {
		case DASHED -> SWT.LINE_DASH;
		case DOTTED -> SWT.LINE_DOT;
		default -> SWT.LINE_SOLID;
		});
	}

	@Override
	public void fillRectangle(int x, int y, int width, int height, int arc) {
		if (arc > 0) {
			gc.fillRoundRectangle(x, y, width, height, arc, arc);
		} else {
			gc.fillRectangle(x, y, width, height);
		}
	}

	@Override
	public void drawRectangle(int x, int y, int width, int height, int arc) {
		if (arc > 0) {
			gc.drawRoundRectangle(x, y, width, height, arc, arc);
		} else {
			gc.drawRectangle(x, y, width, height);
		}
	}

	@Override
	public void fillOval(int x, int y, int width, int height) {
		gc.fillOval(x, y, width, height);
	}

	@Override
	public void drawOval(int x, int y, int width, int height) {
		gc.drawOval(x, y, width, height);
	}

	@Override
	public void drawPolyline(int[] points) {
		gc.drawPolyline(points);
	}

	@Override
	public void drawPolylines(java.util.List<int[]> polylines) {
		org.eclipse.swt.graphics.Path path = new org.eclipse.swt.graphics.Path(gc.getDevice());
		try {
			for (int[] points : polylines) {
				path.moveTo(points[0], points[1]);
				for (int i = 2; i + 1 < points.length; i += 2) {
					path.lineTo(points[i], points[i + 1]);
				}
			}
			gc.drawPath(path);
		} finally {
			path.dispose();
		}
	}

	@Override
	public void fillPolygon(int[] points) {
		gc.fillPolygon(points);
	}

	@Override
	public int[] textExtent(String text, boolean isBold) {
		Point extent = resources.extent(text, isBold);
		return new int[] { extent.x, extent.y };
	}

	@Override
	public void drawText(String text, int x, int y, boolean isBold) {
		if (isBold != bold) {
			gc.setFont(resources.font(isBold));
			bold = isBold;
		}
		gc.drawText(text, x, y, SWT.DRAW_TRANSPARENT);
	}

	@Override
	public boolean drawIcon(String path, int x, int y, int size) {
		Image icon = resources.icon(path);
		if (icon == null) {
			return false;
		}
		Rectangle bounds = icon.getBounds();
		gc.drawImage(icon, 0, 0, bounds.width, bounds.height, x, y, size, size);
		return true;
	}
}
