/**
 */
package org.intdesigner.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Wisn Study</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A WHO WISN study (Workload Indicators of Staffing Need): the staff of one role a unit (team, neighbourhood or place) needs for its workload, from the available working time, the service standards of its activities and the allowances.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.WisnStudy#getRole <em>Role</em>}</li>
 *   <li>{@link org.intdesigner.model.WisnStudy#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.intdesigner.model.WisnStudy#isEachNeighbourhood <em>Each Neighbourhood</em>}</li>
 *   <li>{@link org.intdesigner.model.WisnStudy#getWorkingDays <em>Working Days</em>}</li>
 *   <li>{@link org.intdesigner.model.WisnStudy#getPublicHolidays <em>Public Holidays</em>}</li>
 *   <li>{@link org.intdesigner.model.WisnStudy#getAnnualLeave <em>Annual Leave</em>}</li>
 *   <li>{@link org.intdesigner.model.WisnStudy#getSickLeave <em>Sick Leave</em>}</li>
 *   <li>{@link org.intdesigner.model.WisnStudy#getOtherLeave <em>Other Leave</em>}</li>
 *   <li>{@link org.intdesigner.model.WisnStudy#getHoursPerDay <em>Hours Per Day</em>}</li>
 *   <li>{@link org.intdesigner.model.WisnStudy#getHoursPerWeek <em>Hours Per Week</em>}</li>
 *   <li>{@link org.intdesigner.model.WisnStudy#getCurrentStaff <em>Current Staff</em>}</li>
 *   <li>{@link org.intdesigner.model.WisnStudy#isObservedSickLeave <em>Observed Sick Leave</em>}</li>
 *   <li>{@link org.intdesigner.model.WisnStudy#getActivities <em>Activities</em>}</li>
 *   <li>{@link org.intdesigner.model.WisnStudy#getCategoryAllowances <em>Category Allowances</em>}</li>
 *   <li>{@link org.intdesigner.model.WisnStudy#getIndividualAllowances <em>Individual Allowances</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.model.IntdPackage#getWisnStudy()
 * @model
 * @generated
 */
public interface WisnStudy extends Element {
	/**
	 * Returns the value of the '<em><b>Role</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' reference.
	 * @see #setRole(Role)
	 * @see org.intdesigner.model.IntdPackage#getWisnStudy_Role()
	 * @model
	 * @generated
	 */
	Role getRole();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.WisnStudy#getRole <em>Role</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' reference.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(Role value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The team or area whose workload this is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' reference.
	 * @see #setUnit(Element)
	 * @see org.intdesigner.model.IntdPackage#getWisnStudy_Unit()
	 * @model
	 * @generated
	 */
	Element getUnit();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.WisnStudy#getUnit <em>Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' reference.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(Element value);

	/**
	 * Returns the value of the '<em><b>Each Neighbourhood</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The study is a standard for every neighbourhood in its unit (an area): each neighbourhood gets its own need, from its own cohorts and population.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Each Neighbourhood</em>' attribute.
	 * @see #setEachNeighbourhood(boolean)
	 * @see org.intdesigner.model.IntdPackage#getWisnStudy_EachNeighbourhood()
	 * @model
	 * @generated
	 */
	boolean isEachNeighbourhood();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.WisnStudy#isEachNeighbourhood <em>Each Neighbourhood</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Each Neighbourhood</em>' attribute.
	 * @see #isEachNeighbourhood()
	 * @generated
	 */
	void setEachNeighbourhood(boolean value);

	/**
	 * Returns the value of the '<em><b>Working Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A: working days a year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Working Days</em>' attribute.
	 * @see #setWorkingDays(double)
	 * @see org.intdesigner.model.IntdPackage#getWisnStudy_WorkingDays()
	 * @model
	 * @generated
	 */
	double getWorkingDays();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.WisnStudy#getWorkingDays <em>Working Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Working Days</em>' attribute.
	 * @see #getWorkingDays()
	 * @generated
	 */
	void setWorkingDays(double value);

	/**
	 * Returns the value of the '<em><b>Public Holidays</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * B: public holidays a year, in days.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Public Holidays</em>' attribute.
	 * @see #setPublicHolidays(double)
	 * @see org.intdesigner.model.IntdPackage#getWisnStudy_PublicHolidays()
	 * @model
	 * @generated
	 */
	double getPublicHolidays();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.WisnStudy#getPublicHolidays <em>Public Holidays</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Public Holidays</em>' attribute.
	 * @see #getPublicHolidays()
	 * @generated
	 */
	void setPublicHolidays(double value);

	/**
	 * Returns the value of the '<em><b>Annual Leave</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * C: annual leave a year, in days.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Annual Leave</em>' attribute.
	 * @see #setAnnualLeave(double)
	 * @see org.intdesigner.model.IntdPackage#getWisnStudy_AnnualLeave()
	 * @model
	 * @generated
	 */
	double getAnnualLeave();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.WisnStudy#getAnnualLeave <em>Annual Leave</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annual Leave</em>' attribute.
	 * @see #getAnnualLeave()
	 * @generated
	 */
	void setAnnualLeave(double value);

	/**
	 * Returns the value of the '<em><b>Sick Leave</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * D: sick leave a year, in days.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sick Leave</em>' attribute.
	 * @see #setSickLeave(double)
	 * @see org.intdesigner.model.IntdPackage#getWisnStudy_SickLeave()
	 * @model
	 * @generated
	 */
	double getSickLeave();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.WisnStudy#getSickLeave <em>Sick Leave</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sick Leave</em>' attribute.
	 * @see #getSickLeave()
	 * @generated
	 */
	void setSickLeave(double value);

	/**
	 * Returns the value of the '<em><b>Other Leave</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * E: other leave a year (training, ...), in days.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Other Leave</em>' attribute.
	 * @see #setOtherLeave(double)
	 * @see org.intdesigner.model.IntdPackage#getWisnStudy_OtherLeave()
	 * @model
	 * @generated
	 */
	double getOtherLeave();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.WisnStudy#getOtherLeave <em>Other Leave</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Other Leave</em>' attribute.
	 * @see #getOtherLeave()
	 * @generated
	 */
	void setOtherLeave(double value);

	/**
	 * Returns the value of the '<em><b>Hours Per Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * F: working hours a day.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hours Per Day</em>' attribute.
	 * @see #setHoursPerDay(double)
	 * @see org.intdesigner.model.IntdPackage#getWisnStudy_HoursPerDay()
	 * @model
	 * @generated
	 */
	double getHoursPerDay();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.WisnStudy#getHoursPerDay <em>Hours Per Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hours Per Day</em>' attribute.
	 * @see #getHoursPerDay()
	 * @generated
	 */
	void setHoursPerDay(double value);

	/**
	 * Returns the value of the '<em><b>Hours Per Week</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Working hours a week, for allowances given per week; unset: hours a day x working days / 52.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hours Per Week</em>' attribute.
	 * @see #isSetHoursPerWeek()
	 * @see #unsetHoursPerWeek()
	 * @see #setHoursPerWeek(double)
	 * @see org.intdesigner.model.IntdPackage#getWisnStudy_HoursPerWeek()
	 * @model unsettable="true"
	 * @generated
	 */
	double getHoursPerWeek();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.WisnStudy#getHoursPerWeek <em>Hours Per Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hours Per Week</em>' attribute.
	 * @see #isSetHoursPerWeek()
	 * @see #unsetHoursPerWeek()
	 * @see #getHoursPerWeek()
	 * @generated
	 */
	void setHoursPerWeek(double value);

	/**
	 * Unsets the value of the '{@link org.intdesigner.model.WisnStudy#getHoursPerWeek <em>Hours Per Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetHoursPerWeek()
	 * @see #getHoursPerWeek()
	 * @see #setHoursPerWeek(double)
	 * @generated
	 */
	void unsetHoursPerWeek();

	/**
	 * Returns whether the value of the '{@link org.intdesigner.model.WisnStudy#getHoursPerWeek <em>Hours Per Week</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Hours Per Week</em>' attribute is set.
	 * @see #unsetHoursPerWeek()
	 * @see #getHoursPerWeek()
	 * @see #setHoursPerWeek(double)
	 * @generated
	 */
	boolean isSetHoursPerWeek();

	/**
	 * Returns the value of the '<em><b>Current Staff</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Staff of the role in the unit now (FTE); unset: the FTE of the model's posts of the role in the unit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Current Staff</em>' attribute.
	 * @see #isSetCurrentStaff()
	 * @see #unsetCurrentStaff()
	 * @see #setCurrentStaff(double)
	 * @see org.intdesigner.model.IntdPackage#getWisnStudy_CurrentStaff()
	 * @model unsettable="true"
	 * @generated
	 */
	double getCurrentStaff();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.WisnStudy#getCurrentStaff <em>Current Staff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Current Staff</em>' attribute.
	 * @see #isSetCurrentStaff()
	 * @see #unsetCurrentStaff()
	 * @see #getCurrentStaff()
	 * @generated
	 */
	void setCurrentStaff(double value);

	/**
	 * Unsets the value of the '{@link org.intdesigner.model.WisnStudy#getCurrentStaff <em>Current Staff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCurrentStaff()
	 * @see #getCurrentStaff()
	 * @see #setCurrentStaff(double)
	 * @generated
	 */
	void unsetCurrentStaff();

	/**
	 * Returns whether the value of the '{@link org.intdesigner.model.WisnStudy#getCurrentStaff <em>Current Staff</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Current Staff</em>' attribute is set.
	 * @see #unsetCurrentStaff()
	 * @see #getCurrentStaff()
	 * @see #setCurrentStaff(double)
	 * @generated
	 */
	boolean isSetCurrentStaff();

	/**
	 * Returns the value of the '<em><b>Observed Sick Leave</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Take the sick leave from the workforce store (the role's observed sickness absence) instead of sickLeave.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Observed Sick Leave</em>' attribute.
	 * @see #setObservedSickLeave(boolean)
	 * @see org.intdesigner.model.IntdPackage#getWisnStudy_ObservedSickLeave()
	 * @model
	 * @generated
	 */
	boolean isObservedSickLeave();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.WisnStudy#isObservedSickLeave <em>Observed Sick Leave</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Observed Sick Leave</em>' attribute.
	 * @see #isObservedSickLeave()
	 * @generated
	 */
	void setObservedSickLeave(boolean value);

	/**
	 * Returns the value of the '<em><b>Activities</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.model.ServiceActivity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Activities</em>' containment reference list.
	 * @see org.intdesigner.model.IntdPackage#getWisnStudy_Activities()
	 * @model containment="true"
	 * @generated
	 */
	EList<ServiceActivity> getActivities();

	/**
	 * Returns the value of the '<em><b>Category Allowances</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.model.CategoryAllowance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category Allowances</em>' containment reference list.
	 * @see org.intdesigner.model.IntdPackage#getWisnStudy_CategoryAllowances()
	 * @model containment="true"
	 * @generated
	 */
	EList<CategoryAllowance> getCategoryAllowances();

	/**
	 * Returns the value of the '<em><b>Individual Allowances</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.model.IndividualAllowance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Individual Allowances</em>' containment reference list.
	 * @see org.intdesigner.model.IntdPackage#getWisnStudy_IndividualAllowances()
	 * @model containment="true"
	 * @generated
	 */
	EList<IndividualAllowance> getIndividualAllowances();

} // WisnStudy
