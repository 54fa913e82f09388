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

	/**
	 * The header is as tall as the longest name needs, but takes at most this share of the
	 * editor's height (and never less than MIN_HEIGHT): the rows must stay in sight. A name cut
	 * to that room ends in an ellipsis and is read whole in its column's tooltip, or in the
	 * maximised editor, where the header has room for the long names of a real place.
	 */
	private static final double MAX_SHARE = 0.45;
	private static final int MIN_HEIGHT = 120;
	private static final int PADDING = 6;
	/** Columns at least this wide (the item's and the findings') have a level caption. */
	private static final int LEVEL_FROM_WIDTH = 100;

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
	/** The height that shows every name whole. */
	private int needed = MIN_HEIGHT;
	/** The lines each column's name is written in, made once per set of columns (breaking measures text). */
	private List<List<String>> lines = List.of();

	RaciColumnHeader(Composite parent, Columns columns) {
		this.columns = columns;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addListener(SWT.MouseMove, this::hover);
		parent.addListener(SWT.Resize, e -> fitHeight());
	}

	Canvas getControl() {
		return canvas;
	}

	/**
	 * The header texts of every table column, and their tooltips; sizes the header to the longest
	 * name written upwards (on two lines where that is shorter).
	 */
	void setColumns(List<String> headerNames, List<String> headerTooltips) {
		names = List.copyOf(headerNames);
		tooltips = List.copyOf(headerTooltips);
		GC gc = new GC(canvas);
		int longest = 0;
		List<List<String>> broken = new java.util.ArrayList<>();
		try {
			int lineHeight = gc.getFontMetrics().getHeight();
			for (int i = 0; i < names.size(); i++) {
				boolean twoFit = i < columns.count() && columns.width(i) >= 2 * lineHeight + 2;
				broken.add(upwards(i) ? HeaderLines.of(gc, names.get(i), twoFit ? 2 : 1) : List.of(names.get(i)));
				if (upwards(i)) {
					longest = Math.max(longest, HeaderLines.longest(gc, broken.get(i)));
				}
			}
		} finally {
			gc.dispose();
		}
		lines = broken;
		needed = longest + 2 * PADDING + 1;
		fitHeight();
		canvas.redraw();
	}

	/** The needed height, within the share of the editor the header may take. */
	private void fitHeight() {
		int room = Math.max(MIN_HEIGHT, (int) (canvas.getParent().getClientArea().height * MAX_SHARE));
		int height = Math.min(needed, room);
		GridData data = (GridData) canvas.getLayoutData();
		if (data.heightHint != height) {
			data.heightHint = height;
			canvas.getParent().layout(true);
		}
	}

	/** The narrow columns (the parties') are written upwards; the item and findings columns keep a level caption. */
	private boolean upwards(int index) {
		return index < columns.count() && columns.width(index) < LEVEL_FROM_WIDTH;
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
			if (!upwards(i)) {
				// the wide columns (the item and its findings) keep a level caption at the bottom
				gc.drawText(TextFit.fit(gc, name, width - 2 * PADDING), x + PADDING, size.y - lineHeight - PADDING / 2, true);
			} else {
				List<String> written = i < lines.size() ? lines.get(i) : List.of(name);
				Transform upwards = new Transform(canvas.getDisplay());
				try {
					upwards.translate(x + (width - written.size() * lineHeight) / 2f, size.y - PADDING);
					upwards.rotate(-90);
					gc.setTransform(upwards);
					for (int n = 0; n < written.size(); n++) {
						gc.drawText(TextFit.fit(gc, written.get(n), size.y - 2 * PADDING), 0, n * lineHeight, true);
					}
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

	/** The header texts (the tooltips' order) whose whole text does not fit the header's room; for tests. */
	List<String> cutNames() {
		List<String> cut = new java.util.ArrayList<>();
		GC gc = new GC(canvas);
		try {
			for (int i = 0; i < columns.count() && i < names.size(); i++) {
				int width = columns.width(i);
				int room = upwards(i) ? canvas.getSize().y - 2 * PADDING : width - 2 * PADDING;
				if (HeaderLines.longest(gc, i < lines.size() ? lines.get(i) : List.of(names.get(i))) > room) {
					cut.add(names.get(i));
				}
			}
		} finally {
			gc.dispose();
		}
		return cut;
	}

	/** The tooltip shown with the mouse at {@code x} (header coordinates). */
	String tooltipAt(int x) {
		Event move = new Event();
		move.x = x;
		move.y = canvas.getSize().y / 2;
		hover(move);
		return canvas.getToolTipText();
	}
}
