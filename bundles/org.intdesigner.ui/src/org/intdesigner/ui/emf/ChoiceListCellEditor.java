package org.intdesigner.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.dialogs.ListSelectionDialog;

/** Edits a list of references: a "..." button opens a checklist of everything it may refer to. */
public class ChoiceListCellEditor extends DialogCellEditor {

	private final String title;
	private final Collection<?> choices;
	private final ILabelProvider labels;

	public ChoiceListCellEditor(Composite parent, String title, Collection<?> choices, ILabelProvider labels) {
		super(parent);
		this.title = title;
		this.choices = choices;
		this.labels = labels;
	}

	@Override
	protected Object openDialogBox(Control cellEditorWindow) {
		ListSelectionDialog dialog = ListSelectionDialog.of(new ArrayList<>(choices))
				.contentProvider(ArrayContentProvider.getInstance()).labelProvider(labels)
				.title(title).message("Choose the " + title.toLowerCase() + ":")
				.preselect(getValue() instanceof Collection<?> current ? current.toArray() : new Object[0])
				.create(cellEditorWindow.getShell());
		if (dialog.open() != Window.OK) {
			return null;
		}
		return new ArrayList<>(List.of(dialog.getResult()));
	}

	@Override
	protected void updateContents(Object value) {
		// the super constructor shows the value before this one has set its fields
		if (labels != null && getDefaultLabel() != null) {
			getDefaultLabel().setText(labels.getText(value));
		}
	}
}
