package org.intdesigner.ui.raci;

import org.eclipse.swt.graphics.GC;

/** Text cut with an ellipsis to fit the room a header or a name has. */
final class TextFit {

	private TextFit() {
	}

	static String fit(GC gc, String text, int room) {
		if (gc.textExtent(text).x <= room) {
			return text;
		}
		String cut = text;
		while (cut.length() > 1 && gc.textExtent(cut + "\u2026").x > room) {
			cut = cut.substring(0, cut.length() - 1);
		}
		return cut + "\u2026";
	}
}
