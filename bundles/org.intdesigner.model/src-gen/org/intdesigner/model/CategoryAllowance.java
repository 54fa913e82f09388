/**
 */
package org.intdesigner.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Category Allowance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A support activity every staff member of the role does (category allowance standard): a percentage of working time, or time per day, week, month or year.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.CategoryAllowance#getActivity <em>Activity</em>}</li>
 *   <li>{@link org.intdesigner.model.CategoryAllowance#getPercent <em>Percent</em>}</li>
 *   <li>{@link org.intdesigner.model.CategoryAllowance#getHours <em>Hours</em>}</li>
 *   <li>{@link org.intdesigner.model.CategoryAllowance#getPer <em>Per</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.model.IntdPackage#getCategoryAllowance()
 * @model
 * @generated
 */
public interface CategoryAllowance extends Identified {
	/**
	 * Returns the value of the '<em><b>Activity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Activity</em>' attribute.
	 * @see #setActivity(String)
	 * @see org.intdesigner.model.IntdPackage#getCategoryAllowance_Activity()
	 * @model
	 * @generated
	 */
	String getActivity();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.CategoryAllowance#getActivity <em>Activity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Activity</em>' attribute.
	 * @see #getActivity()
	 * @generated
	 */
	void setActivity(String value);

	/**
	 * Returns the value of the '<em><b>Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Percent</em>' attribute.
	 * @see #isSetPercent()
	 * @see #unsetPercent()
	 * @see #setPercent(double)
	 * @see org.intdesigner.model.IntdPackage#getCategoryAllowance_Percent()
	 * @model unsettable="true"
	 * @generated
	 */
	double getPercent();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.CategoryAllowance#getPercent <em>Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Percent</em>' attribute.
	 * @see #isSetPercent()
	 * @see #unsetPercent()
	 * @see #getPercent()
	 * @generated
	 */
	void setPercent(double value);

	/**
	 * Unsets the value of the '{@link org.intdesigner.model.CategoryAllowance#getPercent <em>Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetPercent()
	 * @see #getPercent()
	 * @see #setPercent(double)
	 * @generated
	 */
	void unsetPercent();

	/**
	 * Returns whether the value of the '{@link org.intdesigner.model.CategoryAllowance#getPercent <em>Percent</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Percent</em>' attribute is set.
	 * @see #unsetPercent()
	 * @see #getPercent()
	 * @see #setPercent(double)
	 * @generated
	 */
	boolean isSetPercent();

	/**
	 * Returns the value of the '<em><b>Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hours</em>' attribute.
	 * @see #isSetHours()
	 * @see #unsetHours()
	 * @see #setHours(double)
	 * @see org.intdesigner.model.IntdPackage#getCategoryAllowance_Hours()
	 * @model unsettable="true"
	 * @generated
	 */
	double getHours();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.CategoryAllowance#getHours <em>Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hours</em>' attribute.
	 * @see #isSetHours()
	 * @see #unsetHours()
	 * @see #getHours()
	 * @generated
	 */
	void setHours(double value);

	/**
	 * Unsets the value of the '{@link org.intdesigner.model.CategoryAllowance#getHours <em>Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetHours()
	 * @see #getHours()
	 * @see #setHours(double)
	 * @generated
	 */
	void unsetHours();

	/**
	 * Returns whether the value of the '{@link org.intdesigner.model.CategoryAllowance#getHours <em>Hours</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Hours</em>' attribute is set.
	 * @see #unsetHours()
	 * @see #getHours()
	 * @see #setHours(double)
	 * @generated
	 */
	boolean isSetHours();

	/**
	 * Returns the value of the '<em><b>Per</b></em>' attribute.
	 * The literals are from the enumeration {@link org.intdesigner.model.AllowancePeriod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Per</em>' attribute.
	 * @see org.intdesigner.model.AllowancePeriod
	 * @see #isSetPer()
	 * @see #unsetPer()
	 * @see #setPer(AllowancePeriod)
	 * @see org.intdesigner.model.IntdPackage#getCategoryAllowance_Per()
	 * @model unsettable="true"
	 * @generated
	 */
	AllowancePeriod getPer();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.CategoryAllowance#getPer <em>Per</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Per</em>' attribute.
	 * @see org.intdesigner.model.AllowancePeriod
	 * @see #isSetPer()
	 * @see #unsetPer()
	 * @see #getPer()
	 * @generated
	 */
	void setPer(AllowancePeriod value);

	/**
	 * Unsets the value of the '{@link org.intdesigner.model.CategoryAllowance#getPer <em>Per</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetPer()
	 * @see #getPer()
	 * @see #setPer(AllowancePeriod)
	 * @generated
	 */
	void unsetPer();

	/**
	 * Returns whether the value of the '{@link org.intdesigner.model.CategoryAllowance#getPer <em>Per</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Per</em>' attribute is set.
	 * @see #unsetPer()
	 * @see #getPer()
	 * @see #setPer(AllowancePeriod)
	 * @generated
	 */
	boolean isSetPer();

} // CategoryAllowance
