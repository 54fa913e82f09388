package org.intdesigner.diagram.layout;

/**
 * A text measurer for callers without a display: an average character width and a fixed line
 * height. Close enough to a 9-point UI font that a diagram laid out headless still looks right when
 * opened in the editor, which lays it out again with real measurements on the next arrange.
 */
public final class ApproximateTextMeasurer implements TextMeasurer {

	/** Bold glyphs are about a tenth wider than regular ones. */
	private static final double BOLD_FACTOR = 1.1;

	private final double charWidth;
	private final int lineHeight;

	/** 7 pixels per character, 16 pixels per line. */
	public ApproximateTextMeasurer() {
		this(7, 16);
	}

	public ApproximateTextMeasurer(double charWidth, int lineHeight) {
		this.charWidth = charWidth;
		this.lineHeight = lineHeight;
	}

	@Override
	public int[] measure(String text, boolean bold) {
		String[] lines = (text == null ? "" : text).split("\r?\n", -1);
		int longest = 0;
		for (String line : lines) {
			longest = Math.max(longest, line.length());
		}
		double width = longest * charWidth * (bold ? BOLD_FACTOR : 1);
		return new int[] { (int) Math.ceil(width), lines.length * lineHeight };
	}
}
