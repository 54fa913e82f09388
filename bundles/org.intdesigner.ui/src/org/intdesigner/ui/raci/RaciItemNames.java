package org.intdesigner.ui.raci;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.csv.raci.RaciNames;

/**
 * The items' names left of the cells, drawn on the very lines the cells table puts its rows (read
 * from the table after every scroll), so they stay in view while the cells scroll sideways: a
 * place has a hundred parties and more, and a row without its name is a row nobody can edit with
 * confidence (spreadsheet users freeze it too). A click puts the cell cursor on that row.
 */
final class RaciItemNames {

	static final int WIDTH = 320;
	private static final int PADDING = 5;

	private final Canvas canvas;
	private final Table cells;
	private final Function<AccountabilityItem, Color> fill;
	private final Function<AccountabilityItem, String> tooltip;
	private AccountabilityItem marked;

	RaciItemNames(Composite body, Table cells, Function<AccountabilityItem, Color> fill,
			Function<AccountabilityItem, String> tooltip, Consumer<AccountabilityItem> clicked) {
		this.cells = cells;
		this.fill = fill;
		this.tooltip = tooltip;
		canvas = new Canvas(body, SWT.DOUBLE_BUFFERED);
		GridData data = new GridData(SWT.LEFT, SWT.FILL, false, true);
		data.widthHint = WIDTH;
		canvas.setLayoutData(data);
		canvas.setFont(cells.getFont());
		canvas.addListener(SWT.Paint, this::paint);
		cells.addListener(SWT.Paint, e -> canvas.redraw());
		cells.getVerticalBar().addListener(SWT.Selection, e -> canvas.redraw());
		canvas.addListener(SWT.MouseDown, e -> {
			AccountabilityItem item = rowAt(e.y);
			if (item != null) {
				clicked.accept(item);
			}
		});
		canvas.addListener(SWT.MouseMove, e -> {
			AccountabilityItem item = rowAt(e.y);
			String tip = item == null ? null : RaciNames.of(item) + "\n" + tooltip.apply(item);
			if (!java.util.Objects.equals(tip, canvas.getToolTipText())) {
				canvas.setToolTipText(tip);
			}
		});
		canvas.addListener(SWT.MouseVerticalWheel, e -> {
			// the wheel over the names scrolls the cells, which the names follow
			int top = Math.max(0, firstVisible() - e.count);
			if (top < cells.getItemCount()) {
				cells.showItem(cells.getItem(top));
			}
		});
	}

	/** Marks the row of the cell cursor. */
	void mark(AccountabilityItem item) {
		marked = item;
		canvas.redraw();
	}

	int width() {
		return canvas.getSize().x;
	}

	/** The item whose row is at {@code y} (the names' coordinates, which are the cells'), or null. */
	AccountabilityItem rowAt(int y) {
		int tableY = y - offset();
		for (int i = firstVisible(); i < cells.getItemCount(); i++) {
			Rectangle bounds = rowBounds(cells.getItem(i));
			if (tableY < bounds.y) {
				return null;
			}
			if (tableY < bounds.y + bounds.height) {
				return (AccountabilityItem) cells.getItem(i).getData();
			}
		}
		return null;
	}

	/** The cells' rows start below the table's border. */
	private int offset() {
		Point cellsOrigin = cells.getDisplay().map(cells, canvas, 0, 0);
		return cellsOrigin.y;
	}

	private static Rectangle rowBounds(TableItem row) {
		return row.getBounds();
	}

	/** The first row at least partly in view, found by halving (row tops grow with the index). */
	private int firstVisible() {
		int low = 0;
		int high = cells.getItemCount() - 1;
		while (low < high) {
			int middle = (low + high) >>> 1;
			Rectangle bounds = rowBounds(cells.getItem(middle));
			if (bounds.y + bounds.height <= 0) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return Math.max(0, low);
	}

	private void paint(Event event) {
		GC gc = event.gc;
		Point size = canvas.getSize();
		int offset = offset();
		Color line = canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW);
		Color selection = canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION);
		Color text = canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND);
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.fillRectangle(0, 0, size.x, size.y);
		int bottom = offset + cells.getClientArea().height;
		gc.setClipping(0, offset, size.x, Math.max(0, bottom - offset));
		int lineHeight = gc.getFontMetrics().getHeight();
		for (int i = firstVisible(); i < cells.getItemCount(); i++) {
			TableItem row = cells.getItem(i);
			Rectangle bounds = rowBounds(row);
			int y = bounds.y + offset;
			if (y > bottom) {
				break;
			}
			AccountabilityItem item = (AccountabilityItem) row.getData();
			Color background = fill.apply(item);
			if (background != null) {
				gc.setBackground(background);
				gc.fillRectangle(0, y, size.x, bounds.height);
			}
			if (item == marked) {
				// a bar and a frame, not a fill: the red of a row with findings stays visible
				gc.setBackground(selection);
				gc.fillRectangle(0, y, 4, bounds.height);
				gc.setForeground(selection);
				gc.drawRectangle(0, y, size.x - 2, bounds.height - 2);
			}
			gc.setForeground(text);
			gc.drawText(TextFit.fit(gc, RaciNames.of(item), size.x - 2 * PADDING - 4), PADDING + 4, y + (bounds.height - lineHeight) / 2, true);
			gc.setForeground(line);
			gc.drawLine(0, y + bounds.height - 1, size.x, y + bounds.height - 1);
		}
		gc.setClipping((Rectangle) null);
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
		gc.drawLine(size.x - 1, offset, size.x - 1, bottom);
	}

	void redraw() {
		canvas.redraw();
	}

	Canvas getControl() {
		return canvas;
	}

	/** For tests: every name drawn now, top to bottom. */
	List<AccountabilityItem> rowsInView() {
		List<AccountabilityItem> rows = new java.util.ArrayList<>();
		for (int i = firstVisible(); i < cells.getItemCount(); i++) {
			Rectangle bounds = rowBounds(cells.getItem(i));
			if (bounds.y > cells.getClientArea().height) {
				break;
			}
			rows.add((AccountabilityItem) cells.getItem(i).getData());
		}
		return rows;
	}
}
