/**
 */
package org.intdesigner.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Role;
import org.intdesigner.model.TermsAndConditions;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Terms And Conditions</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.impl.TermsAndConditionsImpl#getPayScale <em>Pay Scale</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.TermsAndConditionsImpl#getWeeklyHours <em>Weekly Hours</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.TermsAndConditionsImpl#getAnnualLeaveDays <em>Annual Leave Days</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.TermsAndConditionsImpl#getRoles <em>Roles</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TermsAndConditionsImpl extends ElementImpl implements TermsAndConditions {
	/**
	 * The default value of the '{@link #getPayScale() <em>Pay Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPayScale()
	 * @generated
	 * @ordered
	 */
	protected static final String PAY_SCALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPayScale() <em>Pay Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPayScale()
	 * @generated
	 * @ordered
	 */
	protected String payScale = PAY_SCALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeeklyHours() <em>Weekly Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeeklyHours()
	 * @generated
	 * @ordered
	 */
	protected static final double WEEKLY_HOURS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getWeeklyHours() <em>Weekly Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeeklyHours()
	 * @generated
	 * @ordered
	 */
	protected double weeklyHours = WEEKLY_HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnnualLeaveDays() <em>Annual Leave Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualLeaveDays()
	 * @generated
	 * @ordered
	 */
	protected static final double ANNUAL_LEAVE_DAYS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAnnualLeaveDays() <em>Annual Leave Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualLeaveDays()
	 * @generated
	 * @ordered
	 */
	protected double annualLeaveDays = ANNUAL_LEAVE_DAYS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRoles() <em>Roles</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<Role> roles;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TermsAndConditionsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return IntdPackage.Literals.TERMS_AND_CONDITIONS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPayScale() {
		return payScale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPayScale(String newPayScale) {
		String oldPayScale = payScale;
		payScale = newPayScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.TERMS_AND_CONDITIONS__PAY_SCALE, oldPayScale, payScale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWeeklyHours() {
		return weeklyHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeeklyHours(double newWeeklyHours) {
		double oldWeeklyHours = weeklyHours;
		weeklyHours = newWeeklyHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.TERMS_AND_CONDITIONS__WEEKLY_HOURS, oldWeeklyHours, weeklyHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAnnualLeaveDays() {
		return annualLeaveDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnualLeaveDays(double newAnnualLeaveDays) {
		double oldAnnualLeaveDays = annualLeaveDays;
		annualLeaveDays = newAnnualLeaveDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.TERMS_AND_CONDITIONS__ANNUAL_LEAVE_DAYS, oldAnnualLeaveDays, annualLeaveDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Role> getRoles() {
		if (roles == null) {
			roles = new EObjectResolvingEList<Role>(Role.class, this, IntdPackage.TERMS_AND_CONDITIONS__ROLES);
		}
		return roles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case IntdPackage.TERMS_AND_CONDITIONS__PAY_SCALE:
				return getPayScale();
			case IntdPackage.TERMS_AND_CONDITIONS__WEEKLY_HOURS:
				return getWeeklyHours();
			case IntdPackage.TERMS_AND_CONDITIONS__ANNUAL_LEAVE_DAYS:
				return getAnnualLeaveDays();
			case IntdPackage.TERMS_AND_CONDITIONS__ROLES:
				return getRoles();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case IntdPackage.TERMS_AND_CONDITIONS__PAY_SCALE:
				setPayScale((String)newValue);
				return;
			case IntdPackage.TERMS_AND_CONDITIONS__WEEKLY_HOURS:
				setWeeklyHours((Double)newValue);
				return;
			case IntdPackage.TERMS_AND_CONDITIONS__ANNUAL_LEAVE_DAYS:
				setAnnualLeaveDays((Double)newValue);
				return;
			case IntdPackage.TERMS_AND_CONDITIONS__ROLES:
				getRoles().clear();
				getRoles().addAll((Collection<? extends Role>)newValue);
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
			case IntdPackage.TERMS_AND_CONDITIONS__PAY_SCALE:
				setPayScale(PAY_SCALE_EDEFAULT);
				return;
			case IntdPackage.TERMS_AND_CONDITIONS__WEEKLY_HOURS:
				setWeeklyHours(WEEKLY_HOURS_EDEFAULT);
				return;
			case IntdPackage.TERMS_AND_CONDITIONS__ANNUAL_LEAVE_DAYS:
				setAnnualLeaveDays(ANNUAL_LEAVE_DAYS_EDEFAULT);
				return;
			case IntdPackage.TERMS_AND_CONDITIONS__ROLES:
				getRoles().clear();
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
			case IntdPackage.TERMS_AND_CONDITIONS__PAY_SCALE:
				return PAY_SCALE_EDEFAULT == null ? payScale != null : !PAY_SCALE_EDEFAULT.equals(payScale);
			case IntdPackage.TERMS_AND_CONDITIONS__WEEKLY_HOURS:
				return weeklyHours != WEEKLY_HOURS_EDEFAULT;
			case IntdPackage.TERMS_AND_CONDITIONS__ANNUAL_LEAVE_DAYS:
				return annualLeaveDays != ANNUAL_LEAVE_DAYS_EDEFAULT;
			case IntdPackage.TERMS_AND_CONDITIONS__ROLES:
				return roles != null && !roles.isEmpty();
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
		result.append(" (payScale: ");
		result.append(payScale);
		result.append(", weeklyHours: ");
		result.append(weeklyHours);
		result.append(", annualLeaveDays: ");
		result.append(annualLeaveDays);
		result.append(')');
		return result.toString();
	}

} //TermsAndConditionsImpl
