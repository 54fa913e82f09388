package org.intdesigner.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/** JFace labels and icons from the item providers of the edit bundle. */
public class ItemLabelProvider extends LabelProvider {

	private final AdapterFactory adapterFactory;
	private final ItemImages images;
	private java.util.function.BiFunction<Object, Image, Image> decorator = (element, image) -> image;

	public ItemLabelProvider(AdapterFactory adapterFactory, ItemImages images) {
		this.adapterFactory = adapterFactory;
		this.images = images;
	}

	@Override
	public String getText(Object element) {
		if (element instanceof ChildPage page) {
			return page.label();
		}
		IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
		return provider != null ? provider.getText(element) : String.valueOf(element);
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof ChildPage page) {
			return getImage(page.parent());
		}
		IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
		return provider != null ? decorator.apply(element, images.get(provider.getImage(element))) : null;
	}

	/** Marks icons, e.g. with the element's validation findings. */
	public void setDecorator(java.util.function.BiFunction<Object, Image, Image> decorator) {
		this.decorator = decorator;
	}
}
