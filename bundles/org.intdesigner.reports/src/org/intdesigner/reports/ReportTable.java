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
	private Shown shown = Shown.EVERYWHERE;

	/**
	 * Where a table appears. A table too wide for a page is written twice: split into narrow tables
	 * shown on the pages only, and whole in the workbook only, where width costs nothing.
	 */
	public enum Shown {
		EVERYWHERE, PAGES_ONLY, WORKBOOK_ONLY
	}

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

	/** Shows the table only on the pages (HTML and PDF) or only in the workbook; by default everywhere. */
	public ReportTable shown(Shown where) {
		this.shown = where;
		return this;
	}

	/** Is the table written in HTML and PDF? */
	public boolean onPages() {
		return shown != Shown.WORKBOOK_ONLY;
	}

	/** Is the table written as a sheet of the workbook? */
	public boolean inWorkbook() {
		return shown != Shown.PAGES_ONLY;
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
