/**
 */
package org.intdesigner.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.PopulationCohort;
import org.intdesigner.model.ServiceActivity;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Service Activity</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.impl.ServiceActivityImpl#getActivity <em>Activity</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.ServiceActivityImpl#getUnitMinutes <em>Unit Minutes</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.ServiceActivityImpl#getRatePerHour <em>Rate Per Hour</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.ServiceActivityImpl#getAnnualWorkload <em>Annual Workload</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.ServiceActivityImpl#getCohort <em>Cohort</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.ServiceActivityImpl#getPerPerson <em>Per Person</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServiceActivityImpl extends IdentifiedImpl implements ServiceActivity {
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
	 * The default value of the '{@link #getUnitMinutes() <em>Unit Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final double UNIT_MINUTES_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getUnitMinutes() <em>Unit Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitMinutes()
	 * @generated
	 * @ordered
	 */
	protected double unitMinutes = UNIT_MINUTES_EDEFAULT;

	/**
	 * This is true if the Unit Minutes attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean unitMinutesESet;

	/**
	 * The default value of the '{@link #getRatePerHour() <em>Rate Per Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRatePerHour()
	 * @generated
	 * @ordered
	 */
	protected static final double RATE_PER_HOUR_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getRatePerHour() <em>Rate Per Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRatePerHour()
	 * @generated
	 * @ordered
	 */
	protected double ratePerHour = RATE_PER_HOUR_EDEFAULT;

	/**
	 * This is true if the Rate Per Hour attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean ratePerHourESet;

	/**
	 * The default value of the '{@link #getAnnualWorkload() <em>Annual Workload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualWorkload()
	 * @generated
	 * @ordered
	 */
	protected static final double ANNUAL_WORKLOAD_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAnnualWorkload() <em>Annual Workload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualWorkload()
	 * @generated
	 * @ordered
	 */
	protected double annualWorkload = ANNUAL_WORKLOAD_EDEFAULT;

	/**
	 * This is true if the Annual Workload attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean annualWorkloadESet;

	/**
	 * The cached value of the '{@link #getCohort() <em>Cohort</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCohort()
	 * @generated
	 * @ordered
	 */
	protected PopulationCohort cohort;

	/**
	 * The default value of the '{@link #getPerPerson() <em>Per Person</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerPerson()
	 * @generated
	 * @ordered
	 */
	protected static final double PER_PERSON_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPerPerson() <em>Per Person</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerPerson()
	 * @generated
	 * @ordered
	 */
	protected double perPerson = PER_PERSON_EDEFAULT;

	/**
	 * This is true if the Per Person attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean perPersonESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServiceActivityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return IntdPackage.Literals.SERVICE_ACTIVITY;
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
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.SERVICE_ACTIVITY__ACTIVITY, oldActivity, activity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getUnitMinutes() {
		return unitMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnitMinutes(double newUnitMinutes) {
		double oldUnitMinutes = unitMinutes;
		unitMinutes = newUnitMinutes;
		boolean oldUnitMinutesESet = unitMinutesESet;
		unitMinutesESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.SERVICE_ACTIVITY__UNIT_MINUTES, oldUnitMinutes, unitMinutes, !oldUnitMinutesESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetUnitMinutes() {
		double oldUnitMinutes = unitMinutes;
		boolean oldUnitMinutesESet = unitMinutesESet;
		unitMinutes = UNIT_MINUTES_EDEFAULT;
		unitMinutesESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, IntdPackage.SERVICE_ACTIVITY__UNIT_MINUTES, oldUnitMinutes, UNIT_MINUTES_EDEFAULT, oldUnitMinutesESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetUnitMinutes() {
		return unitMinutesESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRatePerHour() {
		return ratePerHour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRatePerHour(double newRatePerHour) {
		double oldRatePerHour = ratePerHour;
		ratePerHour = newRatePerHour;
		boolean oldRatePerHourESet = ratePerHourESet;
		ratePerHourESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.SERVICE_ACTIVITY__RATE_PER_HOUR, oldRatePerHour, ratePerHour, !oldRatePerHourESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetRatePerHour() {
		double oldRatePerHour = ratePerHour;
		boolean oldRatePerHourESet = ratePerHourESet;
		ratePerHour = RATE_PER_HOUR_EDEFAULT;
		ratePerHourESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, IntdPackage.SERVICE_ACTIVITY__RATE_PER_HOUR, oldRatePerHour, RATE_PER_HOUR_EDEFAULT, oldRatePerHourESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetRatePerHour() {
		return ratePerHourESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAnnualWorkload() {
		return annualWorkload;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnualWorkload(double newAnnualWorkload) {
		double oldAnnualWorkload = annualWorkload;
		annualWorkload = newAnnualWorkload;
		boolean oldAnnualWorkloadESet = annualWorkloadESet;
		annualWorkloadESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.SERVICE_ACTIVITY__ANNUAL_WORKLOAD, oldAnnualWorkload, annualWorkload, !oldAnnualWorkloadESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetAnnualWorkload() {
		double oldAnnualWorkload = annualWorkload;
		boolean oldAnnualWorkloadESet = annualWorkloadESet;
		annualWorkload = ANNUAL_WORKLOAD_EDEFAULT;
		annualWorkloadESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, IntdPackage.SERVICE_ACTIVITY__ANNUAL_WORKLOAD, oldAnnualWorkload, ANNUAL_WORKLOAD_EDEFAULT, oldAnnualWorkloadESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetAnnualWorkload() {
		return annualWorkloadESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PopulationCohort getCohort() {
		if (cohort != null && cohort.eIsProxy()) {
			InternalEObject oldCohort = (InternalEObject)cohort;
			cohort = (PopulationCohort)eResolveProxy(oldCohort);
			if (cohort != oldCohort) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, IntdPackage.SERVICE_ACTIVITY__COHORT, oldCohort, cohort));
			}
		}
		return cohort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PopulationCohort basicGetCohort() {
		return cohort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCohort(PopulationCohort newCohort) {
		PopulationCohort oldCohort = cohort;
		cohort = newCohort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.SERVICE_ACTIVITY__COHORT, oldCohort, cohort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPerPerson() {
		return perPerson;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerPerson(double newPerPerson) {
		double oldPerPerson = perPerson;
		perPerson = newPerPerson;
		boolean oldPerPersonESet = perPersonESet;
		perPersonESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.SERVICE_ACTIVITY__PER_PERSON, oldPerPerson, perPerson, !oldPerPersonESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetPerPerson() {
		double oldPerPerson = perPerson;
		boolean oldPerPersonESet = perPersonESet;
		perPerson = PER_PERSON_EDEFAULT;
		perPersonESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, IntdPackage.SERVICE_ACTIVITY__PER_PERSON, oldPerPerson, PER_PERSON_EDEFAULT, oldPerPersonESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetPerPerson() {
		return perPersonESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case IntdPackage.SERVICE_ACTIVITY__ACTIVITY:
				return getActivity();
			case IntdPackage.SERVICE_ACTIVITY__UNIT_MINUTES:
				return getUnitMinutes();
			case IntdPackage.SERVICE_ACTIVITY__RATE_PER_HOUR:
				return getRatePerHour();
			case IntdPackage.SERVICE_ACTIVITY__ANNUAL_WORKLOAD:
				return getAnnualWorkload();
			case IntdPackage.SERVICE_ACTIVITY__COHORT:
				if (resolve) return getCohort();
				return basicGetCohort();
			case IntdPackage.SERVICE_ACTIVITY__PER_PERSON:
				return getPerPerson();
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
			case IntdPackage.SERVICE_ACTIVITY__ACTIVITY:
				setActivity((String)newValue);
				return;
			case IntdPackage.SERVICE_ACTIVITY__UNIT_MINUTES:
				setUnitMinutes((Double)newValue);
				return;
			case IntdPackage.SERVICE_ACTIVITY__RATE_PER_HOUR:
				setRatePerHour((Double)newValue);
				return;
			case IntdPackage.SERVICE_ACTIVITY__ANNUAL_WORKLOAD:
				setAnnualWorkload((Double)newValue);
				return;
			case IntdPackage.SERVICE_ACTIVITY__COHORT:
				setCohort((PopulationCohort)newValue);
				return;
			case IntdPackage.SERVICE_ACTIVITY__PER_PERSON:
				setPerPerson((Double)newValue);
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
			case IntdPackage.SERVICE_ACTIVITY__ACTIVITY:
				setActivity(ACTIVITY_EDEFAULT);
				return;
			case IntdPackage.SERVICE_ACTIVITY__UNIT_MINUTES:
				unsetUnitMinutes();
				return;
			case IntdPackage.SERVICE_ACTIVITY__RATE_PER_HOUR:
				unsetRatePerHour();
				return;
			case IntdPackage.SERVICE_ACTIVITY__ANNUAL_WORKLOAD:
				unsetAnnualWorkload();
				return;
			case IntdPackage.SERVICE_ACTIVITY__COHORT:
				setCohort((PopulationCohort)null);
				return;
			case IntdPackage.SERVICE_ACTIVITY__PER_PERSON:
				unsetPerPerson();
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
			case IntdPackage.SERVICE_ACTIVITY__ACTIVITY:
				return ACTIVITY_EDEFAULT == null ? activity != null : !ACTIVITY_EDEFAULT.equals(activity);
			case IntdPackage.SERVICE_ACTIVITY__UNIT_MINUTES:
				return isSetUnitMinutes();
			case IntdPackage.SERVICE_ACTIVITY__RATE_PER_HOUR:
				return isSetRatePerHour();
			case IntdPackage.SERVICE_ACTIVITY__ANNUAL_WORKLOAD:
				return isSetAnnualWorkload();
			case IntdPackage.SERVICE_ACTIVITY__COHORT:
				return cohort != null;
			case IntdPackage.SERVICE_ACTIVITY__PER_PERSON:
				return isSetPerPerson();
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
		result.append(", unitMinutes: ");
		if (unitMinutesESet) result.append(unitMinutes); else result.append("<unset>");
		result.append(", ratePerHour: ");
		if (ratePerHourESet) result.append(ratePerHour); else result.append("<unset>");
		result.append(", annualWorkload: ");
		if (annualWorkloadESet) result.append(annualWorkload); else result.append("<unset>");
		result.append(", perPerson: ");
		if (perPersonESet) result.append(perPerson); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //ServiceActivityImpl
