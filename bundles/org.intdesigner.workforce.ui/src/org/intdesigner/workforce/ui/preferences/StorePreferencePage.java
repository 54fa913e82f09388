package org.intdesigner.workforce.ui.preferences;

import java.nio.file.Path;

import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.intdesigner.workforce.ui.store.ServerPasswords;
import org.intdesigner.workforce.ui.store.StoreChoice;
import org.intdesigner.workforce.ui.store.StorePreferences;
import org.intdesigner.workforce.ui.store.WorkforceStores;
import org.intdesigner.ui.files.FileDialogs;

/**
 * Window &gt; Preferences &gt; INT Designer &gt; Workforce Store: a data folder of this computer, or
 * a workforce server with its user and password. The password is saved only in secure storage and
 * only when the box says so; otherwise it is kept for the session. "Test Connection" tries what the
 * page shows before it is saved.
 */
public final class StorePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "org.intdesigner.workforce.ui.preferences.store";

	private Button embedded;
	private Button server;
	private Text folder;
	private Button browse;
	private Text host;
	private Text port;
	private Text database;
	private Text user;
	private Text password;
	private Button savePassword;

	public StorePreferencePage() {
		setDescription("Where the workforce data is kept: in a data folder on this computer (one INT Designer at a time),"
				+ " or on a workforce server shared by the people of a place.");
	}

	@Override
	public void init(IWorkbench workbench) {
		// the settings are read when the controls are made
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		embedded = radio(page, "&Embedded: a data folder on this computer");
		folder = field(page, "Data &folder:");
		((GridData) folder.getLayoutData()).horizontalSpan = 1;
		browse = new Button(page, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, e -> browseFolder());
		server = radio(page, "&Network server: a workforce server shared by a place");
		host = field(page, "&Host:");
		port = field(page, "&Port:");
		database = field(page, "&Database name:");
		user = field(page, "&User:");
		password = new Text(fieldLabel(page, "Pass&word:"), SWT.BORDER | SWT.PASSWORD);
		password.setLayoutData(indented(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1), 0));
		new Label(page, SWT.NONE);
		savePassword = new Button(page, SWT.CHECK);
		savePassword.setText("&Save password in secure storage");
		savePassword.setToolTipText("Encrypted by Eclipse secure storage in the file secure_storage of your data folder,"
				+ " under a master password you choose the first time. Unticked, the password is asked for once a session and"
				+ " never written to disk.");
		savePassword.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		Button test = new Button(page, SWT.PUSH);
		test.setText("&Test Connection");
		GridData testData = new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 3, 1);
		testData.verticalIndent = 12;
		test.setLayoutData(testData);
		test.addListener(SWT.Selection, e -> testConnection());
		show(StorePreferences.load());
		embedded.addListener(SWT.Selection, e -> update());
		server.addListener(SWT.Selection, e -> update());
		for (Text text : new Text[] { folder, host, port, database, user }) {
			text.addListener(SWT.Modify, e -> update());
		}
		update();
		return page;
	}

	private static Button radio(Composite page, String text) {
		Button radio = new Button(page, SWT.RADIO);
		radio.setText(text);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
		data.verticalIndent = 6;
		radio.setLayoutData(data);
		return radio;
	}

	/** A label indented under its radio button; returns the parent for the field that follows it. */
	private static Composite fieldLabel(Composite page, String text) {
		Label label = new Label(page, SWT.NONE);
		label.setText(text);
		label.setLayoutData(indented(new GridData(SWT.BEGINNING, SWT.CENTER, false, false), 20));
		return page;
	}

	private static Text field(Composite page, String label) {
		Text text = new Text(fieldLabel(page, label), SWT.BORDER);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		return text;
	}

	private static GridData indented(GridData data, int indent) {
		data.horizontalIndent = indent;
		return data;
	}

	private void show(StoreChoice choice) {
		embedded.setSelection(choice.embedded());
		server.setSelection(!choice.embedded());
		folder.setText(choice.folder().toString());
		host.setText(choice.host());
		port.setText(String.valueOf(choice.port()));
		database.setText(choice.database());
		user.setText(choice.user());
		savePassword.setSelection(choice.savePassword());
		password.setText("");
	}

	/** The choice the page shows; a port that is not a number becomes 0, which {@link StoreChoice#problem()} names. */
	private StoreChoice choice() {
		int portNumber;
		try {
			portNumber = Integer.parseInt(port.getText().trim());
		} catch (NumberFormatException e) {
			portNumber = 0;
		}
		return new StoreChoice(embedded.getSelection(), Path.of(folder.getText().trim()), host.getText(), portNumber,
				database.getText(), user.getText(), savePassword.getSelection());
	}

	private void update() {
		boolean inFolder = embedded.getSelection();
		folder.setEnabled(inFolder);
		browse.setEnabled(inFolder);
		for (Control control : new Control[] { host, port, database, user, password, savePassword }) {
			control.setEnabled(!inFolder);
		}
		StoreChoice choice = choice();
		String problem = choice.problem();
		setErrorMessage(problem);
		setValid(problem == null);
		if (problem == null && !inFolder) {
			password.setMessage(WorkforceStores.get().passwords().isSaved(choice) ? "saved in secure storage: type to change"
					: WorkforceStores.get().passwords().inSession(choice) ? "known for this session: type to change" : "");
		}
	}

	private void browseFolder() {
		DirectoryDialog dialog = new DirectoryDialog(getShell());
		dialog.setText("Workforce Data Folder");
		dialog.setMessage("The folder the workforce database is kept in (created if needed).");
		String chosen = FileDialogs.open(dialog, folder.getText());
		if (chosen != null) {
			folder.setText(chosen);
		}
	}

	private void testConnection() {
		StoreChoice choice = choice();
		if (choice.problem() != null) {
			MessageDialog.openError(getShell(), ConnectionTest.TITLE, choice.problem());
			return;
		}
		char[] typed = password.getTextChars();
		if (!choice.embedded() && typed.length == 0) {
			try {
				typed = WorkforceStores.get().passwords().find(choice);
			} catch (StorageException e) {
				typed = null;
			}
			if (typed == null) {
				MessageDialog.openError(getShell(), ConnectionTest.TITLE, "Type the password of " + choice.user().trim()
						+ " to test the connection to " + choice.server() + ".");
				return;
			}
		}
		ConnectionTest.run(getShell(), choice.location(typed));
	}

	@Override
	protected void performDefaults() {
		show(StoreChoice.defaults());
		update();
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		StoreChoice choice = choice();
		char[] typed = password.getTextChars();
		boolean changed = !choice.equals(StorePreferences.load()) || typed.length > 0;
		try {
			StorePreferences.save(choice);
			if (!choice.embedded()) {
				ServerPasswords passwords = WorkforceStores.get().passwords();
				passwords.remember(choice, typed.length == 0 ? null : typed);
			}
		} catch (Exception e) {
			MessageDialog.openError(getShell(), "Workforce Store", "The workforce store settings could not be saved: "
					+ e.getMessage());
			return false;
		}
		password.setText("");
		if (changed) {
			WorkforceStores.get().preferencesChanged();
		}
		update();
		return true;
	}
}
