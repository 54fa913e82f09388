package org.intdesigner.diagram.layout;

import java.util.List;

/**
 * How edges reach the cells of a grid ({@link GridPacking}) without crossing the other cells: along
 * the free channels between the rows and columns, in coordinates relative to the grid's node. When
 * edges flow down, an edge from outside enters the grid at a port on its top border, runs down the
 * column channel nearest its cell (one clear of a container's title and badges) to the row channel
 * above the cell and drops into the cell's top; an edge leaving a cell drops from its bottom into the
 * row channel below, runs to the nearest column channel and down it to a port on the bottom border.
 * When edges flow right, edges enter by the left border and leave by the right one, on the row channel
 * next to the cell (so ELK sees them flow the way the layout does); when no column channel is clear of
 * a container's title, by the nearer of the two. ELK routes the rest, from port to port.
 * An edge between two cells of one grid is routed inside it alone. Edges sharing a channel are spread
 * over {@link #LANES} lanes, so lines running side by side stay apart.
 */
final class GridRoutes {

	/** Offsets across a channel; channels are at least {@link NodeSizer#CONTAINER_INSET} wide. */
	private static final int[] LANES = { 0, -3, 3 };

	/** A point of a route, relative to the grid's node. */
	record Point(int x, int y) {
	}

	private final GridPacking.Packed grid;
	private final boolean down;
	/** Column channels may meet the top border only between these x (clear of a container's title and badges). */
	private final int clearFrom;
	private final int clearTo;

	/**
	 * @param down      true if edges flow down (ports on the top and bottom borders), false if right
	 * @param clearFrom the left end of the top border's stretch that edges may cross (after a title)
	 * @param clearTo   its right end (before badges)
	 */
	GridRoutes(GridPacking.Packed grid, boolean down, int clearFrom, int clearTo) {
		this.grid = grid;
		this.down = down;
		this.clearFrom = clearFrom;
		this.clearTo = clearTo;
	}

	static int lane(int index) {
		return LANES[Math.floorMod(index, LANES.length)];
	}

	/** True if edges at {@code cell} use the grid's left border (else its right one). */
	boolean onLeft(GridPacking.Cell cell) {
		return cell.column() < grid.columns() / 2.0;
	}

	/** The border an edge at {@code cell} enters or leaves by: x of the left or right border. */
	int borderX(GridPacking.Cell cell) {
		return onLeft(cell) ? 0 : grid.width();
	}

	/** The row channel above {@code row}. */
	int above(int row) {
		GridPacking.Cell first = grid.cells().get(0);
		int rowTop = grid.top() + row * (first.height() + GridPacking.GAP);
		return row == 0 ? rowTop - NodeSizer.CONTAINER_INSET / 2 : rowTop - GridPacking.GAP / 2;
	}

	/** The row channel below {@code row}. */
	int below(int row) {
		if (row + 1 < grid.rows()) {
			return above(row + 1);
		}
		GridPacking.Cell first = grid.cells().get(0);
		return grid.top() + grid.rows() * first.height() + (grid.rows() - 1) * GridPacking.GAP + NodeSizer.CONTAINER_INSET / 2;
	}

	/** The column channel left of {@code column}. */
	int leftOf(int column) {
		GridPacking.Cell first = grid.cells().get(0);
		int left = first.x() - first.column() * (first.width() + GridPacking.GAP);
		int columnLeft = left + column * (first.width() + GridPacking.GAP);
		return column == 0 ? columnLeft - NodeSizer.CONTAINER_INSET / 2 : columnLeft - GridPacking.GAP / 2;
	}

	/** The column channel right of the last column. */
	private int rightOfLast() {
		GridPacking.Cell first = grid.cells().get(0);
		int left = first.x() - first.column() * (first.width() + GridPacking.GAP);
		return left + grid.columns() * first.width() + (grid.columns() - 1) * GridPacking.GAP + NodeSizer.CONTAINER_INSET / 2;
	}

	/** The x of the column channel nearest the cell that may meet the top border ({@code top}) or any ({@code !top}); -1 if none. */
	private int nearestColumnChannel(GridPacking.Cell cell, boolean top) {
		int best = -1;
		for (int column = 0; column <= grid.columns(); column++) {
			int x = column == grid.columns() ? rightOfLast() : leftOf(column);
			if (top && (x < clearFrom || x > clearTo)) {
				continue;
			}
			if (best < 0 || Math.abs(x - cell.centerX()) < Math.abs(best - cell.centerX())) {
				best = x;
			}
		}
		return best;
	}

	/** From the border to the top of the cell. */
	List<Point> into(GridPacking.Cell cell, int lane) {
		int x = cell.centerX() + lane;
		int y = above(cell.row()) + lane;
		int channel = down ? nearestColumnChannel(cell, true) : -1;
		if (channel < 0) {
			return List.of(new Point(down ? borderX(cell) : 0, y), new Point(x, y), new Point(x, cell.y()));
		}
		return List.of(new Point(channel + lane, 0), new Point(channel + lane, y), new Point(x, y), new Point(x, cell.y()));
	}

	/** From the bottom of the cell to the border. */
	List<Point> outOf(GridPacking.Cell cell, int lane) {
		int x = cell.centerX() + lane;
		int y = below(cell.row()) + lane;
		int channel = down ? nearestColumnChannel(cell, false) : -1;
		if (channel < 0) {
			return List.of(new Point(x, cell.bottom()), new Point(x, y), new Point(down ? borderX(cell) : grid.width(), y));
		}
		return List.of(new Point(x, cell.bottom()), new Point(x, y), new Point(channel + lane, y), new Point(channel + lane, grid.height()));
	}

	/**
	 * From the bottom of one cell to the top of another: down into the row channel below the source;
	 * straight across to the target if that channel runs right above it, else along it to the column
	 * channel left of the target, up or down that to the row channel above the target, and across.
	 */
	List<Point> between(GridPacking.Cell source, GridPacking.Cell target, int lane) {
		int sx = source.centerX() + lane;
		int tx = target.centerX() + lane;
		int y = below(source.row()) + lane;
		if (target.row() == source.row() + 1) {
			return List.of(new Point(sx, source.bottom()), new Point(sx, y), new Point(tx, y), new Point(tx, target.y()));
		}
		int x = leftOf(target.column()) + lane;
		int y2 = above(target.row()) + lane;
		return List.of(new Point(sx, source.bottom()), new Point(sx, y), new Point(x, y), new Point(x, y2), new Point(tx, y2),
				new Point(tx, target.y()));
	}
}
