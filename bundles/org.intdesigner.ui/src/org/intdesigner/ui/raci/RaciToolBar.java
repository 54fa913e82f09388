package org.intdesigner.ui.raci;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/** The matrix's own tool bar: add a party column or an item, show only rows with findings, files in and out. */
final class RaciToolBar {

	static final String ADD_PARTY = "Add Party...";
	static final String NEW_ITEM = "New Item...";
	static final String VIOLATIONS_ONLY = "Rows with Findings Only";
	static final String IMPORT_CSV = "Import CSV...";
	static final String EXPORT_CSV = "Export CSV...";
	static final String EXPORT_EXCEL = "Export Excel...";

	private final ToolBar bar;

	RaciToolBar(org.eclipse.swt.widgets.Composite parent, RaciMatrixEditor editor) {
		bar = new ToolBar(parent, SWT.FLAT | SWT.RIGHT | SWT.WRAP);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		push(ADD_PARTY, "Show a column for a team, post, role or organisation that holds no code yet", editor::addPartyColumn);
		push(NEW_ITEM, "Add an accountability item (a care function, decision, outcome or risk)", editor::newItem);
		new ToolItem(bar, SWT.SEPARATOR);
		ToolItem violations = new ToolItem(bar, SWT.CHECK);
		violations.setText(VIOLATIONS_ONLY);
		violations.setToolTipText("Hide the rows without validation findings");
		violations.addListener(SWT.Selection, e -> editor.setViolationsOnly(violations.getSelection()));
		new ToolItem(bar, SWT.SEPARATOR);
		push(IMPORT_CSV, "Set the matrix from a CSV file exported earlier and edited in a spreadsheet (one undoable change)",
				editor::importCsv);
		push(EXPORT_CSV, "Write the matrix as CSV, with a row of ids so it can be imported again", editor::exportCsv);
		push(EXPORT_EXCEL, "Write the matrix as an Excel workbook with rows in violation filled red and a key",
				editor::exportExcel);
	}

	private void push(String text, String tooltip, Runnable run) {
		ToolItem item = new ToolItem(bar, SWT.PUSH);
		item.setText(text);
		item.setToolTipText(tooltip);
		item.addListener(SWT.Selection, e -> run.run());
	}

	/** Nothing depends on the model state yet; kept so the editor can refresh the bar with the table. */
	void update() {
		bar.layout();
	}

	ToolBar getControl() {
		return bar;
	}
}
