package org.intdesigner.development.ui;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.intdesigner.development.Level;

/**
 * The matrix's colours: one step of a blue scale per proficiency level (none nearly white, expert dark), red for a
 * gap, amber for training lapsing or lapsed. Shared: since SWT 4.17 a {@code Color} made without a display holds no
 * operating-system resource and needs no disposal.
 */
final class LevelColours {

	private static final RGB[] LEVELS = { new RGB(0xF5, 0xF5, 0xF5), new RGB(0xDE, 0xEB, 0xF7), new RGB(0x9E, 0xCA, 0xE1),
			new RGB(0x42, 0x92, 0xC6), new RGB(0x08, 0x45, 0x94) };

	static final Color GAP = new Color(0xD5, 0x28, 0x1B);
	static final Color GAP_ROW = new Color(0xFF, 0xE4, 0xE1);
	static final Color EXPIRING = new Color(0xED, 0x8B, 0x00);
	static final Color MARKER = new Color(0x21, 0x21, 0x21);
	static final Color DARK_TEXT = new Color(0x21, 0x21, 0x21);
	static final Color LIGHT_TEXT = new Color(0xFF, 0xFF, 0xFF);

	private static final Color[] FILLS = new Color[LEVELS.length];

	static {
		for (int i = 0; i < LEVELS.length; i++) {
			FILLS[i] = new Color(LEVELS[i]);
		}
	}

	private LevelColours() {
	}

	static Color fill(int level) {
		return FILLS[Math.max(Level.NONE, Math.min(Level.EXPERT, level))];
	}

	static Color text(int level) {
		return level >= 3 ? LIGHT_TEXT : DARK_TEXT;
	}
}
