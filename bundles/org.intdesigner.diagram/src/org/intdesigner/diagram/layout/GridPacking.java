package org.intdesigner.diagram.layout;

import java.util.ArrayList;
import java.util.List;

import org.intdesigner.diagram.notation.NodeView;

/**
 * A container's children (or, beside sub-containers, its other children) in rows of equal cells, in
 * their notation order, about half again as wide as high: what a team of twenty posts needs, where a
 * layered layout would put them in one row as wide as the screen many times over. Cells are as big
 * as the biggest child needs, so every label fits and the grid lines up. Between the cells, and
 * between them and the grid's border, run free channels that edges to the cells are routed along
 * ({@link GridRoutes}).
 */
final class GridPacking {

	/** Between neighbouring cells: a channel for edges. */
	static final int GAP = 16;
	/** Width to height the grid aims at. */
	private static final double ASPECT = 1.6;

	/** A child's place, relative to the grid's node (its container, or the block it forms). */
	record Cell(NodeView child, int x, int y, int width, int height, int row, int column) {

		int right() {
			return x + width;
		}

		int bottom() {
			return y + height;
		}

		int centerX() {
			return x + width / 2;
		}
	}

	/**
	 * The cells, the size of the grid's node around them (never below its frame's minimum), the
	 * number of rows and columns, and the top of the first row (below a container's header).
	 */
	record Packed(List<Cell> cells, int width, int height, int rows, int columns, int top) {
	}

	private GridPacking() {
	}

	/** All the children of {@code container} in a grid below its header. */
	static Packed pack(NodeView container, NodeSizer sizer) {
		NodeSizer.ContainerFrame frame = sizer.containerFrame(container);
		Packed grid = grid(container.getChildren(), sizer, NodeSizer.CONTAINER_INSET, frame.topPadding());
		return new Packed(grid.cells(), Math.max(frame.minWidth(), grid.width()), Math.max(frame.minHeight(), grid.height()),
				grid.rows(), grid.columns(), grid.top());
	}

	/** {@code nodes} in a grid of their own, with a channel all round inside its border. */
	static Packed block(List<NodeView> nodes, NodeSizer sizer) {
		return grid(nodes, sizer, NodeSizer.CONTAINER_INSET, NodeSizer.CONTAINER_INSET);
	}

	/** {@code nodes} in rows of equal cells from (left, top), with {@link NodeSizer#CONTAINER_INSET} to the right and below. */
	private static Packed grid(List<NodeView> nodes, NodeSizer sizer, int left, int top) {
		int[] cell = cellSize(nodes, sizer);
		int count = nodes.size();
		int columns = columns(count, cell[0], cell[1]);
		int rows = (count + columns - 1) / columns;
		List<Cell> cells = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			int row = i / columns;
			int column = i % columns;
			cells.add(new Cell(nodes.get(i), left + column * (cell[0] + GAP), top + row * (cell[1] + GAP), cell[0], cell[1], row,
					column));
		}
		int width = left + columns * cell[0] + (columns - 1) * GAP + NodeSizer.CONTAINER_INSET;
		int height = top + rows * cell[1] + (rows - 1) * GAP + NodeSizer.CONTAINER_INSET;
		return new Packed(cells, width, height, rows, columns, top);
	}

	/** {width, height} of a cell that holds the biggest of {@code nodes}. */
	static int[] cellSize(List<NodeView> nodes, NodeSizer sizer) {
		int width = 0;
		int height = 0;
		for (NodeView node : nodes) {
			int[] size = sizer.plainSize(node);
			width = Math.max(width, size[0]);
			height = Math.max(height, size[1]);
		}
		return new int[] { width, height };
	}

	/** Columns giving the grid about {@link #ASPECT} width to height: sqrt(n * aspect * h / w), at least one. */
	static int columns(int count, int cellWidth, int cellHeight) {
		if (count <= 1) {
			return 1;
		}
		double ideal = Math.sqrt(count * ASPECT * (cellHeight + GAP) / (double) (cellWidth + GAP));
		return Math.max(1, Math.min(count, (int) Math.round(ideal)));
	}
}
