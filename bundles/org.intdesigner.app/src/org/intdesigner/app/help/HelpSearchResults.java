package org.intdesigner.app.help;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * The help sections a search found, in place of the contents while the search box holds words:
 * "Page > Section" per line, with itself and the words in context as its tooltip; selecting one
 * shows it.
 * When nothing matches, a single line says so (and cannot be opened).
 */
final class HelpSearchResults {

	private final TableViewer viewer;
	private String none = "";

	HelpSearchResults(Composite parent, Consumer<String> open) {
		viewer = new TableViewer(parent, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setWidth(600);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof HelpSearch.Hit hit ? hit.section().label() : none;
			}

			@Override
			public String getToolTipText(Object element) {
				// the pane is narrow: the tooltip gives the whole label, then the words in context
				return element instanceof HelpSearch.Hit hit ? hit.section().label() + "\n" + hit.excerpt() : null;
			}
		});
		ColumnViewerToolTipSupport.enableFor(viewer, ToolTip.NO_RECREATE);
		viewer.addSelectionChangedListener(event -> {
			if (event.getStructuredSelection().getFirstElement() instanceof HelpSearch.Hit hit) {
				open.accept(hit.section().href());
			}
		});
	}

	void show(String query, List<HelpSearch.Hit> hits) {
		none = "No help page holds \u201C" + query.trim() + "\u201D";
		viewer.setInput(hits.isEmpty() ? List.of(none) : hits);
		viewer.getTable().getColumn(0).pack();
	}

	/** Selects (and so shows) the best section found, if any. */
	void openFirst() {
		Object first = viewer.getElementAt(0);
		if (first instanceof HelpSearch.Hit) {
			viewer.setSelection(new StructuredSelection(first), true);
		}
	}

	Control getControl() {
		return viewer.getControl();
	}
}
