package org.intdesigner.io;

import java.util.regex.Pattern;

/**
 * Cells of the CSV files INT Designer writes, made safe for spreadsheet programs, and read back as
 * they were. A cell that begins with {@code = + - @}, a tab or a carriage return is run as a formula by
 * Excel, LibreOffice and others ({@code =HYPERLINK(...)}, {@code =cmd|' /C calc'!A0}); as OWASP advises
 * for CSV injection, such a cell is written with a leading apostrophe, which spreadsheets show as text.
 * Plain numbers ({@code -0.5}, {@code +3}) are left as they are, and a cell that itself begins with an
 * apostrophe before one of those characters gets a second one, so that reading removes exactly what
 * writing added: {@code fromCell(forCell(x))} is {@code x} for every text.
 */
public final class SpreadsheetText {

	private static final String FORMULA_START = "=+-@\t\r";
	private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

	private SpreadsheetText() {
	}

	/** {@code text} as a CSV cell that no spreadsheet program runs. */
	public static String forCell(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		char first = text.charAt(0);
		if (FORMULA_START.indexOf(first) >= 0 && !NUMBER.matcher(text).matches() || first == '\'' && marked(text)) {
			return "'" + text;
		}
		return text;
	}

	/** The text of a CSV cell, without the apostrophe {@link #forCell} put before it. */
	public static String fromCell(String cell) {
		if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && (FORMULA_START.indexOf(cell.charAt(1)) >= 0
				|| cell.charAt(1) == '\'' && marked(cell.substring(1)))) {
			return cell.substring(1);
		}
		return cell;
	}

	/** An apostrophe before a formula character (or before such an apostrophe): what forCell writes. */
	private static boolean marked(String text) {
		int i = 0;
		while (i < text.length() && text.charAt(i) == '\'') {
			i++;
		}
		return i > 0 && i < text.length() && FORMULA_START.indexOf(text.charAt(i)) >= 0;
	}
}
