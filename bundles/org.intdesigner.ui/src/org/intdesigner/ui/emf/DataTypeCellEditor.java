package org.intdesigner.ui.emf;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;

/**
 * A text cell for strings and numbers. The text is converted with EMF's factory for the data
 * type; text that does not convert is refused with a message in the status line, and the old
 * value stays.
 */
public class DataTypeCellEditor extends TextCellEditor {

	private final EDataType type;

	public DataTypeCellEditor(Composite parent, EDataType type) {
		super(parent);
		this.type = type;
		setValidator(value -> {
			if (!(value instanceof String text) || isString()) {
				return null;
			}
			try {
				if (!text.isBlank()) {
					EcoreUtil.createFromString(type, text.trim());
				}
				return null;
			} catch (RuntimeException e) {
				return "'" + text + "' is not a valid " + describe() + ".";
			}
		});
	}

	private boolean isString() {
		return type.getInstanceClass() == String.class;
	}

	private String describe() {
		Class<?> c = type.getInstanceClass();
		if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
			return "whole number";
		}
		if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
			return "number (use a point for decimals, e.g. 0.8)";
		}
		return type.getName();
	}

	@Override
	protected Object doGetValue() {
		String text = (String) super.doGetValue();
		if (isString()) {
			return text;
		}
		if (text == null || text.isBlank()) {
			return type.getDefaultValue();
		}
		return EcoreUtil.createFromString(type, text.trim());
	}

	@Override
	protected void doSetValue(Object value) {
		super.doSetValue(ItemPropertyDescriptor.toText(type, value));
	}
}
