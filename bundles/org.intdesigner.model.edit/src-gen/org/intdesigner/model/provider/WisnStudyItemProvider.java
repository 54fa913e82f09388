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
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.WisnStudy;

/**
 * This is the item provider adapter for a {@link org.intdesigner.model.WisnStudy} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class WisnStudyItemProvider extends ElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WisnStudyItemProvider(AdapterFactory adapterFactory) {
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

			addRolePropertyDescriptor(object);
			addUnitPropertyDescriptor(object);
			addEachNeighbourhoodPropertyDescriptor(object);
			addWorkingDaysPropertyDescriptor(object);
			addPublicHolidaysPropertyDescriptor(object);
			addAnnualLeavePropertyDescriptor(object);
			addSickLeavePropertyDescriptor(object);
			addOtherLeavePropertyDescriptor(object);
			addHoursPerDayPropertyDescriptor(object);
			addHoursPerWeekPropertyDescriptor(object);
			addCurrentStaffPropertyDescriptor(object);
			addObservedSickLeavePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Role feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRolePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WisnStudy_role_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WisnStudy_role_feature", "_UI_WisnStudy_type"),
				 IntdPackage.Literals.WISN_STUDY__ROLE,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Unit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUnitPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WisnStudy_unit_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WisnStudy_unit_feature", "_UI_WisnStudy_type"),
				 IntdPackage.Literals.WISN_STUDY__UNIT,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Each Neighbourhood feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEachNeighbourhoodPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WisnStudy_eachNeighbourhood_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WisnStudy_eachNeighbourhood_feature", "_UI_WisnStudy_type"),
				 IntdPackage.Literals.WISN_STUDY__EACH_NEIGHBOURHOOD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Working Days feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWorkingDaysPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WisnStudy_workingDays_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WisnStudy_workingDays_feature", "_UI_WisnStudy_type"),
				 IntdPackage.Literals.WISN_STUDY__WORKING_DAYS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Public Holidays feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPublicHolidaysPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WisnStudy_publicHolidays_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WisnStudy_publicHolidays_feature", "_UI_WisnStudy_type"),
				 IntdPackage.Literals.WISN_STUDY__PUBLIC_HOLIDAYS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Annual Leave feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAnnualLeavePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WisnStudy_annualLeave_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WisnStudy_annualLeave_feature", "_UI_WisnStudy_type"),
				 IntdPackage.Literals.WISN_STUDY__ANNUAL_LEAVE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Sick Leave feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSickLeavePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WisnStudy_sickLeave_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WisnStudy_sickLeave_feature", "_UI_WisnStudy_type"),
				 IntdPackage.Literals.WISN_STUDY__SICK_LEAVE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Other Leave feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOtherLeavePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WisnStudy_otherLeave_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WisnStudy_otherLeave_feature", "_UI_WisnStudy_type"),
				 IntdPackage.Literals.WISN_STUDY__OTHER_LEAVE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Hours Per Day feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHoursPerDayPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WisnStudy_hoursPerDay_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WisnStudy_hoursPerDay_feature", "_UI_WisnStudy_type"),
				 IntdPackage.Literals.WISN_STUDY__HOURS_PER_DAY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Hours Per Week feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHoursPerWeekPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WisnStudy_hoursPerWeek_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WisnStudy_hoursPerWeek_feature", "_UI_WisnStudy_type"),
				 IntdPackage.Literals.WISN_STUDY__HOURS_PER_WEEK,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Current Staff feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCurrentStaffPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WisnStudy_currentStaff_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WisnStudy_currentStaff_feature", "_UI_WisnStudy_type"),
				 IntdPackage.Literals.WISN_STUDY__CURRENT_STAFF,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Observed Sick Leave feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addObservedSickLeavePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WisnStudy_observedSickLeave_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WisnStudy_observedSickLeave_feature", "_UI_WisnStudy_type"),
				 IntdPackage.Literals.WISN_STUDY__OBSERVED_SICK_LEAVE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
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
			childrenFeatures.add(IntdPackage.Literals.WISN_STUDY__ACTIVITIES);
			childrenFeatures.add(IntdPackage.Literals.WISN_STUDY__CATEGORY_ALLOWANCES);
			childrenFeatures.add(IntdPackage.Literals.WISN_STUDY__INDIVIDUAL_ALLOWANCES);
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
	 * This returns WisnStudy.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/WisnStudy"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((WisnStudy)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_WisnStudy_type") :
			getString("_UI_WisnStudy_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(WisnStudy.class)) {
			case IntdPackage.WISN_STUDY__EACH_NEIGHBOURHOOD:
			case IntdPackage.WISN_STUDY__WORKING_DAYS:
			case IntdPackage.WISN_STUDY__PUBLIC_HOLIDAYS:
			case IntdPackage.WISN_STUDY__ANNUAL_LEAVE:
			case IntdPackage.WISN_STUDY__SICK_LEAVE:
			case IntdPackage.WISN_STUDY__OTHER_LEAVE:
			case IntdPackage.WISN_STUDY__HOURS_PER_DAY:
			case IntdPackage.WISN_STUDY__HOURS_PER_WEEK:
			case IntdPackage.WISN_STUDY__CURRENT_STAFF:
			case IntdPackage.WISN_STUDY__OBSERVED_SICK_LEAVE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case IntdPackage.WISN_STUDY__ACTIVITIES:
			case IntdPackage.WISN_STUDY__CATEGORY_ALLOWANCES:
			case IntdPackage.WISN_STUDY__INDIVIDUAL_ALLOWANCES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
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
				(IntdPackage.Literals.WISN_STUDY__ACTIVITIES,
				 IntdFactory.eINSTANCE.createServiceActivity()));

		newChildDescriptors.add
			(createChildParameter
				(IntdPackage.Literals.WISN_STUDY__CATEGORY_ALLOWANCES,
				 IntdFactory.eINSTANCE.createCategoryAllowance()));

		newChildDescriptors.add
			(createChildParameter
				(IntdPackage.Literals.WISN_STUDY__INDIVIDUAL_ALLOWANCES,
				 IntdFactory.eINSTANCE.createIndividualAllowance()));
	}

}
