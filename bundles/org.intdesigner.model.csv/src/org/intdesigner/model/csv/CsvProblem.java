package org.intdesigner.model.csv;

/**
 * One thing wrong in a CSV bundle: the file, the row (the file's line; the header is row 1; 0
 * when the whole file is concerned), the column name (empty when the whole row is), and what.
 */
public record CsvProblem(String file, long row, String column, String message) {

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(file);
		if (row > 0) {
			text.append(" row ").append(row);
		}
		if (column != null && !column.isEmpty()) {
			text.append(", column ").append(column);
		}
		return text.append(": ").append(message).toString();
	}
}
