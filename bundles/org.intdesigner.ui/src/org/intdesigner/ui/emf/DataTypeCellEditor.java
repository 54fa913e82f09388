package org.intdesigner.ui.emf;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;
import org.intdesigner.model.io.IsoDates;
import org.intdesigner.model.io.Quantities;

/**
 * A text cell for strings and numbers. The text is converted with EMF's factory for the data
 * type; text that does not convert, and numbers outside what the attribute can mean (a negative
 * count, a requirement for nobody: see {@link Quantities}), and dates not written yyyy-mm-dd ({@link IsoDates}) are
 * refused with a message in the status line, and the old value stays.
 */
public class DataTypeCellEditor extends TextCellEditor {

	private final EDataType type;

	public DataTypeCellEditor(Composite parent, EDataType type) {
		this(parent, type, null);
	}

	public DataTypeCellEditor(Composite parent, EDataType type, EAttribute attribute) {
		super(parent);
		this.type = type;
		setValidator(value -> {
			if (value instanceof String text && isString() && IsoDates.isDate(attribute) && !text.isBlank()) {
				String problem = IsoDates.problem(text);
				return problem == null ? null : problem + ".";
			}
			if (!(value instanceof String text) || isString()) {
				return null;
			}
			try {
				if (!text.isBlank()) {
					return outOfRange(attribute, text.trim(), EcoreUtil.createFromString(type, text.trim()));
				}
				return null;
			} catch (RuntimeException e) {
				return "'" + text + "' is not a valid " + describe() + ".";
			}
		});
	}

	/** Why {@code value} cannot be the attribute's, or null when it can. */
	private static String outOfRange(EAttribute attribute, String text, Object value) {
		if (attribute == null || !(value instanceof Number number)) {
			return null;
		}
		if (Quantities.mustBeAtLeastOne(attribute) && number.doubleValue() < 1) {
			return "'" + text + "' asks for nobody: a requirement is for 1 person or more (2 where a rota needs cover).";
		}
		if (Quantities.cannotBeNegative(attribute) && number.doubleValue() < 0) {
			return "'" + text + "' is negative: it counts something, so it is 0 or more.";
		}
		if (Quantities.isPercentage(attribute) && number.doubleValue() > 100) {
			return "'" + text + "' is over 100: give a percentage of 0 to 100.";
		}
		return null;
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
