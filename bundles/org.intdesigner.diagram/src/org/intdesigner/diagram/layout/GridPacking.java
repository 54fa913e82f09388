package org.intdesigner.diagram.layout;

import java.util.ArrayList;
import java.util.List;

import org.intdesigner.diagram.notation.NodeView;

/**
 * A container's children in rows of equal cells, in their notation order, about half again as wide
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
		List<NodeView> children = container.getChildren();
		int cellWidth = 0;
		int cellHeight = 0;
		for (NodeView child : children) {
			int[] size = sizer.plainSize(child);
			cellWidth = Math.max(cellWidth, size[0]);
			cellHeight = Math.max(cellHeight, size[1]);
		}
		int count = children.size();
		int columns = columns(count, cellWidth, cellHeight);
		int rows = (count + columns - 1) / columns;
		List<Cell> cells = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			int x = NodeSizer.CONTAINER_INSET + (i % columns) * (cellWidth + GAP);
			int y = frame.topPadding() + (i / columns) * (cellHeight + GAP);
			cells.add(new Cell(children.get(i), x, y, cellWidth, cellHeight));
		}
		int width = 2 * NodeSizer.CONTAINER_INSET + columns * cellWidth + (columns - 1) * GAP;
		int height = frame.topPadding() + rows * cellHeight + (rows - 1) * GAP + NodeSizer.CONTAINER_INSET;
		return new Packed(cells, Math.max(frame.minWidth(), width), Math.max(frame.minHeight(), height));
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
