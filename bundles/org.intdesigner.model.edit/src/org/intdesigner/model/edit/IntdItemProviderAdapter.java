package org.intdesigner.model.edit;

import java.util.Collection;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.intdesigner.model.IntdPackage;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.io.ModelIds;

/**
 * The base of every generated item provider (the genmodel's providerRootExtendsClass). New
 * children and added objects get ids here, so every object created by a command, pasted or
 * dropped as a copy, has an id that names only it. Properties offer only the references that are
 * possible, and a change to one reads as what it changes ("Undo Set Line Manager").
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
		return new NewChildCommand(domain, owner, feature, value, index, collection, this);
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

	/**
	 * New lists what an object is built from first (a post's allocations, a team's posts and
	 * sub-teams) and the properties and suppressions every element can carry last.
	 */
	@Override
	public Collection<?> getNewChildDescriptors(Object object, EditingDomain editingDomain, Object sibling) {
		java.util.List<Object> own = new java.util.ArrayList<>();
		java.util.List<Object> common = new java.util.ArrayList<>();
		for (Object descriptor : super.getNewChildDescriptors(object, editingDomain, sibling)) {
			boolean everyElement = descriptor instanceof org.eclipse.emf.edit.command.CommandParameter parameter
					&& (parameter.getFeature() == IntdPackage.Literals.ELEMENT__PROPERTIES
							|| parameter.getFeature() == IntdPackage.Literals.ELEMENT__SUPPRESSIONS);
			(everyElement ? common : own).add(descriptor);
		}
		own.addAll(common);
		return own;
	}

	/** Every generated property goes through here: references leave out the impossible choices. */
	@Override
	protected ItemPropertyDescriptor createItemPropertyDescriptor(AdapterFactory adapterFactory,
			ResourceLocator resourceLocator, String displayName, String description, EStructuralFeature feature,
			boolean isSettable, boolean multiLine, boolean sortChoices, Object staticImage, String category,
			String[] filterFlags) {
		return new ReferencePropertyDescriptor(adapterFactory, resourceLocator, displayName, description, feature,
				isSettable, multiLine, sortChoices, staticImage, category, filterFlags);
	}

	@Override
	protected Command createSetCommand(EditingDomain domain, EObject owner, EStructuralFeature feature, Object value) {
		return named(super.createSetCommand(domain, owner, feature, value), feature, value);
	}

	@Override
	protected Command createSetCommand(EditingDomain domain, EObject owner, EStructuralFeature feature, Object value,
			int index) {
		return named(super.createSetCommand(domain, owner, feature, value, index), feature, value);
	}

	/** Undo and Redo say what they undo: "Rename", "Set Line Manager", "Clear Supervisor". */
	private Command named(Command command, EStructuralFeature feature, Object value) {
		if (command instanceof SetCommand set) {
			String what = getFeatureText(feature);
			set.setLabel(feature == IntdPackage.Literals.ELEMENT__NAME ? "Rename"
					: (value == null || value == SetCommand.UNSET_VALUE ? "Clear " : "Set ") + what);
			set.setDescription(set.getLabel());
		}
		return command;
	}
}
