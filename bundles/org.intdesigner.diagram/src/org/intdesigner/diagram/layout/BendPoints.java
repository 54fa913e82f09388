package org.intdesigner.diagram.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes the notation's bend point text: {@code "x,y x,y ..."} in absolute diagram
 * coordinates, empty for none.
 */
public final class BendPoints {

	/** One point of an edge route. */
	public record Point(int x, int y) {
	}

	private BendPoints() {
	}

	/** The points of {@code text}; empty for null or blank text. */
	public static List<Point> parse(String text) {
		List<Point> points = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return points;
		}
		for (String pair : text.trim().split("\\s+")) {
			int comma = pair.indexOf(',');
			if (comma < 0) {
				throw new IllegalArgumentException("Not a bend point 'x,y': " + pair);
			}
			try {
				points.add(new Point(Integer.parseInt(pair.substring(0, comma)), Integer.parseInt(pair.substring(comma + 1))));
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException("Not a bend point 'x,y': " + pair, e);
			}
		}
		return points;
	}

	public static String format(List<Point> points) {
		StringBuilder text = new StringBuilder(points.size() * 8);
		for (Point point : points) {
			if (!text.isEmpty()) {
				text.append(' ');
			}
			text.append(point.x()).append(',').append(point.y());
		}
		return text.toString();
	}

	/** {@code text} with every point moved by (dx, dy); empty text stays empty. */
	public static String translate(String text, int dx, int dy) {
		List<Point> moved = new ArrayList<>();
		for (Point point : parse(text)) {
			moved.add(new Point(point.x() + dx, point.y() + dy));
		}
		return format(moved);
	}
}
