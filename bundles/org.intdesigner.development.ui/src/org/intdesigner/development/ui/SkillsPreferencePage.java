package org.intdesigner.development.ui;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.intdesigner.diagram.ui.editor.DiagramEditor;

/** Preferences > INT Designer > Skills: the sufficiency threshold the Skill sufficiency diagram marks teams below. */
public final class SkillsPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private Spinner threshold;

	@Override
	public void init(IWorkbench workbench) {
		setDescription("A team's skill sufficiency is the share of its requirements met: enough people in post hold each"
				+ " capability at the level, in date.");
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(3, false));
		new Label(area, SWT.NONE).setText("Sufficiency threshold:");
		threshold = new Spinner(area, SWT.BORDER);
		threshold.setValues(SufficiencyThreshold.get(), 0, 100, 0, 1, 10);
		new Label(area, SWT.NONE).setText("%");
		Label note = new Label(area, SWT.WRAP);
		note.setText("The Skill sufficiency diagram fills teams below it red and marks them; its filter \"Only teams below"
				+ " the sufficiency threshold\" leaves only those.");
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(note);
		return area;
	}

	@Override
	protected void performDefaults() {
		threshold.setSelection(SufficiencyThreshold.DEFAULT);
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		int before = SufficiencyThreshold.get();
		SufficiencyThreshold.set(threshold.getSelection());
		if (before != threshold.getSelection()) {
			redrawDiagrams();
		}
		return true;
	}

	/** Open diagrams show the new threshold at once: their styles, marks and filter ask for it again. */
	private static void redrawDiagrams() {
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference reference : page.getEditorReferences()) {
					if (reference.getEditor(false) instanceof DiagramEditor diagram) {
						diagram.refreshFromModel();
					}
				}
			}
		}
	}
}
