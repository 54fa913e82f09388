package org.intdesigner.planning.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.intdesigner.planning.Plan;
import org.intdesigner.planning.WisnRatioBand;

/**
 * The WISN ratio now of each role (rows) in each unit of its studies (columns: the neighbourhoods), coloured from
 * red (far under-staffed) through amber to green (staffed for the workload) and blue (more than the workload
 * needs); the figure is in each cell and a hover says what it means.
 */
public final class GapHeatMap {

	private static final int ROW_HEIGHT = 24;
	private static final int CELL_WIDTH = 110;
	private static final int LABEL_WIDTH = 210;

	private final Canvas canvas;
	private final List<String> roles = new ArrayList<>();
	private final List<String> units = new ArrayList<>();
	private final Map<List<String>, Plan.NeedRow> cells = new LinkedHashMap<>();

	public GapHeatMap(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.addPaintListener(e -> paint(e.gc));
		canvas.addListener(SWT.MouseHover, e -> canvas.setToolTipText(tooltip(e.x, e.y)));
		canvas.addListener(SWT.MouseMove, e -> canvas.setToolTipText(tooltip(e.x, e.y)));
	}

	public Canvas getControl() {
		return canvas;
	}

	/** Shows the ratios of the need rows of year 0. */
	public void show(List<Plan.NeedRow> need) {
		roles.clear();
		units.clear();
		cells.clear();
		for (Plan.NeedRow row : need) {
			if (row.year() != 0) {
				continue;
			}
			String role = PlanLabels.name(row.role());
			String unit = PlanLabels.name(row.unit());
			if (!roles.contains(role)) {
				roles.add(role);
			}
			if (!units.contains(unit)) {
				units.add(unit);
			}
			cells.put(List.of(role, unit), row);
		}
		canvas.redraw();
	}

	/** The ratio shown in a cell, or NaN: for tests. */
	public double ratio(String role, String unit) {
		Plan.NeedRow row = cells.get(List.of(role, unit));
		return row == null ? Double.NaN : row.result().ratio();
	}

	public Point preferredSize() {
		return new Point(LABEL_WIDTH + CELL_WIDTH * Math.max(1, units.size()), ROW_HEIGHT * (roles.size() + 2));
	}

	private void paint(GC gc) {
		if (roles.isEmpty()) {
			gc.drawText("No WISN study has been computed: the heat map shows each role's WISN ratio in each unit.", 6, 6, true);
			return;
		}
		gc.setFont(canvas.getFont());
		for (int u = 0; u < units.size(); u++) {
			gc.drawText(clip(gc, units.get(u), CELL_WIDTH - 6), LABEL_WIDTH + u * CELL_WIDTH + 3, 4, true);
		}
		for (int r = 0; r < roles.size(); r++) {
			int y = ROW_HEIGHT * (r + 1);
			gc.drawText(clip(gc, roles.get(r), LABEL_WIDTH - 8), 4, y + 4, true);
			for (int u = 0; u < units.size(); u++) {
				Plan.NeedRow row = cells.get(List.of(roles.get(r), units.get(u)));
				int x = LABEL_WIDTH + u * CELL_WIDTH;
				if (row == null) {
					continue;
				}
				double ratio = row.result().ratio();
				Color fill = new Color(canvas.getDisplay(), colour(ratio));
				try {
					gc.setBackground(fill);
					gc.fillRectangle(x + 1, y + 1, CELL_WIDTH - 2, ROW_HEIGHT - 2);
				} finally {
					fill.dispose();
				}
				gc.setForeground(canvas.getDisplay().getSystemColor(ratio < 0.5 ? SWT.COLOR_WHITE : SWT.COLOR_BLACK));
				gc.drawText(Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.2f", ratio), x + 8, y + 4, true);
				gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
			}
		}
		int legend = ROW_HEIGHT * (roles.size() + 1) + 6;
		gc.drawText("WISN ratio now (staff / staff the workload needs): below 0.5 red, below 0.8 amber, 0.8-1.2 green,"
				+ " above 1.2 blue", 4, legend, true);
	}

	/** Red far under-staffed, amber under-staffed, green staffed for the workload, blue above; grey when there is no ratio. */
	static RGB colour(double ratio) {
		return switch (WisnRatioBand.of(ratio)) {
		case NONE -> new RGB(220, 220, 220);
		case FAR_UNDER -> new RGB(200, 40, 40);
		case UNDER -> new RGB(250, 180, 60);
		case STAFFED -> new RGB(120, 200, 110);
		case OVER -> new RGB(100, 160, 230);
		};
	}

	private String tooltip(int x, int y) {
		int r = y / ROW_HEIGHT - 1;
		int u = (x - LABEL_WIDTH) / CELL_WIDTH;
		if (r < 0 || r >= roles.size() || x < LABEL_WIDTH || u >= units.size()) {
			return null;
		}
		Plan.NeedRow row = cells.get(List.of(roles.get(r), units.get(u)));
		if (row == null) {
			return roles.get(r) + " has no WISN study in " + units.get(u);
		}
		return String.format(Locale.ROOT, "%s in %s: %.2f staff now for a workload needing %.2f (WISN ratio %.2f)",
				roles.get(r), units.get(u), row.result().currentStaff(), row.result().requiredStaff(), row.result().ratio());
	}

	private static String clip(GC gc, String text, int width) {
		if (gc.textExtent(text).x <= width) {
			return text;
		}
		String shorter = text;
		while (shorter.length() > 1 && gc.textExtent(shorter + "…").x > width) {
			shorter = shorter.substring(0, shorter.length() - 1);
		}
		return shorter + "…";
	}
}
