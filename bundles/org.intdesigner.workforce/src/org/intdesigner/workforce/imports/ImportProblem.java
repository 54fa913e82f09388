package org.intdesigner.workforce.imports;

/**
 * One thing wrong in a file being imported: the file, the row (as a spreadsheet numbers it: the
 * header is row 1; 0 when the whole file is concerned), the column (empty when none), and what.
 */
public record ImportProblem(String file, long row, String column, String message) {

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(file);
		if (row > 0) {
			text.append(" row ").append(row);
		}
		if (column != null && !column.isEmpty()) {
			text.append(row > 0 ? ", column " : " column ").append(column);
		}
		return text.append(": ").append(message).toString();
	}
}
