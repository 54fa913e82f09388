/**
 */
package org.intdesigner.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Individual Allowance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An additional activity only some staff of the role do (individual allowance standard): hours a year times the staff doing it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.IndividualAllowance#getActivity <em>Activity</em>}</li>
 *   <li>{@link org.intdesigner.model.IndividualAllowance#getHoursPerYear <em>Hours Per Year</em>}</li>
 *   <li>{@link org.intdesigner.model.IndividualAllowance#getStaff <em>Staff</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.model.IntdPackage#getIndividualAllowance()
 * @model
 * @generated
 */
public interface IndividualAllowance extends Identified {
	/**
	 * Returns the value of the '<em><b>Activity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Activity</em>' attribute.
	 * @see #setActivity(String)
	 * @see org.intdesigner.model.IntdPackage#getIndividualAllowance_Activity()
	 * @model
	 * @generated
	 */
	String getActivity();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.IndividualAllowance#getActivity <em>Activity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Activity</em>' attribute.
	 * @see #getActivity()
	 * @generated
	 */
	void setActivity(String value);

	/**
	 * Returns the value of the '<em><b>Hours Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hours Per Year</em>' attribute.
	 * @see #setHoursPerYear(double)
	 * @see org.intdesigner.model.IntdPackage#getIndividualAllowance_HoursPerYear()
	 * @model
	 * @generated
	 */
	double getHoursPerYear();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.IndividualAllowance#getHoursPerYear <em>Hours Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hours Per Year</em>' attribute.
	 * @see #getHoursPerYear()
	 * @generated
	 */
	void setHoursPerYear(double value);

	/**
	 * Returns the value of the '<em><b>Staff</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Staff</em>' attribute.
	 * @see #setStaff(double)
	 * @see org.intdesigner.model.IntdPackage#getIndividualAllowance_Staff()
	 * @model
	 * @generated
	 */
	double getStaff();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.IndividualAllowance#getStaff <em>Staff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Staff</em>' attribute.
	 * @see #getStaff()
	 * @generated
	 */
	void setStaff(double value);

} // IndividualAllowance
