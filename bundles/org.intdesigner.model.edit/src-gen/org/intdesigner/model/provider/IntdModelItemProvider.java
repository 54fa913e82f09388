/**
 */
package org.intdesigner.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.IntdPackage;

/**
 * This is the item provider adapter for a {@link org.intdesigner.model.IntdModel} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class IntdModelItemProvider extends ElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IntdModelItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addFormatVersionPropertyDescriptor(object);
			addBaselinePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Format Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFormatVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_IntdModel_formatVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_IntdModel_formatVersion_feature", "_UI_IntdModel_type"),
				 IntdPackage.Literals.INTD_MODEL__FORMAT_VERSION,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Baseline feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBaselinePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_IntdModel_baseline_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_IntdModel_baseline_feature", "_UI_IntdModel_type"),
				 IntdPackage.Literals.INTD_MODEL__BASELINE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(IntdPackage.Literals.INTD_MODEL__AREAS);
			childrenFeatures.add(IntdPackage.Literals.INTD_MODEL__ORGANISATIONS);
			childrenFeatures.add(IntdPackage.Literals.INTD_MODEL__CAPABILITIES);
			childrenFeatures.add(IntdPackage.Literals.INTD_MODEL__ROLES);
			childrenFeatures.add(IntdPackage.Literals.INTD_MODEL__POSTS);
			childrenFeatures.add(IntdPackage.Literals.INTD_MODEL__TEAMS);
			childrenFeatures.add(IntdPackage.Literals.INTD_MODEL__ACCOUNTABILITIES);
			childrenFeatures.add(IntdPackage.Literals.INTD_MODEL__BOUNDARIES);
			childrenFeatures.add(IntdPackage.Literals.INTD_MODEL__ARRANGEMENTS);
			childrenFeatures.add(IntdPackage.Literals.INTD_MODEL__INTERACTIONS);
			childrenFeatures.add(IntdPackage.Literals.INTD_MODEL__WISN_STUDIES);
			childrenFeatures.add(IntdPackage.Literals.INTD_MODEL__SUPPLY_ASSUMPTIONS);
			childrenFeatures.add(IntdPackage.Literals.INTD_MODEL__COURSES);
			childrenFeatures.add(IntdPackage.Literals.INTD_MODEL__PAY_BANDS);
			childrenFeatures.add(IntdPackage.Literals.INTD_MODEL__TRANSITION_WAVES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns IntdModel.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/IntdModel"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * The name alone: the icon says what it is.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String getText(Object object) {
		return org.intdesigner.model.edit.ItemLabels.nameOf((org.intdesigner.model.Element)object);
	}


	/**
	 * <!-- begin-user-doc -->
	 * The model's contents come in folders, one per list (areas, organisations, posts, teams, ...).
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public Collection<?> getChildren(Object object) {
		IntdModel model = (IntdModel) object;
		java.util.List<Object> folders = new java.util.ArrayList<>();
		for (EStructuralFeature feature : getChildrenFeatures(object)) {
			if (feature == IntdPackage.Literals.ELEMENT__PROPERTIES && model.getProperties().isEmpty()
					|| feature == IntdPackage.Literals.ELEMENT__SUPPRESSIONS && model.getSuppressions().isEmpty()) {
				continue; // the model's own extra properties and suppressions, shown only when it has some
			}
			folders.add(org.intdesigner.model.edit.FeatureGroupItemProvider.of(adapterFactory, model,
					(org.eclipse.emf.ecore.EReference) feature));
		}
		return folders;
	}

	/**
	 * <!-- begin-user-doc -->
	 * The folders are always there.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public boolean hasChildren(Object object) {
		return true;
	}

	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * Changes to a list are shown on the list's folder.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(IntdModel.class)) {
			case IntdPackage.INTD_MODEL__FORMAT_VERSION:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case IntdPackage.INTD_MODEL__AREAS:
			case IntdPackage.INTD_MODEL__ORGANISATIONS:
			case IntdPackage.INTD_MODEL__CAPABILITIES:
			case IntdPackage.INTD_MODEL__ROLES:
			case IntdPackage.INTD_MODEL__POSTS:
			case IntdPackage.INTD_MODEL__TEAMS:
			case IntdPackage.INTD_MODEL__ACCOUNTABILITIES:
			case IntdPackage.INTD_MODEL__BOUNDARIES:
			case IntdPackage.INTD_MODEL__ARRANGEMENTS:
			case IntdPackage.INTD_MODEL__INTERACTIONS:
			case IntdPackage.INTD_MODEL__COURSES:
			case IntdPackage.INTD_MODEL__PAY_BANDS:
			case IntdPackage.INTD_MODEL__TRANSITION_WAVES:
				// the folder of the list refreshes its children and its count
				fireNotifyChanged(new ViewerNotification(notification,
						org.intdesigner.model.edit.FeatureGroupItemProvider.of(adapterFactory, (IntdModel) notification.getNotifier(),
								(org.eclipse.emf.ecore.EReference) notification.getFeature()), true, true));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(IntdPackage.Literals.INTD_MODEL__AREAS,
				 IntdFactory.eINSTANCE.createArea()));

		newChildDescriptors.add
			(createChildParameter
				(IntdPackage.Literals.INTD_MODEL__ORGANISATIONS,
				 IntdFactory.eINSTANCE.createOrganisation()));

		newChildDescriptors.add
			(createChildParameter
				(IntdPackage.Literals.INTD_MODEL__CAPABILITIES,
				 IntdFactory.eINSTANCE.createCapability()));

		newChildDescriptors.add
			(createChildParameter
				(IntdPackage.Literals.INTD_MODEL__ROLES,
				 IntdFactory.eINSTANCE.createRole()));

		newChildDescriptors.add
			(createChildParameter
				(IntdPackage.Literals.INTD_MODEL__POSTS,
				 IntdFactory.eINSTANCE.createPost()));

		newChildDescriptors.add
			(createChildParameter
				(IntdPackage.Literals.INTD_MODEL__TEAMS,
				 IntdFactory.eINSTANCE.createTeam()));

		newChildDescriptors.add
			(createChildParameter
				(IntdPackage.Literals.INTD_MODEL__ACCOUNTABILITIES,
				 IntdFactory.eINSTANCE.createAccountabilityItem()));

		newChildDescriptors.add
			(createChildParameter
				(IntdPackage.Literals.INTD_MODEL__BOUNDARIES,
				 IntdFactory.eINSTANCE.createBoundary()));

		newChildDescriptors.add
			(createChildParameter
				(IntdPackage.Literals.INTD_MODEL__ARRANGEMENTS,
				 IntdFactory.eINSTANCE.createArrangement()));

		newChildDescriptors.add
			(createChildParameter
				(IntdPackage.Literals.INTD_MODEL__INTERACTIONS,
				 IntdFactory.eINSTANCE.createInteraction()));

		newChildDescriptors.add
			(createChildParameter
				(IntdPackage.Literals.INTD_MODEL__WISN_STUDIES,
				 IntdFactory.eINSTANCE.createWisnStudy()));

		newChildDescriptors.add
			(createChildParameter
				(IntdPackage.Literals.INTD_MODEL__SUPPLY_ASSUMPTIONS,
				 IntdFactory.eINSTANCE.createSupplyAssumption()));

		newChildDescriptors.add
			(createChildParameter
				(IntdPackage.Literals.INTD_MODEL__COURSES,
				 IntdFactory.eINSTANCE.createCourse()));

		newChildDescriptors.add
			(createChildParameter
				(IntdPackage.Literals.INTD_MODEL__PAY_BANDS,
				 IntdFactory.eINSTANCE.createPayBand()));

		newChildDescriptors.add
			(createChildParameter
				(IntdPackage.Literals.INTD_MODEL__TRANSITION_WAVES,
				 IntdFactory.eINSTANCE.createTransitionWave()));
	}

}
