package org.intdesigner.ui.raci;

import java.util.List;

import org.eclipse.swt.graphics.GC;

/**
 * A party's name written upwards on one line, or on two when its column is wide enough for two:
 * broken where its longer line is shortest, so the header need be no taller than that. A post is
 * named "title, employer" ("Workforce and organisational development lead, North Thames
 * Integrated Care Board"), and breaks after its comma unless that makes a much longer line.
 */
final class HeaderLines {

	/** How much longer than the shortest the comma's break may make the longer line. */
	private static final double COMMA_ALLOWANCE = 1.15;

	private HeaderLines() {
	}

	/** The lines to write {@code name} in, at most {@code maxLines} (1 or 2). */
	static List<String> of(GC gc, String name, int maxLines) {
		if (maxLines < 2) {
			return List.of(name);
		}
		List<String> best = List.of(name);
		int bestWidth = gc.textExtent(name).x;
		for (int space = name.indexOf(' '); space > 0; space = name.indexOf(' ', space + 1)) {
			List<String> two = split(name, space);
			int width = longest(gc, two);
			if (width < bestWidth) {
				best = two;
				bestWidth = width;
			}
		}
		int comma = name.lastIndexOf(", ");
		if (comma > 0) {
			List<String> atComma = split(name, comma + 1);
			if (longest(gc, atComma) <= bestWidth * COMMA_ALLOWANCE) {
				return atComma;
			}
		}
		return best;
	}

	private static List<String> split(String name, int space) {
		return List.of(name.substring(0, space).trim(), name.substring(space + 1).trim());
	}

	/** The width of the longest of {@code lines}. */
	static int longest(GC gc, List<String> lines) {
		int longest = 0;
		for (String line : lines) {
			longest = Math.max(longest, gc.textExtent(line).x);
		}
		return longest;
	}
}
