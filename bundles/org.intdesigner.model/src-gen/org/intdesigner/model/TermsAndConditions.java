/**
 */
package org.intdesigner.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Terms And Conditions</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An employer's terms for some or all of its roles (pay scale, hours, leave).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.TermsAndConditions#getPayScale <em>Pay Scale</em>}</li>
 *   <li>{@link org.intdesigner.model.TermsAndConditions#getWeeklyHours <em>Weekly Hours</em>}</li>
 *   <li>{@link org.intdesigner.model.TermsAndConditions#getAnnualLeaveDays <em>Annual Leave Days</em>}</li>
 *   <li>{@link org.intdesigner.model.TermsAndConditions#getRoles <em>Roles</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.model.IntdPackage#getTermsAndConditions()
 * @model
 * @generated
 */
public interface TermsAndConditions extends Element {
	/**
	 * Returns the value of the '<em><b>Pay Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pay Scale</em>' attribute.
	 * @see #setPayScale(String)
	 * @see org.intdesigner.model.IntdPackage#getTermsAndConditions_PayScale()
	 * @model
	 * @generated
	 */
	String getPayScale();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.TermsAndConditions#getPayScale <em>Pay Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pay Scale</em>' attribute.
	 * @see #getPayScale()
	 * @generated
	 */
	void setPayScale(String value);

	/**
	 * Returns the value of the '<em><b>Weekly Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Weekly Hours</em>' attribute.
	 * @see #setWeeklyHours(double)
	 * @see org.intdesigner.model.IntdPackage#getTermsAndConditions_WeeklyHours()
	 * @model
	 * @generated
	 */
	double getWeeklyHours();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.TermsAndConditions#getWeeklyHours <em>Weekly Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weekly Hours</em>' attribute.
	 * @see #getWeeklyHours()
	 * @generated
	 */
	void setWeeklyHours(double value);

	/**
	 * Returns the value of the '<em><b>Annual Leave Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annual Leave Days</em>' attribute.
	 * @see #setAnnualLeaveDays(double)
	 * @see org.intdesigner.model.IntdPackage#getTermsAndConditions_AnnualLeaveDays()
	 * @model
	 * @generated
	 */
	double getAnnualLeaveDays();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.TermsAndConditions#getAnnualLeaveDays <em>Annual Leave Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annual Leave Days</em>' attribute.
	 * @see #getAnnualLeaveDays()
	 * @generated
	 */
	void setAnnualLeaveDays(double value);

	/**
	 * Returns the value of the '<em><b>Roles</b></em>' reference list.
	 * The list contents are of type {@link org.intdesigner.model.Role}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Roles</em>' reference list.
	 * @see org.intdesigner.model.IntdPackage#getTermsAndConditions_Roles()
	 * @model
	 * @generated
	 */
	EList<Role> getRoles();

} // TermsAndConditions
