/**
 */
package org.intdesigner.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Suppression</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One validation rule switched off for one element, with who decided, when and why.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.Suppression#getRuleId <em>Rule Id</em>}</li>
 *   <li>{@link org.intdesigner.model.Suppression#getReason <em>Reason</em>}</li>
 *   <li>{@link org.intdesigner.model.Suppression#getSuppressedBy <em>Suppressed By</em>}</li>
 *   <li>{@link org.intdesigner.model.Suppression#getDate <em>Date</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.model.IntdPackage#getSuppression()
 * @model
 * @generated
 */
public interface Suppression extends Identified {
	/**
	 * Returns the value of the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rule Id</em>' attribute.
	 * @see #setRuleId(String)
	 * @see org.intdesigner.model.IntdPackage#getSuppression_RuleId()
	 * @model
	 * @generated
	 */
	String getRuleId();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Suppression#getRuleId <em>Rule Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule Id</em>' attribute.
	 * @see #getRuleId()
	 * @generated
	 */
	void setRuleId(String value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.intdesigner.model.IntdPackage#getSuppression_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Suppression#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Suppressed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Suppressed By</em>' attribute.
	 * @see #setSuppressedBy(String)
	 * @see org.intdesigner.model.IntdPackage#getSuppression_SuppressedBy()
	 * @model
	 * @generated
	 */
	String getSuppressedBy();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Suppression#getSuppressedBy <em>Suppressed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Suppressed By</em>' attribute.
	 * @see #getSuppressedBy()
	 * @generated
	 */
	void setSuppressedBy(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO date (yyyy-mm-dd) the finding was suppressed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(String)
	 * @see org.intdesigner.model.IntdPackage#getSuppression_Date()
	 * @model
	 * @generated
	 */
	String getDate();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Suppression#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(String value);

} // Suppression
