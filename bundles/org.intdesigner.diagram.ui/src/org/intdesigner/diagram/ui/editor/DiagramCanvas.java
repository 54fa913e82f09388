package org.intdesigner.diagram.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.events.MouseListener;
import org.eclipse.swt.events.MouseMoveListener;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.intdesigner.diagram.notation.EdgeView;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.sync.LiveDiagram;
import org.intdesigner.diagram.render.Box;
import org.intdesigner.diagram.render.DiagramGeometry;
import org.intdesigner.diagram.render.DiagramGraphics;
import org.intdesigner.diagram.render.DiagramGraphics.Dash;
import org.intdesigner.diagram.render.DiagramLegend;
import org.intdesigner.diagram.render.DiagramPainter;
import org.intdesigner.diagram.render.LegendDock;
import org.intdesigner.diagram.ui.render.SwtGraphics;
import org.intdesigner.diagram.ui.render.SwtResources;

/**
 * The drawing surface of a diagram editor: paints the diagram at a zoom and scroll position,
 * converts between screen and diagram coordinates, keeps the selected views and hands mouse
 * gestures to the current tool. Geometry is rebuilt once after each change, not per paint.
 */
public final class DiagramCanvas extends Canvas {

	public static final double MIN_ZOOM = 0.02;
	public static final double MAX_ZOOM = 4;
	static final int MARGIN = 40;
	private static final int SELECTION = 0x005eb8;
	static final int HANDLE = 7;

	private final SwtResources resources;
	private LiveDiagram diagram;
	private DiagramGeometry geometry;
	private DiagramPainter painter;
	private final CanvasViewport viewport;
	private final Set<Object> selection = new LinkedHashSet<>();
	private final List<Runnable> selectionListeners = new CopyOnWriteArrayList<>();
	private final List<Runnable> viewListeners = new CopyOnWriteArrayList<>();
	private CanvasTool tool;
	private long lastPaintNanos;
	private DiagramLegend legend;
	private boolean legendShown = true;
	private Box legendBounds;
	private final LegendDock legendDock = new LegendDock();

	public DiagramCanvas(Composite parent) {
		super(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.BORDER);
		resources = new SwtResources(getDisplay());
		setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		viewport = new CanvasViewport(this, () -> viewListeners.forEach(Runnable::run));
		addPaintListener(e -> paint(e.gc, new Rectangle(e.x, e.y, e.width, e.height)));
		addListener(SWT.Resize, e -> viewport.updateScrollBars());
		getHorizontalBar().addListener(SWT.Selection, e -> viewport.scrolled());
		getVerticalBar().addListener(SWT.Selection, e -> viewport.scrolled());
		addListener(SWT.MouseVerticalWheel, viewport::wheel);
		addMouseListener(new MouseListener() {
			@Override
			public void mouseDown(MouseEvent e) {
				setFocus();
				Point p = toDiagram(e.x, e.y);
				if (tool != null) {
					tool.mouseDown(e, p.x, p.y);
				}
			}

			@Override
			public void mouseUp(MouseEvent e) {
				Point p = toDiagram(e.x, e.y);
				if (tool != null) {
					tool.mouseUp(e, p.x, p.y);
				}
			}

			@Override
			public void mouseDoubleClick(MouseEvent e) {
				Point p = toDiagram(e.x, e.y);
				if (tool != null) {
					tool.doubleClick(e, p.x, p.y);
				}
			}
		});
		addMouseMoveListener((MouseMoveListener) e -> {
			Point p = toDiagram(e.x, e.y);
			if (tool != null) {
				tool.mouseMove(e, p.x, p.y);
			}
		});
		addListener(SWT.Dispose, e -> resources.dispose());
	}

	/** Shows {@code live}; call {@link #refresh()} after every change of model or notation. */
	public void setDiagram(LiveDiagram live) {
		this.diagram = live;
		refresh();
	}

	/** Rebuilds the geometry from the notation, drops selected views that are gone, repaints. */
	public void refresh() {
		geometry = new DiagramGeometry(diagram);
		painter = new DiagramPainter(diagram, geometry);
		legend = new DiagramLegend(diagram);
		boolean changed = selection.removeIf(v -> v instanceof NodeView n ? !geometry.isShown(n)
				: !geometry.edges().contains(v));
		viewport.updateScrollBars();
		redraw();
		viewListeners.forEach(Runnable::run);
		if (changed) {
			selectionListeners.forEach(Runnable::run);
		}
	}

	public LiveDiagram getDiagram() {
		return diagram;
	}

	public DiagramGeometry getGeometry() {
		return geometry;
	}

	public SwtResources getResources() {
		return resources;
	}

	void setTool(CanvasTool next) {
		if (tool != null && tool != next) {
			tool.cancel();
		}
		tool = next;
		redraw();
	}

	CanvasTool getTool() {
		return tool;
	}

	// --- painting ---

	private void paint(GC gc, Rectangle damage) {
		double zoom = viewport.getZoom();
		long start = System.nanoTime();
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(damage);
		if (geometry == null) {
			return;
		}
		// far out, antialiasing thousands of hairlines costs more than it shows
		gc.setAntialias(zoom < 0.5 ? SWT.OFF : SWT.ON);
		gc.setTextAntialias(SWT.ON);
		Transform transform = new Transform(getDisplay());
		try {
			transform.translate(-getHorizontalBar().getSelection() + MARGIN * (float) zoom,
					-getVerticalBar().getSelection() + MARGIN * (float) zoom);
			transform.scale((float) zoom, (float) zoom);
			transform.translate(-viewport.origin().x(), -viewport.origin().y());
			gc.setTransform(transform);
			SwtGraphics g = new SwtGraphics(gc, resources);
			painter.setScale(zoom);
			Point topLeft = toDiagram(damage.x, damage.y);
			Point bottomRight = toDiagram(damage.x + damage.width, damage.y + damage.height);
			painter.paint(g, Box.spanning(topLeft.x, topLeft.y, bottomRight.x, bottomRight.y));
			paintSelection(g);
			if (tool != null) {
				tool.paintFeedback(g);
			}
			gc.setTransform(null);
			if (legendShown) {
				paintLegend(new SwtGraphics(gc, resources));
			}
		} finally {
			gc.setTransform(null);
			transform.dispose();
		}
		lastPaintNanos = System.nanoTime() - start;
	}

	private void paintSelection(DiagramGraphics g) {
		double zoom = viewport.getZoom();
		g.setForeground(SELECTION);
		g.setBackground(SELECTION);
		for (Object view : selection) {
			if (view instanceof NodeView node && geometry.isShown(node)) {
				Box box = geometry.box(node);
				g.setLine(2, Dash.SOLID);
				g.drawRectangle(box.x() - 2, box.y() - 2, box.width() + 4, box.height() + 4, 0);
				int h = (int) Math.ceil(HANDLE / zoom);
				for (int[] corner : corners(box)) {
					g.fillRectangle(corner[0] - h / 2, corner[1] - h / 2, h, h, 0);
				}
			} else if (view instanceof EdgeView edge && geometry.route(edge) != null) {
				g.setLine(3, Dash.SOLID);
				g.drawPolyline(geometry.route(edge));
				int[] route = geometry.route(edge);
				int h = (int) Math.ceil(HANDLE / zoom);
				for (int i = 0; i < route.length; i += 2) {
					g.fillRectangle(route[i] - h / 2, route[i + 1] - h / 2, h, h, 0);
				}
			}
		}
		g.setLine(1, Dash.SOLID);
	}

	/**
	 * The key at 100% whatever the zoom, in as many columns as keep it to half the view's height, in the
	 * corner of the view where it hides least of the diagram ({@link LegendDock}).
	 */
	private void paintLegend(DiagramGraphics g) {
		if (legend == null || legend.isEmpty()) {
			legendBounds = null;
			return;
		}
		Rectangle area = getClientArea();
		int columns = legend.columnsFor(g, area.height / 2); // never over more than half the view's height
		int[] size = legend.size(g, columns);
		int[] at = legendDock.place(size, new Box(0, 0, area.width, area.height), this::toDiagram, geometry);
		legend.paint(g, at[0], at[1], columns);
		legendBounds = new Box(at[0], at[1], size[0], size[1]);
	}

	/** Where the key was last painted, in view pixels; null if it was not. */
	public Box getLegendBounds() {
		return legendShown ? legendBounds : null;
	}

	/** The part of the diagram a box of the view shows. */
	public Box toDiagram(Box view) {
		Point topLeft = toDiagram(view.x(), view.y());
		Point bottomRight = toDiagram(view.right(), view.bottom());
		return Box.spanning(topLeft.x, topLeft.y, bottomRight.x, bottomRight.y);
	}

	public boolean isLegendShown() {
		return legendShown;
	}

	public void setLegendShown(boolean shown) {
		legendShown = shown;
		redraw();
	}

	/** The four corners of a box, in the order north-west, north-east, south-east, south-west. */
	static int[][] corners(Box box) {
		return new int[][] { { box.x(), box.y() }, { box.right(), box.y() }, { box.right(), box.bottom() },
				{ box.x(), box.bottom() } };
	}

	/**
	 * Paints what is in view into an image, as a paint of the window would, and returns the
	 * nanoseconds it took (benchmarks: window paints may be deferred by the toolkit).
	 */
	public long paintOffscreen() {
		Rectangle area = getClientArea();
		org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(getDisplay(), Math.max(1, area.width),
				Math.max(1, area.height));
		GC gc = new GC(image);
		try {
			long start = System.nanoTime();
			paint(gc, area);
			return System.nanoTime() - start;
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** How long the last paint took (benchmarks read it). */
	public long getLastPaintNanos() {
		return lastPaintNanos;
	}

	// --- coordinates, zoom and scrolling: the viewport's ---

	public Point toDiagram(int screenX, int screenY) {
		return viewport.toDiagram(screenX, screenY);
	}

	public Point toScreen(int x, int y) {
		return viewport.toScreen(x, y);
	}

	public double getZoom() {
		return viewport.getZoom();
	}

	/** Zooms keeping the diagram point under (screenX, screenY) where it is. */
	public void setZoom(double next, int screenX, int screenY) {
		viewport.setZoom(next, screenX, screenY);
	}

	public void setZoom(double next) {
		viewport.setZoom(next);
	}

	/** Zoom In and Zoom Out: about the selection's centre, else the view's ({@link CanvasViewport#zoomBy}). */
	public void zoomBy(double factor) {
		viewport.zoomBy(factor);
	}

	/** Zooms so that the whole diagram is in view (never above 100%). */
	public void zoomToFit() {
		viewport.zoomToFit();
	}

	/** The view a diagram opens with ({@link CanvasViewport#showOpeningView}). */
	public void showOpeningView() {
		viewport.showOpeningView();
	}

	/** Below this zoom labels get hard to read: the opening view does not go lower. */
	static final double READABLE_ZOOM = 0.6;

	public void scrollBy(int dx, int dy) {
		viewport.scrollBy(dx, dy);
	}

	/** Scrolls so that {@code box} (diagram coordinates) is in view, if it is not already. */
	public void reveal(Box box) {
		viewport.reveal(box);
	}

	/** The part of the diagram in view, in diagram coordinates. */
	public Box visibleArea() {
		return viewport.visibleArea();
	}

	// --- selection ---

	public List<Object> getSelection() {
		return new ArrayList<>(selection);
	}

	public boolean isSelected(Object view) {
		return selection.contains(view);
	}

	public void select(List<?> views) {
		if (selection.size() == views.size() && selection.containsAll(views)) {
			return;
		}
		selection.clear();
		selection.addAll(views);
		redraw();
		selectionListeners.forEach(Runnable::run);
	}

	public void toggle(Object view) {
		if (!selection.remove(view)) {
			selection.add(view);
		}
		redraw();
		selectionListeners.forEach(Runnable::run);
	}

	/** The selected nodes that are not inside another selected node (what a move moves). */
	public List<NodeView> selectedTopNodes() {
		List<NodeView> nodes = new ArrayList<>();
		for (Object view : selection) {
			if (view instanceof NodeView node) {
				boolean inside = false;
				for (Object other : selection) {
					if (other != node && other instanceof NodeView container && DiagramGeometry.isWithin(node, container)) {
						inside = true;
					}
				}
				if (!inside) {
					nodes.add(node);
				}
			}
		}
		return nodes;
	}

	public void addSelectionListener(Runnable listener) {
		selectionListeners.add(listener);
	}

	/** Called when what is in view changes (scroll, zoom, diagram change): the outline follows it. */
	public void addViewListener(Runnable listener) {
		viewListeners.add(listener);
	}

	public void removeViewListener(Runnable listener) {
		viewListeners.remove(listener);
	}
}
