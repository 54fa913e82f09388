package org.intdesigner.ui.emf;

import java.util.List;

import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** A read-only drop-down over a list of values (enum literals, booleans, objects to refer to). */
public class ChoiceCellEditor extends ComboBoxCellEditor {

	private final List<?> values;

	public ChoiceCellEditor(Composite parent, List<?> values, ILabelProvider labels) {
		super(parent, texts(values, labels), SWT.READ_ONLY);
		this.values = values;
	}

	private static String[] texts(List<?> values, ILabelProvider labels) {
		String[] texts = new String[values.size()];
		for (int i = 0; i < texts.length; i++) {
			texts[i] = values.get(i) == null ? "(none)" : labels.getText(values.get(i));
		}
		return texts;
	}

	@Override
	protected Object doGetValue() {
		int index = (Integer) super.doGetValue();
		return index >= 0 && index < values.size() ? values.get(index) : null;
	}

	@Override
	protected void doSetValue(Object value) {
		super.doSetValue(Integer.valueOf(values.indexOf(value)));
	}
}
