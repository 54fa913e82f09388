package org.intdesigner.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * One row of the Properties view for one item property: its name, category, description, how
 * its value reads, and the cell editor that fits it (text for strings and numbers, a drop-down
 * for enumerations and booleans, a searchable picker for single references, a chooser for lists
 * of references).
 */
public class ItemPropertyDescriptor implements IPropertyDescriptor {

	private final Object object;
	private final IItemPropertyDescriptor item;

	public ItemPropertyDescriptor(Object object, IItemPropertyDescriptor item) {
		this.object = object;
		this.item = item;
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		if (!item.canSetProperty(object)) {
			return null;
		}
		Object feature = item.getFeature(object);
		Collection<?> choices = item.getChoiceOfValues(object);
		ILabelProvider labels = getLabelProvider();
		if (item.isMany(object)) {
			return new ChoiceListCellEditor(parent, item.getDisplayName(object), choices == null ? List.of() : choices,
					labels);
		}
		if (choices != null) {
			List<Object> values = new ArrayList<>(choices);
			// an optional reference can be cleared; enumerations and booleans always have a value
			if (feature instanceof EReference reference && !reference.isRequired() && !values.contains(null)) {
				values.add(0, null);
			}
			if (feature instanceof EReference) {
				// hundreds of posts: a picker to search, not a drop-down to scroll
				return new ReferenceCellEditor(parent, item.getDisplayName(object), values, labels);
			}
			return new ChoiceCellEditor(parent, values, labels);
		}
		if (feature instanceof EAttribute attribute) {
			return createTextEditor(parent, attribute);
		}
		return new TextCellEditor(parent);
	}

	private CellEditor createTextEditor(Composite parent, EAttribute attribute) {
		EDataType type = attribute.getEAttributeType();
		Class<?> instanceClass = type.getInstanceClass();
		if (instanceClass == boolean.class || instanceClass == Boolean.class) {
			return new ChoiceCellEditor(parent, List.of(Boolean.TRUE, Boolean.FALSE), getLabelProvider());
		}
		return new DataTypeCellEditor(parent, type, attribute);
	}

	@Override
	public String getCategory() {
		return item.getCategory(object);
	}

	@Override
	public String getDescription() {
		return item.getDescription(object);
	}

	@Override
	public String getDisplayName() {
		return item.getDisplayName(object);
	}

	@Override
	public String[] getFilterFlags() {
		return item.getFilterFlags(object);
	}

	@Override
	public Object getHelpContextIds() {
		return null;
	}

	@Override
	public Object getId() {
		return item.getId(object);
	}

	@Override
	public ILabelProvider getLabelProvider() {
		IItemLabelProvider labels = item.getLabelProvider(object);
		return new LabelProvider() {
			@Override
			public String getText(Object value) {
				if (value == null) {
					return "";
				}
				if (value instanceof Collection<?> values) {
					List<String> texts = new ArrayList<>();
					for (Object each : values) {
						texts.add(labels.getText(each));
					}
					return String.join(", ", texts);
				}
				return labels.getText(value);
			}
		};
	}

	@Override
	public boolean isCompatibleWith(IPropertyDescriptor other) {
		return false;
	}

	/** Text for a value of an EMF data type, parsed back with EMF's own conversion. */
	static String toText(EDataType type, Object value) {
		return value == null ? "" : EcoreUtil.convertToString(type, value);
	}
}
