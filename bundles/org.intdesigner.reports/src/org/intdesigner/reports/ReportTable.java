package org.intdesigner.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table of a section: a title (a workbook's sheet is named after it), column headings and rows
 * of cells. Rows take {@link Cell}s, numbers (kept numbers) or text.
 */
public final class ReportTable {

	private final String title;
	private final List<String> columns;
	private final List<List<Cell>> rows = new ArrayList<>();
	private String note;

	public ReportTable(String title, List<String> columns) {
		this.title = title;
		this.columns = List.copyOf(columns);
	}

	public ReportTable(String title, String... columns) {
		this(title, Arrays.asList(columns));
	}

	/** Adds a row; fewer cells than columns are padded with blanks, more are an error. */
	public ReportTable row(Object... cells) {
		if (cells.length > columns.size()) {
			throw new IllegalArgumentException("Table '" + title + "' has " + columns.size() + " columns, not " + cells.length);
		}
		List<Cell> row = new ArrayList<>();
		for (Object cell : cells) {
			row.add(Cell.of(cell));
		}
		while (row.size() < columns.size()) {
			row.add(Cell.text(""));
		}
		rows.add(List.copyOf(row));
		return this;
	}

	/** A line under the table (what the figures count, why some are suppressed). */
	public ReportTable note(String text) {
		this.note = text;
		return this;
	}

	public String title() {
		return title;
	}

	public List<String> columns() {
		return columns;
	}

	public List<List<Cell>> rows() {
		return List.copyOf(rows);
	}

	public String note() {
		return note;
	}
}
