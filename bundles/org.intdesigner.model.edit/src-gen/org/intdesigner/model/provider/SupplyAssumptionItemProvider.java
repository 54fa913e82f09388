/**
 */
package org.intdesigner.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.SupplyAssumption;

/**
 * This is the item provider adapter for a {@link org.intdesigner.model.SupplyAssumption} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class SupplyAssumptionItemProvider extends ElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SupplyAssumptionItemProvider(AdapterFactory adapterFactory) {
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
			addStartFtePropertyDescriptor(object);
			addLeaverRatePropertyDescriptor(object);
			addLeaverRateHighPropertyDescriptor(object);
			addRetirementRatePropertyDescriptor(object);
			addRetirementRateHighPropertyDescriptor(object);
			addJoinersPerYearPropertyDescriptor(object);
			addJoinersPerYearHighPropertyDescriptor(object);
			addTraineesPerYearPropertyDescriptor(object);
			addTraineeIntakePropertyDescriptor(object);
			addCourseYearsPropertyDescriptor(object);
			addCompletionRatePropertyDescriptor(object);
			addInternalMovesPropertyDescriptor(object);
			addYearsPropertyDescriptor(object);
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
				 getString("_UI_SupplyAssumption_role_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplyAssumption_role_feature", "_UI_SupplyAssumption_type"),
				 IntdPackage.Literals.SUPPLY_ASSUMPTION__ROLE,
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
				 getString("_UI_SupplyAssumption_unit_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplyAssumption_unit_feature", "_UI_SupplyAssumption_type"),
				 IntdPackage.Literals.SUPPLY_ASSUMPTION__UNIT,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Start Fte feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStartFtePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplyAssumption_startFte_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplyAssumption_startFte_feature", "_UI_SupplyAssumption_type"),
				 IntdPackage.Literals.SUPPLY_ASSUMPTION__START_FTE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Leaver Rate feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLeaverRatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplyAssumption_leaverRate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplyAssumption_leaverRate_feature", "_UI_SupplyAssumption_type"),
				 IntdPackage.Literals.SUPPLY_ASSUMPTION__LEAVER_RATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Leaver Rate High feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLeaverRateHighPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplyAssumption_leaverRateHigh_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplyAssumption_leaverRateHigh_feature", "_UI_SupplyAssumption_type"),
				 IntdPackage.Literals.SUPPLY_ASSUMPTION__LEAVER_RATE_HIGH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Retirement Rate feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRetirementRatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplyAssumption_retirementRate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplyAssumption_retirementRate_feature", "_UI_SupplyAssumption_type"),
				 IntdPackage.Literals.SUPPLY_ASSUMPTION__RETIREMENT_RATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Retirement Rate High feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRetirementRateHighPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplyAssumption_retirementRateHigh_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplyAssumption_retirementRateHigh_feature", "_UI_SupplyAssumption_type"),
				 IntdPackage.Literals.SUPPLY_ASSUMPTION__RETIREMENT_RATE_HIGH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Joiners Per Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addJoinersPerYearPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplyAssumption_joinersPerYear_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplyAssumption_joinersPerYear_feature", "_UI_SupplyAssumption_type"),
				 IntdPackage.Literals.SUPPLY_ASSUMPTION__JOINERS_PER_YEAR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Joiners Per Year High feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addJoinersPerYearHighPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplyAssumption_joinersPerYearHigh_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplyAssumption_joinersPerYearHigh_feature", "_UI_SupplyAssumption_type"),
				 IntdPackage.Literals.SUPPLY_ASSUMPTION__JOINERS_PER_YEAR_HIGH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Trainees Per Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTraineesPerYearPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplyAssumption_traineesPerYear_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplyAssumption_traineesPerYear_feature", "_UI_SupplyAssumption_type"),
				 IntdPackage.Literals.SUPPLY_ASSUMPTION__TRAINEES_PER_YEAR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Trainee Intake feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTraineeIntakePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplyAssumption_traineeIntake_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplyAssumption_traineeIntake_feature", "_UI_SupplyAssumption_type"),
				 IntdPackage.Literals.SUPPLY_ASSUMPTION__TRAINEE_INTAKE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Course Years feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCourseYearsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplyAssumption_courseYears_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplyAssumption_courseYears_feature", "_UI_SupplyAssumption_type"),
				 IntdPackage.Literals.SUPPLY_ASSUMPTION__COURSE_YEARS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Completion Rate feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCompletionRatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplyAssumption_completionRate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplyAssumption_completionRate_feature", "_UI_SupplyAssumption_type"),
				 IntdPackage.Literals.SUPPLY_ASSUMPTION__COMPLETION_RATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Internal Moves feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInternalMovesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplyAssumption_internalMoves_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplyAssumption_internalMoves_feature", "_UI_SupplyAssumption_type"),
				 IntdPackage.Literals.SUPPLY_ASSUMPTION__INTERNAL_MOVES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Years feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addYearsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SupplyAssumption_years_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SupplyAssumption_years_feature", "_UI_SupplyAssumption_type"),
				 IntdPackage.Literals.SUPPLY_ASSUMPTION__YEARS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns SupplyAssumption.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/SupplyAssumption"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((SupplyAssumption)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_SupplyAssumption_type") :
			getString("_UI_SupplyAssumption_type") + " " + label;
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

		switch (notification.getFeatureID(SupplyAssumption.class)) {
			case IntdPackage.SUPPLY_ASSUMPTION__START_FTE:
			case IntdPackage.SUPPLY_ASSUMPTION__LEAVER_RATE:
			case IntdPackage.SUPPLY_ASSUMPTION__LEAVER_RATE_HIGH:
			case IntdPackage.SUPPLY_ASSUMPTION__RETIREMENT_RATE:
			case IntdPackage.SUPPLY_ASSUMPTION__RETIREMENT_RATE_HIGH:
			case IntdPackage.SUPPLY_ASSUMPTION__JOINERS_PER_YEAR:
			case IntdPackage.SUPPLY_ASSUMPTION__JOINERS_PER_YEAR_HIGH:
			case IntdPackage.SUPPLY_ASSUMPTION__TRAINEES_PER_YEAR:
			case IntdPackage.SUPPLY_ASSUMPTION__TRAINEE_INTAKE:
			case IntdPackage.SUPPLY_ASSUMPTION__COURSE_YEARS:
			case IntdPackage.SUPPLY_ASSUMPTION__COMPLETION_RATE:
			case IntdPackage.SUPPLY_ASSUMPTION__INTERNAL_MOVES:
			case IntdPackage.SUPPLY_ASSUMPTION__YEARS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
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
	}

}
