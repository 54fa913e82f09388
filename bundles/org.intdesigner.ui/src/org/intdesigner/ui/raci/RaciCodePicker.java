package org.intdesigner.ui.raci;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.intdesigner.model.RaciCode;
import org.intdesigner.model.csv.raci.RaciKey;

/**
 * The codes of one cell, chosen from the keyboard: each code is a check box; typing its letter
 * toggles it, Enter keeps the choice, Escape leaves the cell as it was, Delete clears the boxes.
 * Opens beside the cell it edits.
 */
final class RaciCodePicker extends Dialog {

	static final String TITLE = "RACI Codes";

	private final String cellName;
	private final Rectangle cell;
	private final Set<RaciCode> codes;
	private final Map<RaciCode, Button> boxes = new EnumMap<>(RaciCode.class);
	private final Listener letters = this::letters;

	/** {@code cell}: the edited cell's bounds on the display, or null to centre on the parent. */
	RaciCodePicker(Shell parent, String cellName, Rectangle cell, Set<RaciCode> current) {
		super(parent);
		this.cellName = cellName;
		this.cell = cell;
		this.codes = current.isEmpty() ? EnumSet.noneOf(RaciCode.class) : EnumSet.copyOf(current);
	}

	/** The chosen codes once closed with OK. */
	Set<RaciCode> getCodes() {
		return codes;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		((GridLayout) area.getLayout()).numColumns = 1;
		Label title = new Label(area, SWT.WRAP);
		title.setText(cellName + "\nType a letter to toggle its code.");
		title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		for (RaciCode code : RaciCode.values()) {
			Button box = new Button(area, SWT.CHECK);
			box.setText("&" + RaciKey.meaning(code));
			box.setSelection(codes.contains(code));
			box.addListener(SWT.Selection, e -> setCode(code, box.getSelection()));
			boxes.put(code, box);
		}
		// letters toggle wherever the focus is in the picker (GTK wants Alt for mnemonics in a dialog)
		area.getDisplay().addFilter(SWT.KeyDown, letters);
		area.addDisposeListener(e -> e.display.removeFilter(SWT.KeyDown, letters));
		return area;
	}

	private void letters(Event event) {
		if (getShell() == null || getShell().isDisposed() || event.display.getActiveShell() != getShell()
				|| (event.stateMask & (SWT.MOD1 | SWT.ALT)) != 0) {
			return;
		}
		if (event.keyCode == SWT.DEL || event.keyCode == SWT.BS) {
			RaciCode.VALUES.forEach(code -> setCode(code, false));
			event.doit = false;
			return;
		}
		RaciCode code = RaciCellKeys.codeOf(event.character);
		if (code != null) {
			setCode(code, !codes.contains(code));
			event.doit = false;
		}
	}

	private void setCode(RaciCode code, boolean on) {
		if (on) {
			codes.add(code);
		} else {
			codes.remove(code);
		}
		Button box = boxes.get(code);
		if (box != null && box.getSelection() != on) {
			box.setSelection(on);
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected Point getInitialLocation(Point size) {
		if (cell == null) {
			return super.getInitialLocation(size);
		}
		Rectangle screen = getShell().getDisplay().getClientArea();
		int x = Math.min(cell.x + cell.width, screen.x + screen.width - size.x);
		int y = Math.min(cell.y, screen.y + screen.height - size.y);
		return new Point(Math.max(screen.x, x), Math.max(screen.y, y));
	}
}
