package org.intdesigner.reports.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.intdesigner.reports.Audience;
import org.intdesigner.reports.engine.SectionDescriptor;
import org.intdesigner.reports.engine.SectionRegistry;

/**
 * The sections installed, one checked row each with its description, in the report's order; a
 * template ticks its own sections, and the person may tick others or untick some.
 */
final class SectionChecklist {

	private final Table table;
	private final SectionRegistry registry;

	SectionChecklist(Composite parent, SectionRegistry registry, Runnable changed) {
		this.registry = registry;
		table = new Table(parent, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		TableColumn name = new TableColumn(table, SWT.NONE);
		name.setText("Section");
		TableColumn description = new TableColumn(table, SWT.NONE);
		description.setText("What it shows");
		for (SectionDescriptor section : registry.all()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { section.title(), section.description() });
			item.setData(section);
		}
		name.pack();
		name.setWidth(Math.max(name.getWidth() + 10, 160));
		description.setWidth(400);
		// the description takes the rest of the width; one too long for it shows whole as the row's tool tip
		table.addListener(SWT.Resize, event -> description.setWidth(Math.max(200, table.getClientArea().width - name.getWidth())));
		table.addListener(SWT.MouseHover, event -> {
			TableItem item = table.getItem(new Point(event.x, event.y));
			table.setToolTipText(item == null ? null : ((SectionDescriptor) item.getData()).description());
		});
		table.addListener(SWT.Selection, event -> {
			if (event.detail == SWT.CHECK) {
				changed.run();
			}
		});
	}

	Table control() {
		return table;
	}

	/** Ticks the template's sections and only those. */
	void checkTemplate(Audience audience) {
		List<SectionDescriptor> own = registry.of(audience);
		for (TableItem item : table.getItems()) {
			item.setChecked(own.contains(item.getData()));
		}
	}

	/** The ids of the sections ticked, in the report's order. */
	List<String> checkedIds() {
		List<String> ids = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			if (item.getChecked()) {
				ids.add(((SectionDescriptor) item.getData()).id());
			}
		}
		return ids;
	}

	boolean isEmpty() {
		return table.getItemCount() == 0;
	}
}
