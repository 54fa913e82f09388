package org.intdesigner.workforce.imports.api;

/** One data row of the file being imported. */
public interface SourceRow {

	/** The row's number in the file (the header is row 1), for problems. */
	long number();

	/**
	 * The cell under {@code column} (the header's name in lower case), without surrounding spaces
	 * and with a spreadsheet's text guard (a leading {@code '}) removed; "" when the row or the file has none.
	 */
	String get(String column);
}
