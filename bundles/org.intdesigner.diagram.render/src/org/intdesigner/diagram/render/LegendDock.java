package org.intdesigner.diagram.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.intdesigner.diagram.notation.NodeView;

/**
 * Which corner of the view the key goes in: the one where it hides least of the drawing. Covering
 * posts and containers' titles costs by the area covered, far more than covering a few lines or a
 * container's empty inside; the bottom right wins ties, as it always had the key. Worked out again
 * whenever the view shows another part of the diagram (scroll, zoom, resize) or the diagram changes,
 * so the key moves out of the way; a repaint of the same view reuses the last answer.
 */
public final class LegendDock {

	/** Between the key and the view's border. */
	public static final int MARGIN = 10;
	/** Per square pixel of a node (or title) covered. */
	private static final int NODE_COST = 10;
	/** Per line segment covered: about as much as a strip of a node a pixel high. */
	private static final int EDGE_COST = 1_000;

	/** What the last answer was worked out for, and the answer. */
	private DiagramGeometry lastGeometry;
	private List<Box> lastAreas = List.of();
	private int[] lastPlace;

	/**
	 * The key's top-left corner in the view.
	 *
	 * @param size      the key's width and height in view pixels
	 * @param view      the view's size, as a box at (0, 0)
	 * @param toDiagram maps a box in the view to the diagram coordinates it shows
	 */
	public int[] place(int[] size, Box view, UnaryOperator<Box> toDiagram, DiagramGeometry geometry) {
		int left = MARGIN;
		int right = view.width() - size[0] - MARGIN;
		int top = MARGIN;
		int bottom = view.height() - size[1] - MARGIN;
		int[][] corners = { { right, bottom }, { right, top }, { left, bottom }, { left, top } };
		List<Box> areas = new ArrayList<>(corners.length);
		for (int[] corner : corners) {
			areas.add(toDiagram.apply(new Box(corner[0], corner[1], size[0], size[1])));
		}
		if (geometry == lastGeometry && areas.equals(lastAreas)) {
			return lastPlace;
		}
		int[] best = corners[0];
		long bestCost = Long.MAX_VALUE;
		for (int i = 0; i < corners.length; i++) {
			long cost = cost(areas.get(i), geometry);
			if (cost < bestCost) {
				best = corners[i];
				bestCost = cost;
			}
		}
		lastGeometry = geometry;
		lastAreas = areas;
		lastPlace = best;
		return best;
	}

	/** The area two boxes share, in square pixels of the diagram. */
	static long overlap(Box a, Box b) {
		long width = Math.min(a.right(), b.right()) - Math.max(a.x(), b.x());
		long height = Math.min(a.bottom(), b.bottom()) - Math.max(a.y(), b.y());
		return width > 0 && height > 0 ? width * height : 0;
	}

	/** How much of the drawing a key over {@code area} (diagram coordinates) would hide. */
	static long cost(Box area, DiagramGeometry geometry) {
		long cost = 0;
		for (NodeView node : geometry.paintOrder()) {
			Box box = geometry.box(node);
			boolean container = !node.getChildren().isEmpty() && box.height() > DiagramGeometry.HEADER + 4;
			Box covered = container ? new Box(box.x(), box.y(), box.width(), DiagramGeometry.HEADER) : box;
			if (covered.intersects(area)) {
				cost += NODE_COST * overlap(covered, area);
			}
		}
		for (var edge : geometry.edges()) {
			int[] route = geometry.route(edge);
			for (int i = 0; i + 3 < route.length; i += 2) {
				// the segment's bounds, a pixel wider, meet the area (no boxes made: this runs on every scroll)
				if (Math.min(route[i], route[i + 2]) - 1 < area.right() && Math.max(route[i], route[i + 2]) + 1 > area.x()
						&& Math.min(route[i + 1], route[i + 3]) - 1 < area.bottom() && Math.max(route[i + 1], route[i + 3]) + 1 > area.y()) {
					cost += EDGE_COST;
				}
			}
		}
		return cost;
	}
}
