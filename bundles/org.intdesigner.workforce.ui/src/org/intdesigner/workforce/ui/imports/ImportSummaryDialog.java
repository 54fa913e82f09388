package org.intdesigner.workforce.ui.imports;

import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.intdesigner.workforce.imports.ImportProblem;
import org.intdesigner.workforce.imports.ImportSummary;

/**
 * What an import did: the outcome (an error when nothing was imported because of a problem), the
 * rows read, imported and rejected, the problems by file, row and column in a table, and the
 * importer's notes. "Copy Summary" copies the same text the command line prints.
 */
final class ImportSummaryDialog extends TitleAreaDialog {

	static final String TITLE = "Workforce Import Summary";
	private static final int COPY_ID = IDialogConstants.CLIENT_ID + 1;

	private final ImportSummary summary;

	ImportSummaryDialog(Shell parent, ImportSummary summary) {
		super(parent);
		this.summary = summary;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		String file = summary.file();
		switch (summary.outcome()) {
		case IMPORTED -> {
			setTitle("Imported " + file);
			setMessage("Every row is in the workforce store; the dashboard shows it.");
		}
		case REJECTED -> {
			setTitle("Rejected: nothing imported from " + file);
			setMessage("Correct the rows listed below and import the file again.", IMessageProvider.ERROR);
		}
		case CANCELLED -> {
			setTitle("Cancelled: nothing imported from " + file);
			setMessage("The import was stopped before it finished; the store is as it was.", IMessageProvider.WARNING);
		}
		case FAILED -> {
			setTitle("Failed: nothing imported from " + file);
			setMessage("The workforce store failed during the import (see the notes); the store is as it was.",
					IMessageProvider.ERROR);
		}
		}
		Composite body = new Composite(area, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		line(body, String.format(Locale.ROOT, "Rows read %,d, imported %,d, rejected %,d (%.1f s).", summary.rowsRead(),
				summary.rowsImported(), summary.rowsRejected(), summary.took().toMillis() / 1000.0));
		if (!summary.partners().isEmpty()) {
			StringBuilder partners = new StringBuilder("Partners: ");
			summary.partners().forEach((code, rows) -> partners.append(code).append(" (").append(rows).append(rows == 1 ? " row), " : " rows), "));
			line(body, partners.substring(0, partners.length() - 2) + ".");
		}
		if (summary.pseudonymised() > 0) {
			line(body, String.format(Locale.ROOT, "%,d person ids looked like real identifiers (NHS or National Insurance"
					+ " numbers, e-mail addresses) and were stored as salted SHA-256 pseudonyms.", summary.pseudonymised()));
		}
		if (!summary.problems().isEmpty()) {
			problems(body);
		}
		for (String note : summary.notes()) {
			line(body, "Note: " + note);
		}
		return area;
	}

	private void problems(Composite body) {
		long count = summary.problemCount();
		line(body, String.format(Locale.ROOT, "%,d problem%s:", count, count == 1 ? "" : "s"));
		Table table = new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = Math.min(10, summary.problems().size() + 1) * table.getItemHeight() + 8;
		data.widthHint = 640;
		table.setLayoutData(data);
		column(table, "File", 130);
		column(table, "Row", 50);
		column(table, "Column", 100);
		column(table, "Problem", 360);
		for (ImportProblem problem : summary.problems()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { problem.file(), problem.row() > 0 ? String.valueOf(problem.row()) : "",
					problem.column() == null ? "" : problem.column(), problem.message() });
		}
		long rest = count - summary.problems().size();
		if (rest > 0) {
			line(body, String.format(Locale.ROOT, "... and %,d more problem%s not listed.", rest, rest == 1 ? "" : "s"));
		}
	}

	private static void column(Table table, String header, int width) {
		TableColumn column = new TableColumn(table, SWT.NONE);
		column.setText(header);
		column.setWidth(width);
	}

	private static void line(Composite body, String text) {
		Label label = new Label(body, SWT.WRAP);
		label.setText(text);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 640;
		label.setLayoutData(data);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, COPY_ID, "&Copy Summary", false);
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == COPY_ID) {
			Clipboard clipboard = new Clipboard(getShell().getDisplay());
			try {
				clipboard.setContents(new Object[] { summary.toText() }, new Transfer[] { TextTransfer.getInstance() });
			} finally {
				clipboard.dispose();
			}
			return;
		}
		super.buttonPressed(buttonId);
	}
}
