package org.intdesigner.ui.emf;

import java.util.Collection;

import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * Edits a single reference (line manager, supervisor, role, employer, host): the value as a label
 * and a "..." button that opens a {@link ReferencePickerDialog} to search the possible values.
 */
public class ReferenceCellEditor extends DialogCellEditor {

	private final String title;
	private final Collection<?> choices;
	private final ILabelProvider labels;

	public ReferenceCellEditor(Composite parent, String title, Collection<?> choices, ILabelProvider labels) {
		super(parent);
		this.title = title;
		this.choices = choices;
		this.labels = labels;
	}

	@Override
	protected Object openDialogBox(Control cellEditorWindow) {
		// null means "cancelled" to DialogCellEditor, so "(none)" comes back as NONE and reads as null below
		return ReferencePickerDialog.pick(cellEditorWindow.getShell(), title, choices, doGetValue(), labels);
	}

	@Override
	protected Object doGetValue() {
		Object value = super.doGetValue();
		return value == ReferencePickerDialog.NONE ? null : value;
	}

	@Override
	protected void updateContents(Object value) {
		// the super constructor shows the value before this one has set its fields
		if (labels != null && getDefaultLabel() != null) {
			getDefaultLabel().setText(value == null || value == ReferencePickerDialog.NONE ? "" : labels.getText(value));
		}
	}
}
