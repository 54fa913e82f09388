package org.intdesigner.diagram.ui.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.intdesigner.diagram.notation.EdgeView;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.render.Box;
import org.intdesigner.diagram.render.LegendDock;

/**
 * Which part of a diagram its canvas shows: the zoom and the scroll position, the conversion
 * between screen and diagram coordinates, zooming about a point or the selection, fitting the
 * whole diagram, the opening view, revealing a box, and the scroll bars that follow the drawing's
 * extent. The canvas paints with what this says and tells its view listeners when it changes.
 */
final class CanvasViewport {

	private final DiagramCanvas canvas;
	/** Tells the canvas's view listeners (the toolbar's zoom level, the outline) the view changed. */
	private final Runnable viewChanged;
	private double zoom = 1;

	CanvasViewport(DiagramCanvas canvas, Runnable viewChanged) {
		this.canvas = canvas;
		this.viewChanged = viewChanged;
	}

	/** The top-left corner of the drawing (diagrams may extend to negative coordinates). */
	Box origin() {
		Box extent = canvas.getGeometry().extent();
		return new Box(Math.min(0, extent.x()), Math.min(0, extent.y()), 0, 0);
	}

	Point toDiagram(int screenX, int screenY) {
		Box origin = canvas.getGeometry() == null ? new Box(0, 0, 0, 0) : origin();
		int margin = DiagramCanvas.MARGIN;
		return new Point((int) Math.floor((screenX + canvas.getHorizontalBar().getSelection()) / zoom) - margin + origin.x(),
				(int) Math.floor((screenY + canvas.getVerticalBar().getSelection()) / zoom) - margin + origin.y());
	}

	Point toScreen(int x, int y) {
		Box origin = origin();
		return new Point((int) Math.round((x - origin.x() + DiagramCanvas.MARGIN) * zoom) - canvas.getHorizontalBar().getSelection(),
				(int) Math.round((y - origin.y() + DiagramCanvas.MARGIN) * zoom) - canvas.getVerticalBar().getSelection());
	}

	double getZoom() {
		return zoom;
	}

	/** Zooms keeping the diagram point under (screenX, screenY) where it is. */
	void setZoom(double next, int screenX, int screenY) {
		double clamped = Math.max(DiagramCanvas.MIN_ZOOM, Math.min(DiagramCanvas.MAX_ZOOM, next));
		if (clamped == zoom) {
			return;
		}
		Point anchor = toDiagram(screenX, screenY);
		zoom = clamped;
		updateScrollBars();
		Point after = toScreen(anchor.x, anchor.y);
		scrollBy(after.x - screenX, after.y - screenY);
		canvas.redraw();
		viewChanged.run();
	}

	void setZoom(double next) {
		Rectangle area = canvas.getClientArea();
		setZoom(next, area.width / 2, area.height / 2);
	}

	/**
	 * Zooms by {@code factor} as Zoom In and Zoom Out (Ctrl+= and Ctrl+-) do: about the selection's
	 * centre, which stays where it is on screen (brought into view first if it is off screen), or
	 * about the centre of the view when nothing is selected.
	 */
	void zoomBy(double factor) {
		Box selected = selectionBounds();
		if (selected == null) {
			setZoom(zoom * factor);
			return;
		}
		Rectangle area = canvas.getClientArea();
		Point at = toScreen(selected.centerX(), selected.centerY());
		if (!area.contains(at)) {
			reveal(selected);
			at = toScreen(selected.centerX(), selected.centerY());
		}
		setZoom(zoom * factor, Math.max(0, Math.min(area.width, at.x)), Math.max(0, Math.min(area.height, at.y)));
	}

	/** The box around the selected nodes and edges, in diagram coordinates; null when nothing shown is selected. */
	private Box selectionBounds() {
		Box bounds = null;
		for (Object view : canvas.getSelection()) {
			Box box = null;
			if (view instanceof NodeView node && canvas.getGeometry().isShown(node)) {
				box = canvas.getGeometry().box(node);
			} else if (view instanceof EdgeView edge && canvas.getGeometry().route(edge) != null) {
				int[] route = canvas.getGeometry().route(edge);
				box = Box.spanning(route[0], route[1], route[0], route[1]);
				for (int i = 2; i + 1 < route.length; i += 2) {
					box = box.union(Box.spanning(route[i], route[i + 1], route[i], route[i + 1]));
				}
			}
			if (box != null) {
				bounds = bounds == null ? box : bounds.union(box);
			}
		}
		return bounds;
	}

	/** Zooms so that the whole diagram is in view (never above 100%). */
	void zoomToFit() {
		double fit = fitZoom();
		if (fit <= 0) {
			return;
		}
		zoom = Math.max(DiagramCanvas.MIN_ZOOM, Math.min(1, fit));
		updateScrollBars();
		canvas.getHorizontalBar().setSelection(0);
		canvas.getVerticalBar().setSelection(0);
		canvas.redraw();
		viewChanged.run();
	}

	/**
	 * The view a diagram opens with: all of it when it fits at a readable zoom (at most 100%), else
	 * the readable zoom with the first drawn node in view, so a big diagram does not open on an
	 * empty corner or as an unreadable speck.
	 */
	void showOpeningView() {
		double fit = fitZoom();
		if (fit <= 0) {
			return;
		}
		if (fit >= DiagramCanvas.READABLE_ZOOM) {
			zoomToFit();
			return;
		}
		setZoom(DiagramCanvas.READABLE_ZOOM, 0, 0);
		if (!canvas.getGeometry().paintOrder().isEmpty()) {
			Box first = canvas.getGeometry().box(canvas.getGeometry().paintOrder().get(0));
			Point at = toScreen(first.x(), first.y());
			scrollBy(at.x - 20, at.y - 20);
		}
	}

	/** The zoom at which the whole diagram fills the view; 0 while there is no view or nothing drawn. */
	private double fitZoom() {
		Rectangle area = canvas.getClientArea();
		Box extent = canvas.getGeometry().extent();
		if (area.width <= 0 || area.height <= 0 || extent.width() <= 0) {
			return 0;
		}
		Box origin = origin();
		double width = extent.right() - origin.x() + 2 * DiagramCanvas.MARGIN;
		double height = extent.bottom() - origin.y() + 2 * DiagramCanvas.MARGIN;
		if (!canvas.isLegendShown() || canvas.getLegendBounds() == null) {
			return Math.min((area.width - 4.0) / width, (area.height - 4.0) / height);
		}
		// room for the key (once painted, so measured) beside or below the drawing, whichever shrinks it less
		int keyWidth = canvas.getLegendBounds().width() + 2 * LegendDock.MARGIN;
		int keyHeight = canvas.getLegendBounds().height() + 2 * LegendDock.MARGIN;
		return Math.max(Math.min((area.width - 4.0 - keyWidth) / width, (area.height - 4.0) / height),
				Math.min((area.width - 4.0) / width, (area.height - 4.0 - keyHeight) / height));
	}

	void scrollBy(int dx, int dy) {
		ScrollBar h = canvas.getHorizontalBar();
		ScrollBar v = canvas.getVerticalBar();
		h.setSelection(h.getSelection() + dx);
		v.setSelection(v.getSelection() + dy);
		scrolled();
	}

	/** Scrolls so that {@code box} (diagram coordinates) is in view, if it is not already. */
	void reveal(Box box) {
		Rectangle area = canvas.getClientArea();
		Point topLeft = toScreen(box.x(), box.y());
		Point bottomRight = toScreen(box.right(), box.bottom());
		int dx = topLeft.x < 0 ? topLeft.x - 10 : bottomRight.x > area.width ? Math.min(topLeft.x - 10, bottomRight.x - area.width + 10) : 0;
		int dy = topLeft.y < 0 ? topLeft.y - 10 : bottomRight.y > area.height ? Math.min(topLeft.y - 10, bottomRight.y - area.height + 10) : 0;
		if (dx != 0 || dy != 0) {
			scrollBy(dx, dy);
		}
	}

	/** The part of the diagram in view, in diagram coordinates. */
	Box visibleArea() {
		Rectangle area = canvas.getClientArea();
		Point topLeft = toDiagram(0, 0);
		Point bottomRight = toDiagram(area.width, area.height);
		return Box.spanning(topLeft.x, topLeft.y, bottomRight.x, bottomRight.y);
	}

	void scrolled() {
		canvas.redraw();
		viewChanged.run();
	}

	void wheel(Event event) {
		if ((event.stateMask & SWT.MOD1) != 0) {
			setZoom(zoom * (event.count > 0 ? 1.1 : 1 / 1.1), event.x, event.y);
		} else if ((event.stateMask & SWT.SHIFT) != 0) {
			scrollBy(-event.count * 20, 0);
		} else {
			scrollBy(0, -event.count * 20);
		}
		event.doit = false;
	}

	void updateScrollBars() {
		if (canvas.getGeometry() == null) {
			return;
		}
		Box extent = canvas.getGeometry().extent();
		Rectangle area = canvas.getClientArea();
		int width = (int) Math.ceil((extent.right() - origin().x() + 2 * DiagramCanvas.MARGIN) * zoom);
		int height = (int) Math.ceil((extent.bottom() - origin().y() + 2 * DiagramCanvas.MARGIN) * zoom);
		configure(canvas.getHorizontalBar(), width, area.width);
		configure(canvas.getVerticalBar(), height, area.height);
	}

	private static void configure(ScrollBar bar, int content, int visible) {
		int selection = bar.getSelection();
		bar.setValues(Math.min(selection, Math.max(0, content - visible)), 0, Math.max(content, visible),
				Math.max(1, visible), 20, Math.max(1, visible - 20));
	}
}
