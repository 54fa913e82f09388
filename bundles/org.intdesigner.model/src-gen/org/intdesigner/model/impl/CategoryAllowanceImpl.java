/**
 */
package org.intdesigner.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.intdesigner.model.AllowancePeriod;
import org.intdesigner.model.CategoryAllowance;
import org.intdesigner.model.IntdPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Category Allowance</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.impl.CategoryAllowanceImpl#getActivity <em>Activity</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.CategoryAllowanceImpl#getPercent <em>Percent</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.CategoryAllowanceImpl#getHours <em>Hours</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.CategoryAllowanceImpl#getPer <em>Per</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CategoryAllowanceImpl extends IdentifiedImpl implements CategoryAllowance {
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
	 * The default value of the '{@link #getPercent() <em>Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPercent()
	 * @generated
	 * @ordered
	 */
	protected static final double PERCENT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPercent() <em>Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPercent()
	 * @generated
	 * @ordered
	 */
	protected double percent = PERCENT_EDEFAULT;

	/**
	 * This is true if the Percent attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean percentESet;

	/**
	 * The default value of the '{@link #getHours() <em>Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHours()
	 * @generated
	 * @ordered
	 */
	protected static final double HOURS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getHours() <em>Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHours()
	 * @generated
	 * @ordered
	 */
	protected double hours = HOURS_EDEFAULT;

	/**
	 * This is true if the Hours attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean hoursESet;

	/**
	 * The default value of the '{@link #getPer() <em>Per</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPer()
	 * @generated
	 * @ordered
	 */
	protected static final AllowancePeriod PER_EDEFAULT = AllowancePeriod.DAY;

	/**
	 * The cached value of the '{@link #getPer() <em>Per</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPer()
	 * @generated
	 * @ordered
	 */
	protected AllowancePeriod per = PER_EDEFAULT;

	/**
	 * This is true if the Per attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean perESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CategoryAllowanceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return IntdPackage.Literals.CATEGORY_ALLOWANCE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.CATEGORY_ALLOWANCE__ACTIVITY, oldActivity, activity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPercent() {
		return percent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPercent(double newPercent) {
		double oldPercent = percent;
		percent = newPercent;
		boolean oldPercentESet = percentESet;
		percentESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.CATEGORY_ALLOWANCE__PERCENT, oldPercent, percent, !oldPercentESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetPercent() {
		double oldPercent = percent;
		boolean oldPercentESet = percentESet;
		percent = PERCENT_EDEFAULT;
		percentESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, IntdPackage.CATEGORY_ALLOWANCE__PERCENT, oldPercent, PERCENT_EDEFAULT, oldPercentESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetPercent() {
		return percentESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHours() {
		return hours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHours(double newHours) {
		double oldHours = hours;
		hours = newHours;
		boolean oldHoursESet = hoursESet;
		hoursESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.CATEGORY_ALLOWANCE__HOURS, oldHours, hours, !oldHoursESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetHours() {
		double oldHours = hours;
		boolean oldHoursESet = hoursESet;
		hours = HOURS_EDEFAULT;
		hoursESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, IntdPackage.CATEGORY_ALLOWANCE__HOURS, oldHours, HOURS_EDEFAULT, oldHoursESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetHours() {
		return hoursESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AllowancePeriod getPer() {
		return per;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPer(AllowancePeriod newPer) {
		AllowancePeriod oldPer = per;
		per = newPer == null ? PER_EDEFAULT : newPer;
		boolean oldPerESet = perESet;
		perESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.CATEGORY_ALLOWANCE__PER, oldPer, per, !oldPerESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetPer() {
		AllowancePeriod oldPer = per;
		boolean oldPerESet = perESet;
		per = PER_EDEFAULT;
		perESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, IntdPackage.CATEGORY_ALLOWANCE__PER, oldPer, PER_EDEFAULT, oldPerESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetPer() {
		return perESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case IntdPackage.CATEGORY_ALLOWANCE__ACTIVITY:
				return getActivity();
			case IntdPackage.CATEGORY_ALLOWANCE__PERCENT:
				return getPercent();
			case IntdPackage.CATEGORY_ALLOWANCE__HOURS:
				return getHours();
			case IntdPackage.CATEGORY_ALLOWANCE__PER:
				return getPer();
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
			case IntdPackage.CATEGORY_ALLOWANCE__ACTIVITY:
				setActivity((String)newValue);
				return;
			case IntdPackage.CATEGORY_ALLOWANCE__PERCENT:
				setPercent((Double)newValue);
				return;
			case IntdPackage.CATEGORY_ALLOWANCE__HOURS:
				setHours((Double)newValue);
				return;
			case IntdPackage.CATEGORY_ALLOWANCE__PER:
				setPer((AllowancePeriod)newValue);
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
			case IntdPackage.CATEGORY_ALLOWANCE__ACTIVITY:
				setActivity(ACTIVITY_EDEFAULT);
				return;
			case IntdPackage.CATEGORY_ALLOWANCE__PERCENT:
				unsetPercent();
				return;
			case IntdPackage.CATEGORY_ALLOWANCE__HOURS:
				unsetHours();
				return;
			case IntdPackage.CATEGORY_ALLOWANCE__PER:
				unsetPer();
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
			case IntdPackage.CATEGORY_ALLOWANCE__ACTIVITY:
				return ACTIVITY_EDEFAULT == null ? activity != null : !ACTIVITY_EDEFAULT.equals(activity);
			case IntdPackage.CATEGORY_ALLOWANCE__PERCENT:
				return isSetPercent();
			case IntdPackage.CATEGORY_ALLOWANCE__HOURS:
				return isSetHours();
			case IntdPackage.CATEGORY_ALLOWANCE__PER:
				return isSetPer();
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
		result.append(", percent: ");
		if (percentESet) result.append(percent); else result.append("<unset>");
		result.append(", hours: ");
		if (hoursESet) result.append(hours); else result.append("<unset>");
		result.append(", per: ");
		if (perESet) result.append(per); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //CategoryAllowanceImpl
