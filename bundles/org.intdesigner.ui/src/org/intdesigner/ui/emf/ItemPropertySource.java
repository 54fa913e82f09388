package org.intdesigner.ui.emf;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * The Properties view's view of one model object, answered by its item property descriptors.
 * Values are set through the descriptors, which run a SetCommand on the object's editing
 * domain: every edit in the Properties view can be undone.
 */
public class ItemPropertySource implements IPropertySource {

	private final Object object;
	private final IItemPropertySource source;

	public ItemPropertySource(Object object, IItemPropertySource source) {
		this.object = object;
		this.source = source;
	}

	@Override
	public Object getEditableValue() {
		return source.getEditableValue(object);
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IItemPropertyDescriptor> items = source.getPropertyDescriptors(object);
		IPropertyDescriptor[] result = new IPropertyDescriptor[items.size()];
		for (int i = 0; i < result.length; i++) {
			result[i] = new ItemPropertyDescriptor(object, items.get(i));
		}
		return result;
	}

	private IItemPropertyDescriptor descriptor(Object id) {
		return source.getPropertyDescriptor(object, id);
	}

	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		if (descriptor == null) {
			return null;
		}
		Object value = descriptor.getPropertyValue(object);
		return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
	}

	@Override
	public boolean isPropertySet(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		return descriptor != null && descriptor.isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		if (descriptor != null && descriptor.canSetProperty(object)) {
			descriptor.resetPropertyValue(object);
		}
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		if (descriptor != null && descriptor.canSetProperty(object)) {
			descriptor.setPropertyValue(object, value);
		}
	}
}
