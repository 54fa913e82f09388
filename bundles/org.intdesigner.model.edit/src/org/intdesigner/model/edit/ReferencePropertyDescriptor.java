package org.intdesigner.model.edit;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;

/**
 * A property whose choices leave out the impossible ones (see {@link PossibleReferences}), so a
 * picker never offers a post as its own line manager or one of its reports as its manager.
 */
public class ReferencePropertyDescriptor extends ItemPropertyDescriptor {

	public ReferencePropertyDescriptor(AdapterFactory adapterFactory, ResourceLocator resourceLocator, String displayName,
			String description, EStructuralFeature feature, boolean isSettable, boolean multiLine, boolean sortChoices,
			Object staticImage, String category, String[] filterFlags) {
		super(adapterFactory, resourceLocator, displayName, description, feature, isSettable, multiLine, sortChoices,
				staticImage, category, filterFlags);
	}

	@Override
	public Collection<?> getChoiceOfValues(Object object) {
		Collection<?> choices = super.getChoiceOfValues(object);
		if (choices == null || !(object instanceof EObject owner) || !(feature instanceof EReference reference)) {
			return choices;
		}
		return PossibleReferences.of(owner, reference, choices);
	}
}
