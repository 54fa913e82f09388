/**
 */
package org.intdesigner.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service Activity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A health-service activity of a WISN study with its service standard (a unit time or a rate of working) and its annual workload (given, or a cohort's size times contacts per person a year).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.ServiceActivity#getActivity <em>Activity</em>}</li>
 *   <li>{@link org.intdesigner.model.ServiceActivity#getUnitMinutes <em>Unit Minutes</em>}</li>
 *   <li>{@link org.intdesigner.model.ServiceActivity#getRatePerHour <em>Rate Per Hour</em>}</li>
 *   <li>{@link org.intdesigner.model.ServiceActivity#getAnnualWorkload <em>Annual Workload</em>}</li>
 *   <li>{@link org.intdesigner.model.ServiceActivity#getCohort <em>Cohort</em>}</li>
 *   <li>{@link org.intdesigner.model.ServiceActivity#getPerPerson <em>Per Person</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.model.IntdPackage#getServiceActivity()
 * @model
 * @generated
 */
public interface ServiceActivity extends Identified {
	/**
	 * Returns the value of the '<em><b>Activity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Activity</em>' attribute.
	 * @see #setActivity(String)
	 * @see org.intdesigner.model.IntdPackage#getServiceActivity_Activity()
	 * @model
	 * @generated
	 */
	String getActivity();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.ServiceActivity#getActivity <em>Activity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Activity</em>' attribute.
	 * @see #getActivity()
	 * @generated
	 */
	void setActivity(String value);

	/**
	 * Returns the value of the '<em><b>Unit Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Service standard as the time one activity takes, in minutes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit Minutes</em>' attribute.
	 * @see #isSetUnitMinutes()
	 * @see #unsetUnitMinutes()
	 * @see #setUnitMinutes(double)
	 * @see org.intdesigner.model.IntdPackage#getServiceActivity_UnitMinutes()
	 * @model unsettable="true"
	 * @generated
	 */
	double getUnitMinutes();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.ServiceActivity#getUnitMinutes <em>Unit Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit Minutes</em>' attribute.
	 * @see #isSetUnitMinutes()
	 * @see #unsetUnitMinutes()
	 * @see #getUnitMinutes()
	 * @generated
	 */
	void setUnitMinutes(double value);

	/**
	 * Unsets the value of the '{@link org.intdesigner.model.ServiceActivity#getUnitMinutes <em>Unit Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetUnitMinutes()
	 * @see #getUnitMinutes()
	 * @see #setUnitMinutes(double)
	 * @generated
	 */
	void unsetUnitMinutes();

	/**
	 * Returns whether the value of the '{@link org.intdesigner.model.ServiceActivity#getUnitMinutes <em>Unit Minutes</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Unit Minutes</em>' attribute is set.
	 * @see #unsetUnitMinutes()
	 * @see #getUnitMinutes()
	 * @see #setUnitMinutes(double)
	 * @generated
	 */
	boolean isSetUnitMinutes();

	/**
	 * Returns the value of the '<em><b>Rate Per Hour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Service standard as a rate of working: activities an hour.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rate Per Hour</em>' attribute.
	 * @see #isSetRatePerHour()
	 * @see #unsetRatePerHour()
	 * @see #setRatePerHour(double)
	 * @see org.intdesigner.model.IntdPackage#getServiceActivity_RatePerHour()
	 * @model unsettable="true"
	 * @generated
	 */
	double getRatePerHour();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.ServiceActivity#getRatePerHour <em>Rate Per Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rate Per Hour</em>' attribute.
	 * @see #isSetRatePerHour()
	 * @see #unsetRatePerHour()
	 * @see #getRatePerHour()
	 * @generated
	 */
	void setRatePerHour(double value);

	/**
	 * Unsets the value of the '{@link org.intdesigner.model.ServiceActivity#getRatePerHour <em>Rate Per Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetRatePerHour()
	 * @see #getRatePerHour()
	 * @see #setRatePerHour(double)
	 * @generated
	 */
	void unsetRatePerHour();

	/**
	 * Returns whether the value of the '{@link org.intdesigner.model.ServiceActivity#getRatePerHour <em>Rate Per Hour</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Rate Per Hour</em>' attribute is set.
	 * @see #unsetRatePerHour()
	 * @see #getRatePerHour()
	 * @see #setRatePerHour(double)
	 * @generated
	 */
	boolean isSetRatePerHour();

	/**
	 * Returns the value of the '<em><b>Annual Workload</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Activities a year; unset when derived from a cohort.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Annual Workload</em>' attribute.
	 * @see #isSetAnnualWorkload()
	 * @see #unsetAnnualWorkload()
	 * @see #setAnnualWorkload(double)
	 * @see org.intdesigner.model.IntdPackage#getServiceActivity_AnnualWorkload()
	 * @model unsettable="true"
	 * @generated
	 */
	double getAnnualWorkload();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.ServiceActivity#getAnnualWorkload <em>Annual Workload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annual Workload</em>' attribute.
	 * @see #isSetAnnualWorkload()
	 * @see #unsetAnnualWorkload()
	 * @see #getAnnualWorkload()
	 * @generated
	 */
	void setAnnualWorkload(double value);

	/**
	 * Unsets the value of the '{@link org.intdesigner.model.ServiceActivity#getAnnualWorkload <em>Annual Workload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetAnnualWorkload()
	 * @see #getAnnualWorkload()
	 * @see #setAnnualWorkload(double)
	 * @generated
	 */
	void unsetAnnualWorkload();

	/**
	 * Returns whether the value of the '{@link org.intdesigner.model.ServiceActivity#getAnnualWorkload <em>Annual Workload</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Annual Workload</em>' attribute is set.
	 * @see #unsetAnnualWorkload()
	 * @see #getAnnualWorkload()
	 * @see #setAnnualWorkload(double)
	 * @generated
	 */
	boolean isSetAnnualWorkload();

	/**
	 * Returns the value of the '<em><b>Cohort</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The cohort whose size times perPerson gives the annual workload; in a study for each neighbourhood, each neighbourhood's cohorts of the same kind.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cohort</em>' reference.
	 * @see #setCohort(PopulationCohort)
	 * @see org.intdesigner.model.IntdPackage#getServiceActivity_Cohort()
	 * @model
	 * @generated
	 */
	PopulationCohort getCohort();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.ServiceActivity#getCohort <em>Cohort</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cohort</em>' reference.
	 * @see #getCohort()
	 * @generated
	 */
	void setCohort(PopulationCohort value);

	/**
	 * Returns the value of the '<em><b>Per Person</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Activities a year per person of the cohort.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Per Person</em>' attribute.
	 * @see #isSetPerPerson()
	 * @see #unsetPerPerson()
	 * @see #setPerPerson(double)
	 * @see org.intdesigner.model.IntdPackage#getServiceActivity_PerPerson()
	 * @model unsettable="true"
	 * @generated
	 */
	double getPerPerson();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.ServiceActivity#getPerPerson <em>Per Person</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Per Person</em>' attribute.
	 * @see #isSetPerPerson()
	 * @see #unsetPerPerson()
	 * @see #getPerPerson()
	 * @generated
	 */
	void setPerPerson(double value);

	/**
	 * Unsets the value of the '{@link org.intdesigner.model.ServiceActivity#getPerPerson <em>Per Person</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetPerPerson()
	 * @see #getPerPerson()
	 * @see #setPerPerson(double)
	 * @generated
	 */
	void unsetPerPerson();

	/**
	 * Returns whether the value of the '{@link org.intdesigner.model.ServiceActivity#getPerPerson <em>Per Person</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Per Person</em>' attribute is set.
	 * @see #unsetPerPerson()
	 * @see #getPerPerson()
	 * @see #setPerPerson(double)
	 * @generated
	 */
	boolean isSetPerPerson();

} // ServiceActivity
