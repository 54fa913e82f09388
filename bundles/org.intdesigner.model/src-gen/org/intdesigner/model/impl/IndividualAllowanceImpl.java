/**
 */
package org.intdesigner.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.intdesigner.model.IndividualAllowance;
import org.intdesigner.model.IntdPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Individual Allowance</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.impl.IndividualAllowanceImpl#getActivity <em>Activity</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.IndividualAllowanceImpl#getHoursPerYear <em>Hours Per Year</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.IndividualAllowanceImpl#getStaff <em>Staff</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IndividualAllowanceImpl extends IdentifiedImpl implements IndividualAllowance {
	/**
	 * The default value of the '{@link #getActivity() <em>Activity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivity()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTIVITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActivity() <em>Activity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivity()
	 * @generated
	 * @ordered
	 */
	protected String activity = ACTIVITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getHoursPerYear() <em>Hours Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHoursPerYear()
	 * @generated
	 * @ordered
	 */
	protected static final double HOURS_PER_YEAR_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getHoursPerYear() <em>Hours Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHoursPerYear()
	 * @generated
	 * @ordered
	 */
	protected double hoursPerYear = HOURS_PER_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getStaff() <em>Staff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStaff()
	 * @generated
	 * @ordered
	 */
	protected static final double STAFF_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getStaff() <em>Staff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStaff()
	 * @generated
	 * @ordered
	 */
	protected double staff = STAFF_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IndividualAllowanceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return IntdPackage.Literals.INDIVIDUAL_ALLOWANCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getActivity() {
		return activity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActivity(String newActivity) {
		String oldActivity = activity;
		activity = newActivity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.INDIVIDUAL_ALLOWANCE__ACTIVITY, oldActivity, activity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHoursPerYear() {
		return hoursPerYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHoursPerYear(double newHoursPerYear) {
		double oldHoursPerYear = hoursPerYear;
		hoursPerYear = newHoursPerYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.INDIVIDUAL_ALLOWANCE__HOURS_PER_YEAR, oldHoursPerYear, hoursPerYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getStaff() {
		return staff;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStaff(double newStaff) {
		double oldStaff = staff;
		staff = newStaff;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.INDIVIDUAL_ALLOWANCE__STAFF, oldStaff, staff));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case IntdPackage.INDIVIDUAL_ALLOWANCE__ACTIVITY:
				return getActivity();
			case IntdPackage.INDIVIDUAL_ALLOWANCE__HOURS_PER_YEAR:
				return getHoursPerYear();
			case IntdPackage.INDIVIDUAL_ALLOWANCE__STAFF:
				return getStaff();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case IntdPackage.INDIVIDUAL_ALLOWANCE__ACTIVITY:
				setActivity((String)newValue);
				return;
			case IntdPackage.INDIVIDUAL_ALLOWANCE__HOURS_PER_YEAR:
				setHoursPerYear((Double)newValue);
				return;
			case IntdPackage.INDIVIDUAL_ALLOWANCE__STAFF:
				setStaff((Double)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case IntdPackage.INDIVIDUAL_ALLOWANCE__ACTIVITY:
				setActivity(ACTIVITY_EDEFAULT);
				return;
			case IntdPackage.INDIVIDUAL_ALLOWANCE__HOURS_PER_YEAR:
				setHoursPerYear(HOURS_PER_YEAR_EDEFAULT);
				return;
			case IntdPackage.INDIVIDUAL_ALLOWANCE__STAFF:
				setStaff(STAFF_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case IntdPackage.INDIVIDUAL_ALLOWANCE__ACTIVITY:
				return ACTIVITY_EDEFAULT == null ? activity != null : !ACTIVITY_EDEFAULT.equals(activity);
			case IntdPackage.INDIVIDUAL_ALLOWANCE__HOURS_PER_YEAR:
				return hoursPerYear != HOURS_PER_YEAR_EDEFAULT;
			case IntdPackage.INDIVIDUAL_ALLOWANCE__STAFF:
				return staff != STAFF_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (activity: ");
		result.append(activity);
		result.append(", hoursPerYear: ");
		result.append(hoursPerYear);
		result.append(", staff: ");
		result.append(staff);
		result.append(')');
		return result.toString();
	}

} //IndividualAllowanceImpl
