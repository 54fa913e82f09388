package org.intdesigner.diagram.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.intdesigner.diagram.layout.BendPoints;

/**
 * Moving a segment of an orthogonal edge route: only inner segments (the first and last touch the
 * nodes), and only across their own direction, so the route stays orthogonal: a horizontal segment
 * moves up or down, a vertical one left or right, and its neighbours stretch to follow.
 */
final class EdgeSegments {

	private EdgeSegments() {
	}

	/** The index of the first point of the inner segment within {@code tolerance} of (x, y), or -1. */
	static int interiorSegmentAt(int[] route, int x, int y, double tolerance) {
		int points = route.length / 2;
		for (int i = 1; i + 2 < points; i++) {
			int x1 = route[2 * i];
			int y1 = route[2 * i + 1];
			int x2 = route[2 * i + 2];
			int y2 = route[2 * i + 3];
			boolean horizontal = y1 == y2;
			boolean vertical = x1 == x2;
			if (horizontal && Math.abs(y - y1) <= tolerance && x >= Math.min(x1, x2) - tolerance
					&& x <= Math.max(x1, x2) + tolerance
					|| vertical && Math.abs(x - x1) <= tolerance && y >= Math.min(y1, y2) - tolerance
							&& y <= Math.max(y1, y2) + tolerance) {
				return 2 * i;
			}
		}
		return -1;
	}

	/** The route with the segment starting at {@code index} moved across by the drag, snapped to the grid. */
	static int[] moved(int[] route, int index, int dx, int dy, int grid) {
		int[] result = route.clone();
		boolean horizontal = route[index + 1] == route[index + 3];
		if (horizontal) {
			int y = Math.round((route[index + 1] + dy) / (float) grid) * grid;
			result[index + 1] = y;
			result[index + 3] = y;
		} else {
			int x = Math.round((route[index] + dx) / (float) grid) * grid;
			result[index] = x;
			result[index + 2] = x;
		}
		return result;
	}

	/** The route as bend point text ("x,y x,y ..."), its ends included as the layout stores them. */
	static String format(int[] route) {
		List<BendPoints.Point> points = new ArrayList<>();
		for (int i = 0; i + 1 < route.length; i += 2) {
			points.add(new BendPoints.Point(route[i], route[i + 1]));
		}
		return BendPoints.format(points);
	}
}
