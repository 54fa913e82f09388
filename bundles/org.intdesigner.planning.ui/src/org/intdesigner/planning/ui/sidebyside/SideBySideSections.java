package org.intdesigner.planning.ui.sidebyside;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.ExpandBar;
import org.eclipse.swt.widgets.ExpandItem;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.intdesigner.planning.scenarios.SideBySide;
import org.intdesigner.planning.scenarios.SideBySideNumbers;

/**
 * The figures as one collapsible section per table: the rows' label and measure, each model's value, and after each
 * later model its difference from the first, more in green and less in red; numbers right-aligned. Sections keep
 * whether they were collapsed when the figures are shown again.
 */
final class SideBySideSections {

	static final String DIFFERENCE = "\u0394 ";

	private final ExpandBar bar;
	private final Color more;
	private final Color less;
	private final Map<String, Boolean> expanded = new HashMap<>();
	private final Map<String, Table> tables = new HashMap<>();
	private final Map<Table, Label> notesOf = new HashMap<>();

	SideBySideSections(ExpandBar bar) {
		this.bar = bar;
		this.more = new Color(bar.getDisplay(), 0, 120, 0);
		this.less = new Color(bar.getDisplay(), 190, 0, 0);
	}

	/** The table of the section titled {@code title}, or null (tests read its cells). */
	Table table(String title) {
		return tables.get(title);
	}

	void show(SideBySide figures, boolean changedOnly) {
		for (ExpandItem item : bar.getItems()) {
			expanded.put(item.getText(), item.getExpanded());
			item.getControl().dispose();
			item.dispose();
		}
		tables.clear();
		notesOf.clear();
		for (SideBySide.Section section : figures.sections()) {
			Composite body = new Composite(bar, SWT.NONE);
			GridLayout layout = new GridLayout(1, false);
			layout.marginHeight = 4;
			body.setLayout(layout);
			Table table = table(body, figures.models(), section, changedOnly);
			tables.put(section.title(), table);
			if (!section.notes().isEmpty()) {
				Label notes = new Label(body, SWT.WRAP);
				notes.setText(String.join("\n", section.notes()));
				notes.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
				notesOf.put(table, notes);
			}
			ExpandItem item = new ExpandItem(bar, SWT.NONE);
			item.setText(section.title());
			item.setControl(body);
			item.setExpanded(expanded.getOrDefault(section.title(), true));
		}
		alignColumns();
		// notes wrap at the width of their table (at least 500 pixels), so the section is as tall as they are
		notesOf.forEach((table, notes) -> ((GridData) notes.getLayoutData()).widthHint = Math.max(500,
				table.computeSize(SWT.DEFAULT, SWT.DEFAULT).x));
		for (ExpandItem item : bar.getItems()) {
			item.setHeight(item.getControl().computeSize(SWT.DEFAULT, SWT.DEFAULT).y);
		}
	}

	/** Every section's columns as wide as the widest of their kind, so the models' columns line up down the view. */
	private void alignColumns() {
		int count = tables.values().stream().mapToInt(Table::getColumnCount).max().orElse(0);
		for (int i = 0; i < count; i++) {
			int column = i;
			int width = tables.values().stream().filter(table -> table.getColumnCount() > column)
					.mapToInt(table -> table.getColumn(column).getWidth()).max().orElse(0);
			tables.values().stream().filter(table -> table.getColumnCount() > column)
					.forEach(table -> table.getColumn(column).setWidth(width));
		}
	}

	private Table table(Composite parent, List<String> models, SideBySide.Section section, boolean changedOnly) {
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.NO_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		column(table, section.rowHeading(), SWT.LEFT);
		column(table, "Figure", SWT.LEFT);
		for (int i = 0; i < models.size(); i++) {
			column(table, models.get(i), SWT.RIGHT);
			if (i > 0) {
				column(table, DIFFERENCE + models.get(i), SWT.RIGHT).setToolTipText(models.get(i) + " minus " + models.get(0));
			}
		}
		String previous = null;
		for (SideBySide.Row row : section.rows()) {
			if (changedOnly && !changed(row, models.size())) {
				continue;
			}
			TableItem item = new TableItem(table, SWT.NONE);
			// a label's further figures read as its group: the label is written once
			item.setText(0, row.label().equals(previous) ? "" : row.label());
			previous = row.label();
			item.setText(1, row.measure());
			int cell = 2;
			for (int i = 0; i < models.size(); i++) {
				item.setText(cell++, SideBySideNumbers.value(row.unit(), row.value(i)));
				if (i > 0) {
					double difference = row.difference(i);
					item.setText(cell, SideBySideNumbers.difference(row.unit(), difference));
					int direction = SideBySideNumbers.direction(row.unit(), difference);
					if (direction != 0) {
						item.setForeground(cell, direction > 0 ? more : less);
					}
					cell++;
				}
			}
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
			column.setWidth(Math.max(column.getWidth() + 12, column.getAlignment() == SWT.RIGHT ? 90 : 60));
		}
		if (table.getItemCount() == 0) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(0, changedOnly && !section.rows().isEmpty() ? "No differences" : "Nothing to compare");
		}
		return table;
	}

	/** Does any later model differ from the first in {@code row}, as the difference is written? */
	static boolean changed(SideBySide.Row row, int models) {
		for (int i = 1; i < models; i++) {
			double difference = row.difference(i);
			if (SideBySideNumbers.direction(row.unit(), difference) != 0
					|| Double.isNaN(difference) && Double.isNaN(row.value(0)) != Double.isNaN(row.value(i))) {
				return true;
			}
		}
		return false;
	}

	private static TableColumn column(Table table, String heading, int alignment) {
		TableColumn column = new TableColumn(table, alignment);
		column.setText(heading);
		return column;
	}

	/** The controls of the sections, for tests and key handling. */
	List<Control> bodies() {
		return List.of(bar.getItems()).stream().map(ExpandItem::getControl).toList();
	}
}
