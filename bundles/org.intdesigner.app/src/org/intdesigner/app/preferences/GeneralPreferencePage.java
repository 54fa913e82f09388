package org.intdesigner.app.preferences;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.intdesigner.app.AppPlugin;
import org.intdesigner.app.DataFolder;

/** Window &gt; Preferences &gt; INT Designer: where the user's data lives and general settings. */
public final class GeneralPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public GeneralPreferencePage() {
		super(GRID);
		setDescription("General settings of INT Designer.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(AppPlugin.getDefault().getPreferenceStore());
	}

	@Override
	protected void createFieldEditors() {
		Composite parent = getFieldEditorParent();
		Label label = new Label(parent, SWT.NONE);
		label.setText("Data folder:");
		Text folder = new Text(parent, SWT.READ_ONLY | SWT.BORDER);
		folder.setText(new DataFolder(Platform.getInstanceLocation()).describe());
		folder.setToolTipText("Preferences, window layout and the workforce database are kept here. "
				+ "Start INT Designer with --data DIR to use another folder.");
		folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		IntegerFieldEditor recent = new IntegerFieldEditor(AppPreferences.RECENT_FILES_MAX,
				"Number of files in File > Open &Recent:", parent, 2);
		recent.setValidRange(1, 30);
		addField(recent);
	}
}
