package org.intdesigner.diagram.ui.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * A notice above the diagram that does not stop the user (stale notation dropped, an expression
 * that failed): shown until closed, hidden when there is nothing to say.
 */
public final class InfoBar {

	private final Composite bar;
	private final Label text;

	/** A bar spanning {@code columns} columns of the parent's grid. */
	InfoBar(Composite parent, int columns) {
		bar = new Composite(parent, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, columns, 1));
		bar.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
		GridLayout layout = new GridLayout(2, false);
		layout.marginHeight = 4;
		bar.setLayout(layout);
		text = new Label(bar, SWT.WRAP);
		text.setBackground(bar.getBackground());
		text.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_INFO_FOREGROUND));
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button close = new Button(bar, SWT.PUSH | SWT.FLAT);
		close.setText("Close");
		close.setToolTipText("Hide this notice");
		close.addListener(SWT.Selection, e -> hide());
		setVisible(false);
	}

	public Control getControl() {
		return bar;
	}

	public boolean isShown() {
		return bar.getVisible();
	}

	public String getText() {
		return text.getText();
	}

	void show(String message) {
		text.setText(message);
		setVisible(true);
	}

	void hide() {
		setVisible(false);
	}

	private void setVisible(boolean visible) {
		bar.setVisible(visible);
		((GridData) bar.getLayoutData()).exclude = !visible;
		bar.getParent().layout(true, true);
	}
}
