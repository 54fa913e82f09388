package org.intdesigner.ui.raci;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.TableCursor;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.Party;
import org.intdesigner.model.csv.raci.RaciMatrix;
import org.intdesigner.model.csv.raci.RaciNames;

/**
 * The matrix on screen: the items' names on the left (they stay while the cells scroll sideways),
 * one column of cells per party, the item's findings last, under a header that writes the party
 * names upwards. Rows whose item has findings are filled light red (the colour of the Excel
 * export) with the findings in their tooltip. A cell cursor moves with the arrow keys, Home and
 * End; what a key does to the cell under it is up to the editor.
 */
final class RaciTable {

	/** Wide enough for two codes ("R/A"); a cell holding more shows them in its tooltip. */
	private static final int PARTY_COLUMN_WIDTH = 44;
	/** The findings column is as wide as its longest text, within these bounds; a longer one is read in the tooltip. */
	private static final int FINDINGS_MIN_WIDTH = 420;
	private static final int FINDINGS_MAX_WIDTH = 2400;
	private static final int CELL_PADDING = 16;
	/**
	 * Column 0 is an empty spacer of no width: GTK ignores the alignment of a table's first column,
	 * and the parties' codes are centred.
	 */
	private static final int FIRST_CELL_COLUMN = 1;

	private final RaciColumnHeader header;
	private final RaciItemNames names;
	private final TableViewer viewer;
	private final TableCursor cursor;
	private final RaciSelection selection = new RaciSelection();
	private final Color violationFill;
	private final Function<AccountabilityItem, List<String>> findings;
	private List<Party> parties = List.of();
	private boolean violationsOnly;

	RaciTable(Composite parent, Function<AccountabilityItem, List<String>> findings) {
		this.findings = findings;
		header = new RaciColumnHeader(parent, new HeaderColumns());
		Composite body = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.horizontalSpacing = 0;
		body.setLayout(layout);
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		ViewerFilter violationsFilter = new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				return !violationsOnly || !findings.apply((AccountabilityItem) element).isEmpty();
			}
		};
		viewer = new TableViewer(body, SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
		Table table = viewer.getTable();
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table.setHeaderVisible(false);
		table.setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setUseHashlookup(true);
		viewer.addFilter(violationsFilter);
		ColumnViewerToolTipSupport.enableFor(viewer, ToolTip.NO_RECREATE);
		violationFill = new Color(table.getDisplay(), 0xFF, 0xD6, 0xD6);
		table.addDisposeListener(e -> violationFill.dispose());
		// the names come first on screen, but follow the cells' scrolling
		names = new RaciItemNames(body, table, this::fill, this::tooltip, this::nameClicked);
		names.getControl().moveAbove(table);
		cursor = new TableCursor(table, SWT.NONE);
		// the row under the cursor is the selection the Properties view and the explorer follow
		cursor.addListener(SWT.Selection, e -> {
			if (cursor.getColumn() < FIRST_CELL_COLUMN && cursor.getRow() != null) {
				cursor.setSelection(table.indexOf(cursor.getRow()), FIRST_CELL_COLUMN);
			}
			cursorMoved();
		});
		table.getHorizontalBar().addListener(SWT.Selection, e -> header.redraw());
		table.addListener(SWT.Resize, e -> header.redraw());
	}

	/** Shows {@code rows} against {@code columns}; the table's columns are rebuilt only when the parties changed. */
	void show(List<AccountabilityItem> rows, List<Party> columns) {
		CellPosition kept = cursorPosition();
		if (!columns.equals(parties)) {
			rebuildColumns(columns);
		}
		if (rows.equals(viewer.getInput())) {
			// the same rows: refreshing in place keeps the scroll position where the user works
			viewer.refresh();
		} else {
			viewer.setInput(rows);
		}
		fitFindingsColumn();
		restoreCursor(kept);
		cursorMoved();
	}

	private String findingsText(AccountabilityItem item) {
		return String.join("; ", findings.apply(item));
	}

	/** Widens the findings column to its longest text, so that findings are read in the matrix, not guessed at. */
	private void fitFindingsColumn() {
		Table table = viewer.getTable();
		if (table.getColumnCount() == 0) {
			return;
		}
		int longest = 0;
		GC gc = new GC(table);
		try {
			for (TableItem row : table.getItems()) {
				String text = findingsText((AccountabilityItem) row.getData());
				if (!text.isEmpty()) {
					longest = Math.max(longest, gc.textExtent(text).x);
				}
			}
		} finally {
			gc.dispose();
		}
		TableColumn column = table.getColumn(table.getColumnCount() - 1);
		int width = Math.clamp(longest + CELL_PADDING, FINDINGS_MIN_WIDTH, FINDINGS_MAX_WIDTH);
		if (column.getWidth() != width) {
			column.setWidth(width);
			header.redraw();
		}
	}

	/** The findings column's width now; for tests. */
	int findingsColumnWidth() {
		Table table = viewer.getTable();
		return table.getColumn(table.getColumnCount() - 1).getWidth();
	}

	/** The header over the cells; for tests. */
	RaciColumnHeader getHeader() {
		return header;
	}

	private void rebuildColumns(List<Party> columns) {
		Table table = viewer.getTable();
		for (TableColumn column : table.getColumns()) {
			column.dispose();
		}
		parties = List.copyOf(columns);
		List<String> headerNames = new ArrayList<>(List.of("Item"));
		List<String> headerTips = new ArrayList<>(List.of("The accountability item (its id in the tooltip)"));
		addColumn(0, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return "";
			}
		}).getColumn().setResizable(false);
		for (Party party : parties) {
			String name = RaciNames.of(party);
			TableViewerColumn column = addColumn(PARTY_COLUMN_WIDTH, new PartyCells(party));
			column.getColumn().setAlignment(SWT.CENTER);
			headerNames.add(name);
			headerTips.add(name + " (" + RaciNames.kindOf(party) + ")");
		}
		addColumn(FINDINGS_MIN_WIDTH, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return findingsText((AccountabilityItem) element);
			}

			@Override
			public String getToolTipText(Object element) {
				List<String> messages = findings.apply((AccountabilityItem) element);
				return messages.isEmpty() ? null : String.join("\n", messages);
			}

			@Override
			public Color getBackground(Object element) {
				return fill((AccountabilityItem) element);
			}
		});
		headerNames.add("Findings");
		headerTips.add("Validation findings on the item");
		header.setColumns(headerNames, headerTips);
	}

	private TableViewerColumn addColumn(int width, ColumnLabelProvider cells) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setWidth(width);
		column.getColumn().setMoveable(false);
		column.setLabelProvider(cells);
		return column;
	}

	/** The header's columns: the names table, then the cells' columns as scrolled. */
	private final class HeaderColumns implements RaciColumnHeader.Columns {
		@Override
		public int count() {
			return viewer.getTable().getColumnCount();
		}

		@Override
		public int left(int index) {
			if (index == 0) {
				return 0;
			}
			Table table = viewer.getTable();
			int x = names.width() + table.getBorderWidth() - table.getHorizontalBar().getSelection();
			for (int i = 0; i < index; i++) {
				x += table.getColumn(i).getWidth();
			}
			return x;
		}

		@Override
		public int width(int index) {
			return index == 0 ? names.width() : viewer.getTable().getColumn(index).getWidth();
		}

		@Override
		public int frozenWidth() {
			return names.width();
		}

		@Override
		public int marked() {
			return cursorRowShown() ? cursor.getColumn() : -1;
		}
	}

	/** The cells of one party's column: its codes on each item. */
	private final class PartyCells extends ColumnLabelProvider {
		private final Party party;

		PartyCells(Party party) {
			this.party = party;
		}

		@Override
		public String getText(Object element) {
			return RaciMatrix.cellText((AccountabilityItem) element, party);
		}

		@Override
		public String getToolTipText(Object element) {
			AccountabilityItem item = (AccountabilityItem) element;
			return RaciNames.of(party) + " on " + RaciNames.of(item) + "\n" + tooltip(item);
		}

		@Override
		public Color getBackground(Object element) {
			return fill((AccountabilityItem) element);
		}
	}

	private String tooltip(AccountabilityItem item) {
		List<String> messages = findings.apply(item);
		String keys = "R, A, S, C, I toggle a code; Enter opens the picker; Delete clears.";
		return (item.getId() == null ? "" : "Id " + item.getId() + "\n")
				+ (messages.isEmpty() ? "" : String.join("\n", messages) + "\n") + keys;
	}

	private Color fill(AccountabilityItem item) {
		return findings.apply(item).isEmpty() ? null : violationFill;
	}

	void setViolationsOnly(boolean only) {
		violationsOnly = only;
		CellPosition kept = cursorPosition();
		viewer.refresh();
		fitFindingsColumn();
		restoreCursor(kept);
		cursorMoved();
	}

	TableViewer getViewer() {
		return viewer;
	}

	/** The item of the cursor's row, for the workbench (Properties, explorer). */
	RaciSelection getSelection() {
		return selection;
	}

	TableCursor getCursor() {
		return cursor;
	}

	/** The item names beside the cells. */
	RaciItemNames getNames() {
		return names;
	}

	List<Party> parties() {
		return parties;
	}

	/** The items shown, in their order on screen (after the violations filter). */
	List<AccountabilityItem> shownItems() {
		List<AccountabilityItem> items = new ArrayList<>();
		for (TableItem row : viewer.getTable().getItems()) {
			items.add((AccountabilityItem) row.getData());
		}
		return items;
	}

	private boolean cursorRowShown() {
		return cursor != null && cursor.getRow() != null && !cursor.getRow().isDisposed();
	}

	/** The item of the cursor's row, or null when the table is empty. */
	AccountabilityItem cursorItem() {
		return cursorRowShown() ? (AccountabilityItem) cursor.getRow().getData() : null;
	}

	/** The party of the cursor's column, or null on the findings column. */
	Party cursorParty() {
		int column = cursorRowShown() ? cursor.getColumn() - FIRST_CELL_COLUMN : -1;
		return column >= 0 && column < parties.size() ? parties.get(column) : null;
	}

	/** Puts the cursor on {@code item}'s row and {@code party}'s column (the first column when null). */
	boolean moveCursor(AccountabilityItem item, Party party) {
		int row = shownItems().indexOf(item);
		int index = party == null ? 0 : parties.indexOf(party);
		int column = FIRST_CELL_COLUMN + index;
		Table table = viewer.getTable();
		if (row < 0 || index < 0 || column >= table.getColumnCount()) {
			return false;
		}
		cursor.setSelection(row, column);
		reveal(table.getItem(row), column);
		cursor.setVisible(true);
		cursorMoved();
		return true;
	}

	/**
	 * Scrolls the cell into view through the scroll bars: GTK defers Table.showItem until the next
	 * layout and a following showColumn replaces it, so the row would stay out of sight.
	 */
	private void reveal(TableItem row, int column) {
		Table table = viewer.getTable();
		Rectangle cell = row.getBounds(column);
		Rectangle area = table.getClientArea();
		scrollBy(table.getVerticalBar(), cell.y < 0 ? cell.y : Math.max(0, cell.y + cell.height - area.height));
		int left = cell.x - area.x;
		scrollBy(table.getHorizontalBar(), left < 0 ? left : Math.max(0, left + cell.width - area.width));
		cursor.setSelection(table.indexOf(row), column);
	}

	private static void scrollBy(org.eclipse.swt.widgets.ScrollBar bar, int pixels) {
		if (bar != null && pixels != 0) {
			bar.setSelection(bar.getSelection() + pixels);
		}
	}

	private void nameClicked(AccountabilityItem item) {
		moveCursor(item, cursorParty());
		cursor.setFocus();
	}

	/** The cursor's cell on the screen, for placing the picker beside it. */
	Rectangle cursorBoundsOnDisplay() {
		Rectangle bounds = cursor.getBounds();
		return cursor.getDisplay().map(cursor.getParent(), null, bounds);
	}

	private void cursorMoved() {
		AccountabilityItem item = cursorItem();
		// the cursor shows where one is; a selected row would hide the red of a row with findings
		viewer.getTable().deselectAll();
		selection.setSelection(item == null ? StructuredSelection.EMPTY : new StructuredSelection(item));
		names.mark(item);
		header.redraw();
	}

	private record CellPosition(AccountabilityItem item, Party party, int row, int column) {
	}

	private CellPosition cursorPosition() {
		if (!cursorRowShown()) {
			return null;
		}
		return new CellPosition(cursorItem(), cursorParty(), viewer.getTable().indexOf(cursor.getRow()), cursor.getColumn());
	}

	/** After a refresh: the same item and party if still shown, else the same place, so typing goes on. */
	private void restoreCursor(CellPosition kept) {
		Table table = viewer.getTable();
		if (table.getItemCount() == 0 || table.getColumnCount() == 0) {
			return;
		}
		int row = kept == null ? -1 : shownItems().indexOf(kept.item());
		int column = kept == null ? FIRST_CELL_COLUMN
				: kept.party() == null ? kept.column() : FIRST_CELL_COLUMN + parties.indexOf(kept.party());
		if (row < 0) {
			row = kept == null ? 0 : Math.min(kept.row(), table.getItemCount() - 1);
		}
		if (column < FIRST_CELL_COLUMN || column >= table.getColumnCount()) {
			column = kept == null ? FIRST_CELL_COLUMN : Math.min(kept.column(), table.getColumnCount() - 1);
		}
		cursor.setSelection(Math.max(0, row), Math.max(FIRST_CELL_COLUMN, column));
	}
}
