package org.intdesigner.model.edit;

import java.util.Collection;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.io.ModelIds;

/**
 * The base of every generated item provider (the genmodel's providerRootExtendsClass). New
 * children and added objects get ids here, so every object created by a command, pasted or
 * dropped as a copy, has an id that names only it.
 */
public class IntdItemProviderAdapter extends ItemProviderAdapter {

	public IntdItemProviderAdapter(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/** Top-level objects sit in their folder under the model root (see {@link FeatureGroupItemProvider}). */
	@Override
	public Object getParent(Object object) {
		Object parent = super.getParent(object);
		if (parent instanceof IntdModel model && object instanceof EObject child
				&& child.eContainmentFeature() != null) {
			return FeatureGroupItemProvider.of(adapterFactory, model, child.eContainmentFeature());
		}
		return parent;
	}

	@Override
	protected Command createCreateChildCommand(EditingDomain domain, EObject owner, EStructuralFeature feature,
			Object value, int index, Collection<?> collection) {
		if (value instanceof EObject child) {
			ModelIds.assignMissing(child);
		}
		return super.createCreateChildCommand(domain, owner, feature, value, index, collection);
	}

	@Override
	protected Command createAddCommand(EditingDomain domain, EObject owner, EStructuralFeature feature,
			Collection<?> collection, int index) {
		return new AddCommand(domain, owner, feature, collection, index) {
			@Override
			public void doExecute() {
				ModelIds.assignFreshForAdd(collection, owner.eResource());
				super.doExecute();
			}
		};
	}
}
