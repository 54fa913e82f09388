/**
 */
package org.intdesigner.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.intdesigner.model.CategoryAllowance;
import org.intdesigner.model.Element;
import org.intdesigner.model.IndividualAllowance;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Role;
import org.intdesigner.model.ServiceActivity;
import org.intdesigner.model.WisnStudy;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Wisn Study</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.impl.WisnStudyImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.WisnStudyImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.WisnStudyImpl#isEachNeighbourhood <em>Each Neighbourhood</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.WisnStudyImpl#getWorkingDays <em>Working Days</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.WisnStudyImpl#getPublicHolidays <em>Public Holidays</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.WisnStudyImpl#getAnnualLeave <em>Annual Leave</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.WisnStudyImpl#getSickLeave <em>Sick Leave</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.WisnStudyImpl#getOtherLeave <em>Other Leave</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.WisnStudyImpl#getHoursPerDay <em>Hours Per Day</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.WisnStudyImpl#getHoursPerWeek <em>Hours Per Week</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.WisnStudyImpl#getCurrentStaff <em>Current Staff</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.WisnStudyImpl#isObservedSickLeave <em>Observed Sick Leave</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.WisnStudyImpl#getActivities <em>Activities</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.WisnStudyImpl#getCategoryAllowances <em>Category Allowances</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.WisnStudyImpl#getIndividualAllowances <em>Individual Allowances</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WisnStudyImpl extends ElementImpl implements WisnStudy {
	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected Role role;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected Element unit;

	/**
	 * The default value of the '{@link #isEachNeighbourhood() <em>Each Neighbourhood</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEachNeighbourhood()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EACH_NEIGHBOURHOOD_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEachNeighbourhood() <em>Each Neighbourhood</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEachNeighbourhood()
	 * @generated
	 * @ordered
	 */
	protected boolean eachNeighbourhood = EACH_NEIGHBOURHOOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getWorkingDays() <em>Working Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkingDays()
	 * @generated
	 * @ordered
	 */
	protected static final double WORKING_DAYS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getWorkingDays() <em>Working Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkingDays()
	 * @generated
	 * @ordered
	 */
	protected double workingDays = WORKING_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPublicHolidays() <em>Public Holidays</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicHolidays()
	 * @generated
	 * @ordered
	 */
	protected static final double PUBLIC_HOLIDAYS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPublicHolidays() <em>Public Holidays</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicHolidays()
	 * @generated
	 * @ordered
	 */
	protected double publicHolidays = PUBLIC_HOLIDAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnnualLeave() <em>Annual Leave</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualLeave()
	 * @generated
	 * @ordered
	 */
	protected static final double ANNUAL_LEAVE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAnnualLeave() <em>Annual Leave</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualLeave()
	 * @generated
	 * @ordered
	 */
	protected double annualLeave = ANNUAL_LEAVE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSickLeave() <em>Sick Leave</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSickLeave()
	 * @generated
	 * @ordered
	 */
	protected static final double SICK_LEAVE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getSickLeave() <em>Sick Leave</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSickLeave()
	 * @generated
	 * @ordered
	 */
	protected double sickLeave = SICK_LEAVE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOtherLeave() <em>Other Leave</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOtherLeave()
	 * @generated
	 * @ordered
	 */
	protected static final double OTHER_LEAVE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getOtherLeave() <em>Other Leave</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOtherLeave()
	 * @generated
	 * @ordered
	 */
	protected double otherLeave = OTHER_LEAVE_EDEFAULT;

	/**
	 * The default value of the '{@link #getHoursPerDay() <em>Hours Per Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHoursPerDay()
	 * @generated
	 * @ordered
	 */
	protected static final double HOURS_PER_DAY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getHoursPerDay() <em>Hours Per Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHoursPerDay()
	 * @generated
	 * @ordered
	 */
	protected double hoursPerDay = HOURS_PER_DAY_EDEFAULT;

	/**
	 * The default value of the '{@link #getHoursPerWeek() <em>Hours Per Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHoursPerWeek()
	 * @generated
	 * @ordered
	 */
	protected static final double HOURS_PER_WEEK_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getHoursPerWeek() <em>Hours Per Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHoursPerWeek()
	 * @generated
	 * @ordered
	 */
	protected double hoursPerWeek = HOURS_PER_WEEK_EDEFAULT;

	/**
	 * This is true if the Hours Per Week attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean hoursPerWeekESet;

	/**
	 * The default value of the '{@link #getCurrentStaff() <em>Current Staff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentStaff()
	 * @generated
	 * @ordered
	 */
	protected static final double CURRENT_STAFF_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCurrentStaff() <em>Current Staff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentStaff()
	 * @generated
	 * @ordered
	 */
	protected double currentStaff = CURRENT_STAFF_EDEFAULT;

	/**
	 * This is true if the Current Staff attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean currentStaffESet;

	/**
	 * The default value of the '{@link #isObservedSickLeave() <em>Observed Sick Leave</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isObservedSickLeave()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OBSERVED_SICK_LEAVE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isObservedSickLeave() <em>Observed Sick Leave</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isObservedSickLeave()
	 * @generated
	 * @ordered
	 */
	protected boolean observedSickLeave = OBSERVED_SICK_LEAVE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getActivities() <em>Activities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivities()
	 * @generated
	 * @ordered
	 */
	protected EList<ServiceActivity> activities;

	/**
	 * The cached value of the '{@link #getCategoryAllowances() <em>Category Allowances</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategoryAllowances()
	 * @generated
	 * @ordered
	 */
	protected EList<CategoryAllowance> categoryAllowances;

	/**
	 * The cached value of the '{@link #getIndividualAllowances() <em>Individual Allowances</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndividualAllowances()
	 * @generated
	 * @ordered
	 */
	protected EList<IndividualAllowance> individualAllowances;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WisnStudyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return IntdPackage.Literals.WISN_STUDY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Role getRole() {
		if (role != null && role.eIsProxy()) {
			InternalEObject oldRole = (InternalEObject)role;
			role = (Role)eResolveProxy(oldRole);
			if (role != oldRole) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, IntdPackage.WISN_STUDY__ROLE, oldRole, role));
			}
		}
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Role basicGetRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(Role newRole) {
		Role oldRole = role;
		role = newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.WISN_STUDY__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Element getUnit() {
		if (unit != null && unit.eIsProxy()) {
			InternalEObject oldUnit = (InternalEObject)unit;
			unit = (Element)eResolveProxy(oldUnit);
			if (unit != oldUnit) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, IntdPackage.WISN_STUDY__UNIT, oldUnit, unit));
			}
		}
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Element basicGetUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(Element newUnit) {
		Element oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.WISN_STUDY__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEachNeighbourhood() {
		return eachNeighbourhood;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEachNeighbourhood(boolean newEachNeighbourhood) {
		boolean oldEachNeighbourhood = eachNeighbourhood;
		eachNeighbourhood = newEachNeighbourhood;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.WISN_STUDY__EACH_NEIGHBOURHOOD, oldEachNeighbourhood, eachNeighbourhood));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWorkingDays() {
		return workingDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorkingDays(double newWorkingDays) {
		double oldWorkingDays = workingDays;
		workingDays = newWorkingDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.WISN_STUDY__WORKING_DAYS, oldWorkingDays, workingDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPublicHolidays() {
		return publicHolidays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublicHolidays(double newPublicHolidays) {
		double oldPublicHolidays = publicHolidays;
		publicHolidays = newPublicHolidays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.WISN_STUDY__PUBLIC_HOLIDAYS, oldPublicHolidays, publicHolidays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAnnualLeave() {
		return annualLeave;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnualLeave(double newAnnualLeave) {
		double oldAnnualLeave = annualLeave;
		annualLeave = newAnnualLeave;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.WISN_STUDY__ANNUAL_LEAVE, oldAnnualLeave, annualLeave));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSickLeave() {
		return sickLeave;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSickLeave(double newSickLeave) {
		double oldSickLeave = sickLeave;
		sickLeave = newSickLeave;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.WISN_STUDY__SICK_LEAVE, oldSickLeave, sickLeave));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getOtherLeave() {
		return otherLeave;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOtherLeave(double newOtherLeave) {
		double oldOtherLeave = otherLeave;
		otherLeave = newOtherLeave;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.WISN_STUDY__OTHER_LEAVE, oldOtherLeave, otherLeave));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHoursPerDay() {
		return hoursPerDay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHoursPerDay(double newHoursPerDay) {
		double oldHoursPerDay = hoursPerDay;
		hoursPerDay = newHoursPerDay;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.WISN_STUDY__HOURS_PER_DAY, oldHoursPerDay, hoursPerDay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHoursPerWeek() {
		return hoursPerWeek;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHoursPerWeek(double newHoursPerWeek) {
		double oldHoursPerWeek = hoursPerWeek;
		hoursPerWeek = newHoursPerWeek;
		boolean oldHoursPerWeekESet = hoursPerWeekESet;
		hoursPerWeekESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.WISN_STUDY__HOURS_PER_WEEK, oldHoursPerWeek, hoursPerWeek, !oldHoursPerWeekESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetHoursPerWeek() {
		double oldHoursPerWeek = hoursPerWeek;
		boolean oldHoursPerWeekESet = hoursPerWeekESet;
		hoursPerWeek = HOURS_PER_WEEK_EDEFAULT;
		hoursPerWeekESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, IntdPackage.WISN_STUDY__HOURS_PER_WEEK, oldHoursPerWeek, HOURS_PER_WEEK_EDEFAULT, oldHoursPerWeekESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetHoursPerWeek() {
		return hoursPerWeekESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCurrentStaff() {
		return currentStaff;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrentStaff(double newCurrentStaff) {
		double oldCurrentStaff = currentStaff;
		currentStaff = newCurrentStaff;
		boolean oldCurrentStaffESet = currentStaffESet;
		currentStaffESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.WISN_STUDY__CURRENT_STAFF, oldCurrentStaff, currentStaff, !oldCurrentStaffESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetCurrentStaff() {
		double oldCurrentStaff = currentStaff;
		boolean oldCurrentStaffESet = currentStaffESet;
		currentStaff = CURRENT_STAFF_EDEFAULT;
		currentStaffESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, IntdPackage.WISN_STUDY__CURRENT_STAFF, oldCurrentStaff, CURRENT_STAFF_EDEFAULT, oldCurrentStaffESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetCurrentStaff() {
		return currentStaffESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isObservedSickLeave() {
		return observedSickLeave;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObservedSickLeave(boolean newObservedSickLeave) {
		boolean oldObservedSickLeave = observedSickLeave;
		observedSickLeave = newObservedSickLeave;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.WISN_STUDY__OBSERVED_SICK_LEAVE, oldObservedSickLeave, observedSickLeave));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ServiceActivity> getActivities() {
		if (activities == null) {
			activities = new EObjectContainmentEList<ServiceActivity>(ServiceActivity.class, this, IntdPackage.WISN_STUDY__ACTIVITIES);
		}
		return activities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CategoryAllowance> getCategoryAllowances() {
		if (categoryAllowances == null) {
			categoryAllowances = new EObjectContainmentEList<CategoryAllowance>(CategoryAllowance.class, this, IntdPackage.WISN_STUDY__CATEGORY_ALLOWANCES);
		}
		return categoryAllowances;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<IndividualAllowance> getIndividualAllowances() {
		if (individualAllowances == null) {
			individualAllowances = new EObjectContainmentEList<IndividualAllowance>(IndividualAllowance.class, this, IntdPackage.WISN_STUDY__INDIVIDUAL_ALLOWANCES);
		}
		return individualAllowances;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case IntdPackage.WISN_STUDY__ACTIVITIES:
				return ((InternalEList<?>)getActivities()).basicRemove(otherEnd, msgs);
			case IntdPackage.WISN_STUDY__CATEGORY_ALLOWANCES:
				return ((InternalEList<?>)getCategoryAllowances()).basicRemove(otherEnd, msgs);
			case IntdPackage.WISN_STUDY__INDIVIDUAL_ALLOWANCES:
				return ((InternalEList<?>)getIndividualAllowances()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case IntdPackage.WISN_STUDY__ROLE:
				if (resolve) return getRole();
				return basicGetRole();
			case IntdPackage.WISN_STUDY__UNIT:
				if (resolve) return getUnit();
				return basicGetUnit();
			case IntdPackage.WISN_STUDY__EACH_NEIGHBOURHOOD:
				return isEachNeighbourhood();
			case IntdPackage.WISN_STUDY__WORKING_DAYS:
				return getWorkingDays();
			case IntdPackage.WISN_STUDY__PUBLIC_HOLIDAYS:
				return getPublicHolidays();
			case IntdPackage.WISN_STUDY__ANNUAL_LEAVE:
				return getAnnualLeave();
			case IntdPackage.WISN_STUDY__SICK_LEAVE:
				return getSickLeave();
			case IntdPackage.WISN_STUDY__OTHER_LEAVE:
				return getOtherLeave();
			case IntdPackage.WISN_STUDY__HOURS_PER_DAY:
				return getHoursPerDay();
			case IntdPackage.WISN_STUDY__HOURS_PER_WEEK:
				return getHoursPerWeek();
			case IntdPackage.WISN_STUDY__CURRENT_STAFF:
				return getCurrentStaff();
			case IntdPackage.WISN_STUDY__OBSERVED_SICK_LEAVE:
				return isObservedSickLeave();
			case IntdPackage.WISN_STUDY__ACTIVITIES:
				return getActivities();
			case IntdPackage.WISN_STUDY__CATEGORY_ALLOWANCES:
				return getCategoryAllowances();
			case IntdPackage.WISN_STUDY__INDIVIDUAL_ALLOWANCES:
				return getIndividualAllowances();
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
			case IntdPackage.WISN_STUDY__ROLE:
				setRole((Role)newValue);
				return;
			case IntdPackage.WISN_STUDY__UNIT:
				setUnit((Element)newValue);
				return;
			case IntdPackage.WISN_STUDY__EACH_NEIGHBOURHOOD:
				setEachNeighbourhood((Boolean)newValue);
				return;
			case IntdPackage.WISN_STUDY__WORKING_DAYS:
				setWorkingDays((Double)newValue);
				return;
			case IntdPackage.WISN_STUDY__PUBLIC_HOLIDAYS:
				setPublicHolidays((Double)newValue);
				return;
			case IntdPackage.WISN_STUDY__ANNUAL_LEAVE:
				setAnnualLeave((Double)newValue);
				return;
			case IntdPackage.WISN_STUDY__SICK_LEAVE:
				setSickLeave((Double)newValue);
				return;
			case IntdPackage.WISN_STUDY__OTHER_LEAVE:
				setOtherLeave((Double)newValue);
				return;
			case IntdPackage.WISN_STUDY__HOURS_PER_DAY:
				setHoursPerDay((Double)newValue);
				return;
			case IntdPackage.WISN_STUDY__HOURS_PER_WEEK:
				setHoursPerWeek((Double)newValue);
				return;
			case IntdPackage.WISN_STUDY__CURRENT_STAFF:
				setCurrentStaff((Double)newValue);
				return;
			case IntdPackage.WISN_STUDY__OBSERVED_SICK_LEAVE:
				setObservedSickLeave((Boolean)newValue);
				return;
			case IntdPackage.WISN_STUDY__ACTIVITIES:
				getActivities().clear();
				getActivities().addAll((Collection<? extends ServiceActivity>)newValue);
				return;
			case IntdPackage.WISN_STUDY__CATEGORY_ALLOWANCES:
				getCategoryAllowances().clear();
				getCategoryAllowances().addAll((Collection<? extends CategoryAllowance>)newValue);
				return;
			case IntdPackage.WISN_STUDY__INDIVIDUAL_ALLOWANCES:
				getIndividualAllowances().clear();
				getIndividualAllowances().addAll((Collection<? extends IndividualAllowance>)newValue);
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
			case IntdPackage.WISN_STUDY__ROLE:
				setRole((Role)null);
				return;
			case IntdPackage.WISN_STUDY__UNIT:
				setUnit((Element)null);
				return;
			case IntdPackage.WISN_STUDY__EACH_NEIGHBOURHOOD:
				setEachNeighbourhood(EACH_NEIGHBOURHOOD_EDEFAULT);
				return;
			case IntdPackage.WISN_STUDY__WORKING_DAYS:
				setWorkingDays(WORKING_DAYS_EDEFAULT);
				return;
			case IntdPackage.WISN_STUDY__PUBLIC_HOLIDAYS:
				setPublicHolidays(PUBLIC_HOLIDAYS_EDEFAULT);
				return;
			case IntdPackage.WISN_STUDY__ANNUAL_LEAVE:
				setAnnualLeave(ANNUAL_LEAVE_EDEFAULT);
				return;
			case IntdPackage.WISN_STUDY__SICK_LEAVE:
				setSickLeave(SICK_LEAVE_EDEFAULT);
				return;
			case IntdPackage.WISN_STUDY__OTHER_LEAVE:
				setOtherLeave(OTHER_LEAVE_EDEFAULT);
				return;
			case IntdPackage.WISN_STUDY__HOURS_PER_DAY:
				setHoursPerDay(HOURS_PER_DAY_EDEFAULT);
				return;
			case IntdPackage.WISN_STUDY__HOURS_PER_WEEK:
				unsetHoursPerWeek();
				return;
			case IntdPackage.WISN_STUDY__CURRENT_STAFF:
				unsetCurrentStaff();
				return;
			case IntdPackage.WISN_STUDY__OBSERVED_SICK_LEAVE:
				setObservedSickLeave(OBSERVED_SICK_LEAVE_EDEFAULT);
				return;
			case IntdPackage.WISN_STUDY__ACTIVITIES:
				getActivities().clear();
				return;
			case IntdPackage.WISN_STUDY__CATEGORY_ALLOWANCES:
				getCategoryAllowances().clear();
				return;
			case IntdPackage.WISN_STUDY__INDIVIDUAL_ALLOWANCES:
				getIndividualAllowances().clear();
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
			case IntdPackage.WISN_STUDY__ROLE:
				return role != null;
			case IntdPackage.WISN_STUDY__UNIT:
				return unit != null;
			case IntdPackage.WISN_STUDY__EACH_NEIGHBOURHOOD:
				return eachNeighbourhood != EACH_NEIGHBOURHOOD_EDEFAULT;
			case IntdPackage.WISN_STUDY__WORKING_DAYS:
				return workingDays != WORKING_DAYS_EDEFAULT;
			case IntdPackage.WISN_STUDY__PUBLIC_HOLIDAYS:
				return publicHolidays != PUBLIC_HOLIDAYS_EDEFAULT;
			case IntdPackage.WISN_STUDY__ANNUAL_LEAVE:
				return annualLeave != ANNUAL_LEAVE_EDEFAULT;
			case IntdPackage.WISN_STUDY__SICK_LEAVE:
				return sickLeave != SICK_LEAVE_EDEFAULT;
			case IntdPackage.WISN_STUDY__OTHER_LEAVE:
				return otherLeave != OTHER_LEAVE_EDEFAULT;
			case IntdPackage.WISN_STUDY__HOURS_PER_DAY:
				return hoursPerDay != HOURS_PER_DAY_EDEFAULT;
			case IntdPackage.WISN_STUDY__HOURS_PER_WEEK:
				return isSetHoursPerWeek();
			case IntdPackage.WISN_STUDY__CURRENT_STAFF:
				return isSetCurrentStaff();
			case IntdPackage.WISN_STUDY__OBSERVED_SICK_LEAVE:
				return observedSickLeave != OBSERVED_SICK_LEAVE_EDEFAULT;
			case IntdPackage.WISN_STUDY__ACTIVITIES:
				return activities != null && !activities.isEmpty();
			case IntdPackage.WISN_STUDY__CATEGORY_ALLOWANCES:
				return categoryAllowances != null && !categoryAllowances.isEmpty();
			case IntdPackage.WISN_STUDY__INDIVIDUAL_ALLOWANCES:
				return individualAllowances != null && !individualAllowances.isEmpty();
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
		result.append(" (eachNeighbourhood: ");
		result.append(eachNeighbourhood);
		result.append(", workingDays: ");
		result.append(workingDays);
		result.append(", publicHolidays: ");
		result.append(publicHolidays);
		result.append(", annualLeave: ");
		result.append(annualLeave);
		result.append(", sickLeave: ");
		result.append(sickLeave);
		result.append(", otherLeave: ");
		result.append(otherLeave);
		result.append(", hoursPerDay: ");
		result.append(hoursPerDay);
		result.append(", hoursPerWeek: ");
		if (hoursPerWeekESet) result.append(hoursPerWeek); else result.append("<unset>");
		result.append(", currentStaff: ");
		if (currentStaffESet) result.append(currentStaff); else result.append("<unset>");
		result.append(", observedSickLeave: ");
		result.append(observedSickLeave);
		result.append(')');
		return result.toString();
	}

} //WisnStudyImpl
