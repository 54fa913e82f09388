package org.intdesigner.planning.ui.transition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.intdesigner.io.ExportTable;
import org.intdesigner.planning.transition.TransitionPlan;
import org.intdesigner.planning.transition.TransitionTables;

/**
 * The tables of a transition plan, one tab each, as the headless {@link TransitionTables} make them (the same as the
 * CSV files and the workbook): waves, changes, people, findings and the posts that cannot be costed. Columns follow
 * each table's header; money and numbers are shown whole.
 */
final class TransitionPlanTabs {

	private static final List<String> MONEY = List.of("cost change", "run rate");

	private final Composite parent;
	private final TabFolder tabs;
	private final List<TableViewer> viewers = new ArrayList<>();

	TransitionPlanTabs(Composite parent) {
		this.parent = parent;
		tabs = new TabFolder(parent, SWT.TOP);
	}

	TabFolder getControl() {
		return tabs;
	}

	void show(TransitionPlan plan) {
		List<ExportTable> tables = TransitionTables.of(plan);
		if (viewers.isEmpty()) {
			tables.forEach(this::create);
		}
		for (int i = 0; i < tables.size(); i++) {
			viewers.get(i).setInput(tables.get(i).rows());
			tabs.getItem(i).setText(tables.get(i).name() + " (" + tables.get(i).rows().size() + ")");
		}
	}

	void clear() {
		viewers.forEach(viewer -> viewer.setInput(List.of()));
	}

	/** The table of a tab: 0 waves, 1 changes, 2 people, 3 findings, 4 posts not costed. */
	TableViewer viewer(int tab) {
		return viewers.get(tab);
	}

	private void create(ExportTable table) {
		TabItem item = new TabItem(tabs, SWT.NONE);
		item.setText(table.name());
		TableViewer viewer = new TableViewer(tabs, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		for (int c = 0; c < table.header().size(); c++) {
			String title = table.header().get(c);
			int index = c;
			TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
			column.getColumn().setText(title);
			column.getColumn().setWidth(width(title));
			column.getColumn().setToolTipText(title);
			column.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					Object cell = ((List<?>) element).get(index);
					if (cell instanceof Number number) {
						return MONEY.contains(title) ? money(number.doubleValue(), title.endsWith("change"))
								: Long.toString(Math.round(number.doubleValue()));
					}
					return String.valueOf(cell);
				}
			});
		}
		item.setControl(viewer.getControl());
		viewers.add(viewer);
		parent.layout(true);
	}

	private static int width(String title) {
		if (MONEY.contains(title)) {
			return 110; // £11,108,166 whole
		}
		return switch (title) {
		case "detail", "message", "why no cost" -> 420;
		case "reason" -> 200; // the waves' figures stay on screen; the whole reason is in the export
		case "name", "post", "wave" -> 220;
		case "id", "post id" -> 120;
		case "date" -> 95;
		case "owner", "before", "after", "type" -> 150;
		default -> Math.min(105, Math.max(70, title.length() * 9)); // figures: a long title is cut, the number shows
		};
	}

	/** Pounds, the sign in front ("-£49,035"); a change also shows its plus ("+£245,291"). */
	static String money(double value, boolean change) {
		long pounds = Math.round(value);
		String sign = pounds < 0 ? "-" : change && pounds > 0 ? "+" : "";
		return sign + String.format(Locale.UK, "\u00a3%,d", Math.abs(pounds));
	}
}
