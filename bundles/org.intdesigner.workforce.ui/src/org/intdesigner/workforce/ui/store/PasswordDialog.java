package org.intdesigner.workforce.ui.store;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;

/**
 * "Workforce Server Password": asks for the password of a server whose password is not saved.
 * The typed characters are masked and handed over as a char array.
 */
final class PasswordDialog extends TitleAreaDialog {

	static final String TITLE = "Workforce Server Password";

	private final StoreChoice choice;
	private final String why;
	private Text password;
	private char[] typed;

	private PasswordDialog(Shell parent, StoreChoice choice, String why) {
		super(parent);
		this.choice = choice;
		this.why = why;
	}

	/** The prompt the workbench uses: the dialog on the UI thread, whichever thread asks. */
	static PasswordPrompt prompt() {
		return (choice, why) -> {
			Display display = PlatformUI.getWorkbench().getDisplay();
			AtomicReference<char[]> answer = new AtomicReference<>();
			display.syncExec(() -> {
				PasswordDialog dialog = new PasswordDialog(display.getActiveShell(), choice, why);
				if (dialog.open() == OK) {
					answer.set(dialog.typed);
				}
			});
			return answer.get();
		};
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Password of " + choice.user().trim() + " on " + choice.host().trim() + ":" + choice.port());
		setMessage(why);
		Composite fields = new Composite(area, SWT.NONE);
		fields.setLayout(new GridLayout(2, false));
		fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		new Label(fields, SWT.NONE).setText("&Password:");
		password = new Text(fields, SWT.BORDER | SWT.PASSWORD);
		password.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Label note = new Label(fields, SWT.WRAP);
		note.setText(choice.savePassword() ? "It will be saved, encrypted, in secure storage (as the preferences say)."
				: "It is kept in memory until INT Designer closes, never written to disk. To save it, tick \"Save password"
						+ " in secure storage\" in Window > Preferences > INT Designer > Workforce Store.");
		GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		wide.widthHint = 420;
		note.setLayoutData(wide);
		return area;
	}

	@Override
	protected void okPressed() {
		typed = password.getTextChars();
		super.okPressed();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Connect", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}
}
