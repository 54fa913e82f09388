package org.intdesigner.diagram.ui.render;

import java.util.function.UnaryOperator;

import org.intdesigner.diagram.notation.NodeView;

/**
 * Which corner of the view the key goes in: the one where it hides least of the drawing. A corner
 * over a post, or over a container's title, costs much more than one over a few lines or a
 * container's empty inside; the bottom right wins ties, as it always had the key. Worked out on
 * each paint, so the key moves out of the way as the view scrolls and zooms.
 */
public final class LegendDock {

	/** Between the key and the view's border. */
	public static final int MARGIN = 10;
	private static final int NODE_COST = 100;
	private static final int EDGE_COST = 1;

	private LegendDock() {
	}

	/**
	 * The key's top-left corner in the view.
	 *
	 * @param size      the key's width and height in view pixels
	 * @param view      the view's size, as a box at (0, 0)
	 * @param toDiagram maps a box in the view to the diagram coordinates it shows
	 */
	public static int[] place(int[] size, Box view, UnaryOperator<Box> toDiagram, DiagramGeometry geometry) {
		int left = MARGIN;
		int right = view.width() - size[0] - MARGIN;
		int top = MARGIN;
		int bottom = view.height() - size[1] - MARGIN;
		int[][] corners = { { right, bottom }, { right, top }, { left, bottom }, { left, top } };
		int[] best = corners[0];
		long bestCost = Long.MAX_VALUE;
		for (int[] corner : corners) {
			long cost = cost(toDiagram.apply(new Box(corner[0], corner[1], size[0], size[1])), geometry);
			if (cost < bestCost) {
				best = corner;
				bestCost = cost;
			}
		}
		return best;
	}

	/** How much of the drawing a key over {@code area} (diagram coordinates) would hide. */
	static long cost(Box area, DiagramGeometry geometry) {
		long cost = 0;
		for (NodeView node : geometry.paintOrder()) {
			Box box = geometry.box(node);
			boolean container = !node.getChildren().isEmpty() && box.height() > DiagramGeometry.HEADER + 4;
			Box covered = container ? new Box(box.x(), box.y(), box.width(), DiagramGeometry.HEADER) : box;
			if (covered.intersects(area)) {
				cost += NODE_COST;
			}
		}
		for (var edge : geometry.edges()) {
			int[] route = geometry.route(edge);
			for (int i = 0; i + 3 < route.length; i += 2) {
				if (Box.spanning(route[i], route[i + 1], route[i + 2], route[i + 3]).expand(1).intersects(area)) {
					cost += EDGE_COST;
				}
			}
		}
		return cost;
	}
}
