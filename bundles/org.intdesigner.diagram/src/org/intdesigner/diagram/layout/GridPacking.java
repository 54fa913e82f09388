package org.intdesigner.diagram.layout;

import java.util.ArrayList;
import java.util.List;

import org.intdesigner.diagram.notation.NodeView;

/**
 * A container's children (or, beside sub-containers, its other children) in rows of equal cells, in their notation order, about half again as wide
 * as high: what a team of twenty posts needs, where a layered layout would put them in one row as
 * wide as the screen many times over. Cells are as big as the biggest child needs, so every label
 * fits and the grid lines up.
 */
final class GridPacking {

	/** Between neighbouring cells. */
	static final int GAP = 16;
	/** Width to height the grid aims at. */
	private static final double ASPECT = 1.6;

	/** A child's place, relative to its container's top-left corner. */
	record Cell(NodeView child, int x, int y, int width, int height) {
	}

	/** The cells, and the container's size around them (never below its frame's minimum). */
	record Packed(List<Cell> cells, int width, int height) {
	}

	private GridPacking() {
	}

	static Packed pack(NodeView container, NodeSizer sizer) {
		NodeSizer.ContainerFrame frame = sizer.containerFrame(container);
		Packed block = block(container.getChildren(), sizer);
		List<Cell> cells = new ArrayList<>(block.cells().size());
		for (Cell cell : block.cells()) {
			cells.add(new Cell(cell.child(), cell.x() + NodeSizer.CONTAINER_INSET, cell.y() + frame.topPadding(), cell.width(),
					cell.height()));
		}
		int width = 2 * NodeSizer.CONTAINER_INSET + block.width();
		int height = frame.topPadding() + block.height() + NodeSizer.CONTAINER_INSET;
		return new Packed(cells, Math.max(frame.minWidth(), width), Math.max(frame.minHeight(), height));
	}

	/** {@code nodes} in a grid whose top-left cell is at (0, 0); the size is the grid's own. */
	static Packed block(List<NodeView> nodes, NodeSizer sizer) {
		int cellWidth = 0;
		int cellHeight = 0;
		for (NodeView node : nodes) {
			int[] size = sizer.plainSize(node);
			cellWidth = Math.max(cellWidth, size[0]);
			cellHeight = Math.max(cellHeight, size[1]);
		}
		int count = nodes.size();
		int columns = columns(count, cellWidth, cellHeight);
		int rows = (count + columns - 1) / columns;
		List<Cell> cells = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			cells.add(new Cell(nodes.get(i), (i % columns) * (cellWidth + GAP), (i / columns) * (cellHeight + GAP), cellWidth,
					cellHeight));
		}
		return new Packed(cells, columns * cellWidth + (columns - 1) * GAP, rows * cellHeight + (rows - 1) * GAP);
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
