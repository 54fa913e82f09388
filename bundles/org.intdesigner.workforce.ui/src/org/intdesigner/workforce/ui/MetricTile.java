package org.intdesigner.workforce.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.intdesigner.workforce.metrics.MetricRow;
import org.intdesigner.workforce.metrics.Rag;

/**
 * One metric at a glance: its name, its value (or the suppression mark), its target, and a band
 * in red, amber or green. The RAG status is also written out, so it does not rest on colour alone.
 */
public final class MetricTile {

	private final Composite tile;
	private final Label name;
	private final Label value;
	private final Label detail;
	/** Painted, not given a background: the workbench's CSS styling resets a label's background when the view is shown again. */
	private final Canvas band;
	private final Font big;
	private Rag rag = Rag.NONE;

	public MetricTile(Composite parent) {
		tile = new Composite(parent, SWT.BORDER);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 8;
		layout.marginHeight = 3;
		layout.verticalSpacing = 2;
		tile.setLayout(layout);
		band = new Canvas(tile, SWT.NONE);
		GridData bandData = new GridData(SWT.FILL, SWT.TOP, true, false);
		bandData.heightHint = 6;
		band.setLayoutData(bandData);
		band.addPaintListener(e -> {
			e.gc.setBackground(band.getDisplay().getSystemColor(colourOf(rag)));
			e.gc.fillRectangle(band.getClientArea());
		});
		name = new Label(tile, SWT.WRAP);
		name.setLayoutData(wrapping());
		value = new Label(tile, SWT.NONE);
		FontData[] data = value.getFont().getFontData();
		for (FontData d : data) {
			d.setHeight(d.getHeight() * 9 / 5); // twelve tiles in two rows leave the chart its room
			d.setStyle(SWT.BOLD);
		}
		big = new Font(tile.getDisplay(), data);
		value.setFont(big);
		detail = new Label(tile, SWT.WRAP);
		detail.setLayoutData(wrapping());
		tile.addDisposeListener(e -> big.dispose());
	}

	/**
	 * Fills the tile's width and wraps there: a narrow tile shows a long name on two lines, not cut
	 * (GridLayout measures wrapping labels again at the width they get).
	 */
	private static GridData wrapping() {
		return new GridData(SWT.FILL, SWT.TOP, true, false);
	}

	public Composite getControl() {
		return tile;
	}

	/** Shows a metric's overall row, e.g. "Turnover (headcount)", "12.4 %", "target <= 10, RED". */
	public void show(String label, String unit, MetricRow row, String target) {
		name.setText(label);
		boolean number = row != null && !row.suppressed() && !Double.isNaN(row.value());
		value.setText(row == null ? "no data" : row.shownValue(unit) + (number && "%".equals(unit) ? " %" : ""));
		rag = row == null ? Rag.NONE : row.rag();
		detail.setText((target == null ? "" : "target " + target) + (rag == Rag.NONE ? "" : (target == null ? "" : ", ") + rag.name()));
		band.redraw();
		tile.layout(true);
	}

	/** A tile with no figure and why, e.g. "not kept by team". */
	public void showNote(String label, String note) {
		name.setText(label);
		value.setText("-");
		rag = Rag.NONE;
		detail.setText(note);
		band.redraw();
		tile.layout(true);
	}

	private static int colourOf(Rag rag) {
		return switch (rag) {
		case GREEN -> SWT.COLOR_DARK_GREEN;
		case AMBER -> SWT.COLOR_DARK_YELLOW;
		case RED -> SWT.COLOR_RED;
		case NONE -> SWT.COLOR_WIDGET_NORMAL_SHADOW;
		};
	}

	public Rag getRag() {
		return rag;
	}

	public String getValueText() {
		return value.getText();
	}
}
