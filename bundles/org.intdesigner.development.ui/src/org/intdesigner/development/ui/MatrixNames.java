package org.intdesigner.development.ui;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.intdesigner.development.StaffMember;

/**
 * The people's names left of the cells, drawn on the very lines the cells table puts its rows (read from the table
 * after every paint and scroll), so they stay in view while the capabilities scroll sideways: a neighbourhood's
 * teams require twenty capabilities and more, and a row without its name is a row nobody can read. A click on the
 * title sorts by name; the wheel over the names scrolls the rows.
 */
final class MatrixNames {

	static final int WIDTH = 280;
	private static final int PADDING = 5;

	private final Canvas canvas;
	private final Table cells;
	private final Function<Integer, StaffMember> row;
	private final Predicate<StaffMember> flagged;
	private String title = "";

	MatrixNames(Composite body, Table cells, Function<Integer, StaffMember> row, Predicate<StaffMember> flagged,
			Runnable titleClicked) {
		this.cells = cells;
		this.row = row;
		this.flagged = flagged;
		canvas = new Canvas(body, SWT.DOUBLE_BUFFERED);
		GridData data = new GridData(SWT.LEFT, SWT.FILL, false, true);
		data.widthHint = WIDTH;
		canvas.setLayoutData(data);
		canvas.setFont(cells.getFont());
		canvas.addListener(SWT.Paint, this::paint);
		cells.addListener(SWT.Paint, e -> canvas.redraw());
		cells.getVerticalBar().addListener(SWT.Selection, e -> canvas.redraw());
		canvas.addListener(SWT.MouseDown, e -> {
			if (e.y < cells.getHeaderHeight()) {
				titleClicked.run();
			}
		});
		canvas.addListener(SWT.MouseMove, e -> {
			StaffMember member = memberAt(e.y);
			String tip = member == null ? null
					: member.label() + (member.teams().isEmpty() ? "" : "\nteams " + String.join(", ", member.teams()));
			if (!java.util.Objects.equals(tip, canvas.getToolTipText())) {
				canvas.setToolTipText(tip);
			}
		});
		canvas.addListener(SWT.MouseVerticalWheel, e -> {
			// the wheel over the names scrolls the cells, which the names follow
			cells.setTopIndex(Math.max(0, Math.min(cells.getItemCount() - 1, cells.getTopIndex() - e.count)));
			canvas.redraw();
		});
	}

	Canvas getControl() {
		return canvas;
	}

	void setTitle(String text) {
		title = text;
		canvas.redraw();
	}

	private void paint(Event event) {
		GC gc = event.gc;
		Rectangle area = canvas.getClientArea();
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.fillRectangle(area);
		int header = cells.getHeaderHeight();
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
		gc.drawLine(area.width - 1, 0, area.width - 1, area.height);
		gc.drawLine(0, header - 1, area.width, header - 1);
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
		Point titleSize = gc.textExtent(title);
		gc.drawText(title, PADDING, Math.max(0, header - titleSize.y - PADDING), true);
		gc.setClipping(0, header, area.width, area.height - header);
		for (int index = cells.getTopIndex(); index < cells.getItemCount(); index++) {
			Rectangle bounds = cells.getItem(index).getBounds(0);
			int y = canvas.getDisplay().map(cells, canvas, 0, bounds.y).y;
			if (y > area.height) {
				break;
			}
			StaffMember member = row.apply(index);
			if (member == null) {
				continue;
			}
			if (flagged.test(member)) {
				gc.setBackground(LevelColours.GAP_ROW);
				gc.fillRectangle(0, y, area.width - 1, bounds.height);
			}
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
			gc.drawLine(0, y + bounds.height - 1, area.width - 1, y + bounds.height - 1);
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
			String name = fit(gc, member.label(), area.width - 2 * PADDING);
			gc.drawText(name, PADDING, y + (bounds.height - gc.textExtent(name).y) / 2, true);
		}
		gc.setClipping((Rectangle) null);
	}

	private static String fit(GC gc, String text, int width) {
		if (gc.textExtent(text).x <= width) {
			return text;
		}
		String cut = text;
		while (cut.length() > 1 && gc.textExtent(cut + "...").x > width) {
			cut = cut.substring(0, cut.length() - 1);
		}
		return cut + "...";
	}

	private StaffMember memberAt(int y) {
		for (int index = cells.getTopIndex(); index < cells.getItemCount(); index++) {
			Rectangle bounds = cells.getItem(index).getBounds(0);
			int top = canvas.getDisplay().map(cells, canvas, 0, bounds.y).y;
			if (y >= top && y < top + bounds.height) {
				return row.apply(index);
			}
			if (top > y) {
				return null;
			}
		}
		return null;
	}

	/** Unused rows of a list are null. */
	static <T> T at(List<T> list, int index) {
		return index >= 0 && index < list.size() ? list.get(index) : null;
	}
}
