package org.intdesigner.workforce.imports;

/** The store refused a row of the file (it already holds one like it): the whole file is rolled back. */
final class RowsRefused extends RuntimeException {

	private static final long serialVersionUID = 1L;

	final long row;
	final String column;

	RowsRefused(long row, String column, String message) {
		super(message);
		this.row = row;
		this.column = column;
	}
}
