package org.intdesigner.diagram.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The polyline an edge is drawn along: through its stored bend points (from ELK or the user), or,
 * without any, an orthogonal route between the two boxes' facing sides (or a straight line when the
 * style asks for one). The ends are clipped to the node borders so arrowheads touch the boxes.
 */
public final class EdgeRoutes {

	private EdgeRoutes() {
	}

	public static int[] route(Box source, Box target, List<int[]> bends, boolean straight) {
		List<int[]> points = new ArrayList<>();
		if (!bends.isEmpty()) {
			int[] first = bends.get(0);
			int[] last = bends.get(bends.size() - 1);
			points.add(clip(source, first[0], first[1]));
			points.addAll(bends);
			points.add(clip(target, last[0], last[1]));
		} else if (straight) {
			points.add(clip(source, target.centerX(), target.centerY()));
			points.add(clip(target, source.centerX(), source.centerY()));
		} else {
			orthogonal(source, target, points);
		}
		// ELK's routes start and end on the borders already: drop the repeated point, or the
		// arrowhead would sit on a segment of no length and point nowhere
		for (int i = points.size() - 1; i > 0; i--) {
			if (points.get(i)[0] == points.get(i - 1)[0] && points.get(i)[1] == points.get(i - 1)[1]) {
				points.remove(i);
			}
		}
		if (points.size() == 1) {
			points.add(points.get(0));
		}
		int[] flat = new int[points.size() * 2];
		for (int i = 0; i < points.size(); i++) {
			flat[2 * i] = points.get(i)[0];
			flat[2 * i + 1] = points.get(i)[1];
		}
		return flat;
	}

	private static void orthogonal(Box s, Box t, List<int[]> points) {
		int overlapLeft = Math.max(s.x(), t.x());
		int overlapRight = Math.min(s.right(), t.right());
		int overlapTop = Math.max(s.y(), t.y());
		int overlapBottom = Math.min(s.bottom(), t.bottom());
		if (overlapLeft < overlapRight && (t.y() >= s.bottom() || s.y() >= t.bottom())) {
			int x = (overlapLeft + overlapRight) / 2;
			boolean down = t.y() >= s.bottom();
			points.add(new int[] { x, down ? s.bottom() : s.y() });
			points.add(new int[] { x, down ? t.y() : t.bottom() });
		} else if (overlapTop < overlapBottom && (t.x() >= s.right() || s.x() >= t.right())) {
			int y = (overlapTop + overlapBottom) / 2;
			boolean right = t.x() >= s.right();
			points.add(new int[] { right ? s.right() : s.x(), y });
			points.add(new int[] { right ? t.x() : t.right(), y });
		} else if (t.y() >= s.bottom() || s.y() >= t.bottom()) {
			boolean down = t.y() >= s.bottom();
			int startY = down ? s.bottom() : s.y();
			int endY = down ? t.y() : t.bottom();
			int middle = (startY + endY) / 2;
			points.add(new int[] { s.centerX(), startY });
			points.add(new int[] { s.centerX(), middle });
			points.add(new int[] { t.centerX(), middle });
			points.add(new int[] { t.centerX(), endY });
		} else {
			// overlapping boxes (a node inside its target's container): a straight line is the honest route
			points.add(clip(s, t.centerX(), t.centerY()));
			points.add(clip(t, s.centerX(), s.centerY()));
		}
	}

	/** Where the line from the box's centre towards (x, y) leaves the box; the point itself when it is outside-adjacent. */
	static int[] clip(Box box, int x, int y) {
		double cx = box.x() + box.width() / 2.0;
		double cy = box.y() + box.height() / 2.0;
		double dx = x - cx;
		double dy = y - cy;
		if (dx == 0 && dy == 0) {
			return new int[] { x, y };
		}
		double halfW = box.width() / 2.0;
		double halfH = box.height() / 2.0;
		double scale = Math.min(dx == 0 ? Double.MAX_VALUE : halfW / Math.abs(dx), dy == 0 ? Double.MAX_VALUE : halfH / Math.abs(dy));
		if (scale >= 1) {
			return new int[] { x, y };
		}
		return new int[] { (int) Math.round(cx + dx * scale), (int) Math.round(cy + dy * scale) };
	}
}
