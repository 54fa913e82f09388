package org.intdesigner.model.csv;

/** Where an object of an imported model was read: the file of the bundle and its row (the file's line; the header is row 1). */
public record CsvRow(String file, long row) {

	@Override
	public String toString() {
		return file + ":" + row;
	}
}
