package org.intdesigner.reports;

/**
 * A table cell: its text as shown, its number when it is one (so a workbook keeps it a number),
 * and its tone. A suppressed figure is text ({@code *}) and no number.
 */
public record Cell(String text, Double number, Tone tone) {

	public static Cell text(String text) {
		return new Cell(text == null ? "" : text, null, Tone.PLAIN);
	}

	public static Cell number(double value, String shown) {
		return new Cell(shown, value, Tone.PLAIN);
	}

	public static Cell number(double value, String shown, Tone tone) {
		return new Cell(shown, value, tone);
	}

	/** A whole number, or one decimal place when it has a fraction. */
	public static Cell number(double value) {
		return new Cell(Figures.format(value), value, Tone.PLAIN);
	}

	public Cell withTone(Tone newTone) {
		return new Cell(text, number, newTone);
	}

	/** A cell made from what a section handed over: a Cell as it is, a number as a number, anything else as text. */
	static Cell of(Object value) {
		if (value instanceof Cell cell) {
			return cell;
		}
		if (value instanceof Number number) {
			return number(number.doubleValue());
		}
		return text(value == null ? "" : String.valueOf(value));
	}
}
