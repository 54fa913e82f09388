package org.intdesigner.development.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.intdesigner.development.StaffMember;

/**
 * The matrix on screen: a virtual table (rows are made only when they scroll into view, cells are painted only when
 * visible) with the people's names first and one column per capability. A cell is filled by the level held (its
 * number written in it); a dark corner marks a holder counting towards their team's requirement (at or above the
 * level, in date), a red frame a gap (the requirement is unmet and they are below it), an amber bar training lapsing
 * soon or lapsed. Click a header to sort by it (levels
 * highest first, again for lowest first); hover for the details; double-click a cell to edit its column's requirement.
 */
final class SkillsMatrixTable {

	private static final int MIN_WIDTH = 64;
	private static final int MAX_WIDTH = 120;
	/** Header lines are wrapped at about this many characters, so columns stay narrow. */
	private static final int HEADER_LINE = 14;
	private static final int CORNER = 7;

	private final Composite body;
	private final Table table;
	private final MatrixNames names;
	private final Consumer<MatrixColumn> edit;
	private SkillsMatrix matrix;
	private List<MatrixColumn> columns = List.of();
	private List<StaffMember> rows = List.of();
	/** the column sorted by: -1 the names, else an index into {@link #columns} */
	private int sortedBy = -1;
	private boolean lowestFirst;
	private MatrixColumn current;

	SkillsMatrixTable(Composite parent, Consumer<MatrixColumn> edit) {
		this.edit = edit;
		body = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.horizontalSpacing = 0;
		body.setLayout(layout);
		table = new Table(body, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		// the names stay in view while the cells scroll sideways
		names = new MatrixNames(body, table, index -> MatrixNames.at(rows, index), m -> matrix.hasGap(m, columns),
				() -> sortBy(-1));
		names.getControl().moveAbove(table);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.addListener(SWT.SetData, this::setData);
		table.addListener(SWT.EraseItem, this::erase);
		table.addListener(SWT.PaintItem, this::paint);
		table.addListener(SWT.MouseHover, this::hover);
		table.addListener(SWT.MouseDown, e -> current = columnAt(new Point(e.x, e.y), current));
		table.addListener(SWT.MouseDoubleClick, e -> {
			MatrixColumn column = columnAt(new Point(e.x, e.y), null);
			if (column != null) {
				current = column;
				edit.accept(column);
			}
		});
	}

	Table getControl() {
		return table;
	}

	/** The names and the cells together, for the layout. */
	Composite getBody() {
		return body;
	}

	/** Shows {@code shownRows} against {@code shownColumns}; the columns are rebuilt only when they changed. */
	void show(SkillsMatrix shown, List<MatrixColumn> shownColumns, List<StaffMember> shownRows) {
		boolean sameColumns = matrix != null && headers(shownColumns).equals(headers(columns));
		MatrixColumn sortedColumn = sortedBy < 0 || sortedBy >= columns.size() ? null : columns.get(sortedBy);
		this.matrix = shown;
		this.columns = List.copyOf(shownColumns);
		this.rows = new ArrayList<>(shownRows);
		if (current != null) {
			current = columns.stream().filter(c -> c.capability() == current.capability()).findFirst().orElse(null);
		}
		sortedBy = sortedColumn == null ? -1 : indexOf(sortedColumn);
		table.setRedraw(false);
		try {
			if (!sameColumns) {
				rebuildColumns();
			} else {
				for (int i = 0; i < columns.size(); i++) {
					table.getColumn(i + 1).setToolTipText(columns.get(i).describe());
				}
			}
			sortRows();
			table.setItemCount(rows.size());
			table.clearAll();
			names.getControl().redraw();
		} finally {
			table.setRedraw(true);
		}
	}

	private int indexOf(MatrixColumn column) {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).capability() == column.capability()) {
				return i;
			}
		}
		return -1;
	}

	private static List<String> headers(List<MatrixColumn> columns) {
		return columns.stream().map(MatrixColumn::header).toList();
	}

	private void rebuildColumns() {
		for (TableColumn column : table.getColumns()) {
			column.dispose();
		}
		// column 0 holds the names for the accessibility tools and the tests, of no width: the names beside show them
		TableColumn nameColumn = new TableColumn(table, SWT.LEFT);
		nameColumn.setText(nameTitle());
		nameColumn.setWidth(0);
		nameColumn.setResizable(false);
		nameColumn.addListener(SWT.Selection, e -> sortBy(-1));
		GC gc = new GC(table);
		try {
			for (int i = 0; i < columns.size(); i++) {
				MatrixColumn shown = columns.get(i);
				TableColumn column = new TableColumn(table, SWT.CENTER);
				String text = wrapped(shown);
				column.setText(text);
				column.setToolTipText(shown.describe());
				column.setWidth(Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, gc.textExtent(text).x + 20)));
				int index = i;
				column.addListener(SWT.Selection, e -> sortBy(index));
			}
		} finally {
			gc.dispose();
		}
	}

	private String nameTitle() {
		return matrix.basis() == org.intdesigner.development.SkillsHeld.Basis.ASSESSED ? "Person (role)" : "Post (as designed)";
	}

	/** The header on a few short lines: the name's words, then "GAP" and ">= 3 x2" on lines of their own. */
	static String wrapped(MatrixColumn column) {
		StringBuilder text = new StringBuilder();
		StringBuilder line = new StringBuilder();
		for (String word : ((column.generalist() ? "[G] " : "") + column.capability().getName()).split("\\s+")) {
			if (!line.isEmpty() && line.length() + 1 + word.length() > HEADER_LINE) {
				text.append(line).append('\n');
				line.setLength(0);
			}
			line.append(line.isEmpty() ? "" : " ").append(word);
		}
		text.append(line).append('\n').append(">= ").append(column.level()).append(column.people() > 1 ? " x" + column.people() : "")
				.append(column.gap() ? "  GAP" : "");
		return text.toString();
	}

	/** Sorts by a column (-1: the names); the same column again turns the order round. */
	void sortBy(int index) {
		lowestFirst = index == sortedBy && !lowestFirst;
		sortedBy = index;
		sortRows();
		table.clearAll();
		names.getControl().redraw();
	}

	private void sortRows() {
		Comparator<StaffMember> byName = Comparator.comparing(StaffMember::label, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(StaffMember::id);
		Comparator<StaffMember> order;
		TableColumn sortColumn;
		if (sortedBy < 0) {
			order = lowestFirst ? byName.reversed() : byName;
			sortColumn = table.getColumnCount() > 0 ? table.getColumn(0) : null;
		} else {
			MatrixColumn column = columns.get(sortedBy);
			Comparator<StaffMember> byLevel = Comparator.comparingInt(m -> matrix.level(m, column));
			order = (lowestFirst ? byLevel : byLevel.reversed()).thenComparing(byName);
			sortColumn = table.getColumn(sortedBy + 1);
		}
		rows.sort(order);
		table.setSortColumn(sortColumn);
		if (names != null && matrix != null) {
			names.setTitle(nameTitle() + (sortedBy < 0 ? (lowestFirst ? "  \u25bc" : "  \u25b2") : ""));
		}
		table.setSortDirection(sortedBy < 0 ? (lowestFirst ? SWT.DOWN : SWT.UP) : (lowestFirst ? SWT.UP : SWT.DOWN));
	}

	private void setData(Event event) {
		TableItem item = (TableItem) event.item;
		int index = table.indexOf(item);
		if (index < 0 || index >= rows.size()) {
			return;
		}
		StaffMember member = rows.get(index);
		item.setData(member);
		String[] texts = new String[columns.size() + 1];
		texts[0] = member.label();
		for (int i = 0; i < columns.size(); i++) {
			texts[i + 1] = matrix.holding(member, columns.get(i)) == null ? "" : Integer.toString(matrix.level(member, columns.get(i)));
		}
		item.setText(texts);
		item.setBackground(0, matrix.hasGap(member, columns) ? LevelColours.GAP_ROW : null);
	}

	/** Cells are painted whole here: the level's fill; the text and marks follow in {@link #paint}. */
	private void erase(Event event) {
		if (event.index == 0 || !(event.item.getData() instanceof StaffMember member)) {
			return;
		}
		MatrixColumn column = columns.get(event.index - 1);
		Rectangle cell = ((TableItem) event.item).getBounds(event.index);
		event.gc.setBackground(LevelColours.fill(matrix.level(member, column)));
		event.gc.fillRectangle(cell);
		event.detail &= ~(SWT.BACKGROUND | SWT.FOREGROUND | SWT.SELECTED | SWT.HOT | SWT.FOCUSED);
	}

	private void paint(Event event) {
		if (event.index == 0 || !(event.item.getData() instanceof StaffMember member)) {
			return;
		}
		MatrixColumn column = columns.get(event.index - 1);
		TableItem item = (TableItem) event.item;
		Rectangle cell = item.getBounds(event.index);
		GC gc = event.gc;
		int level = matrix.level(member, column);
		String text = item.getText(event.index);
		if (matrix.lapsed(member, column)) {
			text += " lapsed";
		}
		Point extent = gc.textExtent(text);
		gc.setForeground(LevelColours.text(level));
		gc.drawText(text, cell.x + (cell.width - extent.x) / 2, cell.y + (cell.height - extent.y) / 2, true);
		if (matrix.counts(member, column)) {
			gc.setBackground(LevelColours.MARKER);
			gc.fillPolygon(new int[] { cell.x, cell.y, cell.x + CORNER, cell.y, cell.x, cell.y + CORNER });
		}
		if (matrix.expiring(member, column)) {
			gc.setBackground(LevelColours.EXPIRING);
			gc.fillRectangle(cell.x + cell.width - 5, cell.y + 2, 4, cell.height - 4);
		}
		if (matrix.gap(member, column)) {
			gc.setForeground(LevelColours.GAP);
			gc.setLineWidth(2);
			gc.drawRectangle(cell.x + 1, cell.y + 1, cell.width - 3, cell.height - 3);
			gc.setLineWidth(1);
		}
	}

	private void hover(Event event) {
		Point point = new Point(event.x, event.y);
		TableItem item = table.getItem(point);
		MatrixColumn column = columnAt(point, null);
		String tip = null;
		if (item != null && item.getData() instanceof StaffMember member) {
			tip = column == null ? member.label() + (member.teams().isEmpty() ? "" : "\nteams " + String.join(", ", member.teams()))
					: matrix.describe(member, column);
		}
		table.setToolTipText(tip);
	}

	private MatrixColumn columnAt(Point point, MatrixColumn otherwise) {
		TableItem item = table.getItem(point);
		if (item == null) {
			return otherwise;
		}
		for (int i = 1; i < table.getColumnCount(); i++) {
			if (item.getBounds(i).contains(point)) {
				return columns.get(i - 1);
			}
		}
		return otherwise;
	}

	/** The rows in the order shown. */
	List<StaffMember> rows() {
		return List.copyOf(rows);
	}

	List<MatrixColumn> columns() {
		return columns;
	}

	/** The column last clicked, for Edit Requirement; null before any. */
	MatrixColumn current() {
		return current;
	}

	void setCurrent(MatrixColumn column) {
		current = column;
	}

	/** The text the table shows in a cell (row as shown, column 0 the names). */
	String text(int row, int column) {
		return table.getItem(row).getText(column);
	}
}
