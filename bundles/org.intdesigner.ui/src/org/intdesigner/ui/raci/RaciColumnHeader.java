package org.intdesigner.ui.raci;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * The matrix's column header with the party names written upwards, so a column need only be as
 * wide as the codes in it: a place has a hundred parties and more, and level headers would make
 * each column as wide as a team's name. Follows the table's horizontal scrolling, marks the column
 * under the cell cursor, and names the party and its kind in a tooltip.
 */
final class RaciColumnHeader {

	private static final int MAX_HEIGHT = 150;
	private static final int PADDING = 6;

	/** Where the header's columns are: the frozen item names, then the scrolled cells. */
	interface Columns {
		int count();

		int left(int index);

		int width(int index);

		/** The width on the left that does not scroll; scrolled columns are not drawn over it. */
		int frozenWidth();

		/** The column to mark (the cell cursor's), or -1. */
		int marked();
	}

	private final Canvas canvas;
	private final Columns columns;
	private List<String> names = List.of();
	private List<String> tooltips = List.of();

	RaciColumnHeader(Composite parent, Columns columns) {
		this.columns = columns;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addListener(SWT.MouseMove, this::hover);
	}

	Canvas getControl() {
		return canvas;
	}

	/** The header texts of every table column, and their tooltips; sizes the header to the longest name. */
	void setColumns(List<String> headerNames, List<String> headerTooltips) {
		names = List.copyOf(headerNames);
		tooltips = List.copyOf(headerTooltips);
		GC gc = new GC(canvas);
		int longest = 0;
		try {
			for (String name : names) {
				longest = Math.max(longest, gc.textExtent(name).x);
			}
		} finally {
			gc.dispose();
		}
		((GridData) canvas.getLayoutData()).heightHint = Math.min(MAX_HEIGHT, longest + 2 * PADDING);
		canvas.getParent().layout(true);
		canvas.redraw();
	}

	private void paint(Event event) {
		GC gc = event.gc;
		Point size = canvas.getSize();
		Color line = canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW);
		Color mark = canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION);
		int lineHeight = gc.getFontMetrics().getHeight();
		int frozen = columns.frozenWidth();
		for (int i = 0; i < columns.count() && i < names.size(); i++) {
			int x = columns.left(i);
			int width = columns.width(i);
			if (x + width < 0 || x > size.x) {
				continue;
			}
			// scrolled columns pass under the frozen one
			gc.setClipping(i == 0 ? 0 : frozen, 0, size.x, size.y);
			if (i == columns.marked()) {
				gc.setBackground(mark);
				gc.setAlpha(60);
				gc.fillRectangle(x, 0, width, size.y);
				gc.setAlpha(255);
			}
			gc.setForeground(line);
			gc.drawLine(x + width - 1, 0, x + width - 1, size.y);
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
			String name = names.get(i);
			if (width > size.y) {
				// the wide columns (the item and its findings) keep a level caption at the bottom
				gc.drawText(TextFit.fit(gc, name, width - 2 * PADDING), x + PADDING, size.y - lineHeight - PADDING / 2, true);
			} else {
				Transform upwards = new Transform(canvas.getDisplay());
				try {
					upwards.translate(x + (width - lineHeight) / 2f, size.y - PADDING);
					upwards.rotate(-90);
					gc.setTransform(upwards);
					gc.drawText(TextFit.fit(gc, name, size.y - 2 * PADDING), 0, 0, true);
				} finally {
					gc.setTransform(null);
					upwards.dispose();
				}
			}
		}
		gc.setClipping((org.eclipse.swt.graphics.Rectangle) null);
		gc.setForeground(line);
		gc.drawLine(0, size.y - 1, size.x, size.y - 1);
	}

	private void hover(Event event) {
		String tip = null;
		for (int i = 0; i < columns.count() && i < tooltips.size(); i++) {
			int x = columns.left(i);
			if ((i == 0 || event.x >= columns.frozenWidth()) && event.x >= x && event.x < x + columns.width(i)) {
				tip = tooltips.get(i);
				break;
			}
		}
		if (!java.util.Objects.equals(tip, canvas.getToolTipText())) {
			canvas.setToolTipText(tip);
		}
	}

	void redraw() {
		canvas.redraw();
	}
}
