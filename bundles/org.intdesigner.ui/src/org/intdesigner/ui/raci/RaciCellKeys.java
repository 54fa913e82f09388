package org.intdesigner.ui.raci;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyAdapter;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.events.MouseAdapter;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.widgets.Event;
import org.intdesigner.model.RaciCode;

/**
 * What keys do to the cell under the matrix's cursor: a code's letter toggles that code, Delete
 * or Backspace clears the cell, Enter, F2, Space or a double-click open the picker. The arrow
 * keys, Home, End, Page Up and Page Down move the cursor (the table cursor's own keys).
 */
final class RaciCellKeys {

	/** What the keys ask of the editor. */
	interface Cells {
		void toggle(RaciCode code);

		void clear();

		void pick();
	}

	private RaciCellKeys() {
	}

	static void install(RaciTable table, Cells cells) {
		table.getCursor().addKeyListener(new KeyAdapter() {
			@Override
			public void keyPressed(KeyEvent e) {
				if ((e.stateMask & (SWT.MOD1 | SWT.ALT)) != 0) {
					return; // shortcuts such as Ctrl+Z belong to the workbench
				}
				RaciCode code = codeOf(e.character);
				if (code != null) {
					cells.toggle(code);
					e.doit = false;
				} else if (e.keyCode == SWT.DEL || e.keyCode == SWT.BS) {
					cells.clear();
					e.doit = false;
				} else if (e.keyCode == SWT.F2 || e.character == ' ') {
					cells.pick();
					e.doit = false;
				}
			}
		});
		// Enter is the cursor's default selection
		table.getCursor().addListener(SWT.DefaultSelection, (Event e) -> cells.pick());
		table.getCursor().addMouseListener(new MouseAdapter() {
			@Override
			public void mouseDoubleClick(MouseEvent e) {
				cells.pick();
			}
		});
	}

	/** The code a typed character stands for (either case), or null. */
	static RaciCode codeOf(char character) {
		return switch (Character.toUpperCase(character)) {
		case 'R' -> RaciCode.R;
		case 'A' -> RaciCode.A;
		case 'S' -> RaciCode.S;
		case 'C' -> RaciCode.C;
		case 'I' -> RaciCode.I;
		default -> null;
		};
	}
}
