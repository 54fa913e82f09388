package org.intdesigner.diagram.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Word-wrapping of node labels, shared by the layout (which sizes a node for its wrapped label) and
 * the renderer (which draws it), so both break a label into the same lines.
 */
public final class LabelWrap {

	private LabelWrap() {
	}

	/** Word-wraps {@code text} into at most {@code maxLines} lines of {@code width}, the last cut with an ellipsis. */
	public static List<String> wrap(TextMeasurer measurer, String text, int width, boolean bold, int maxLines) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		String[] words = text.split(" ");
		for (int i = 0; i < words.length; i++) {
			String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
			if (line.isEmpty() || measurer.measure(candidate, bold)[0] <= width) {
				line.setLength(0);
				line.append(candidate);
				continue;
			}
			if (lines.size() == maxLines - 1) {
				lines.add(fit(measurer, line + " " + String.join(" ", Arrays.copyOfRange(words, i, words.length)), width, bold));
				return lines;
			}
			lines.add(fit(measurer, line.toString(), width, bold));
			line.setLength(0);
			line.append(words[i]);
		}
		if (!line.isEmpty()) {
			lines.add(fit(measurer, line.toString(), width, bold));
		}
		return lines;
	}

	/** {@code text}, cut with an ellipsis if it is wider than {@code width}. */
	public static String fit(TextMeasurer measurer, String text, int width, boolean bold) {
		if (measurer.measure(text, bold)[0] <= width) {
			return text;
		}
		int low = 0;
		int high = text.length();
		while (low < high) {
			int middle = (low + high + 1) / 2;
			if (measurer.measure(text.substring(0, middle) + "\u2026", bold)[0] <= width) {
				low = middle;
			} else {
				high = middle - 1;
			}
		}
		return text.substring(0, low) + "\u2026";
	}
}
