/**
 */
package org.intdesigner.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Raci Assignment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One RACI (RASCI) code given to one party on one accountability item.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.RaciAssignment#getParty <em>Party</em>}</li>
 *   <li>{@link org.intdesigner.model.RaciAssignment#getCode <em>Code</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.model.IntdPackage#getRaciAssignment()
 * @model
 * @generated
 */
public interface RaciAssignment extends Identified {
	/**
	 * Returns the value of the '<em><b>Party</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Party</em>' reference.
	 * @see #setParty(Party)
	 * @see org.intdesigner.model.IntdPackage#getRaciAssignment_Party()
	 * @model
	 * @generated
	 */
	Party getParty();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.RaciAssignment#getParty <em>Party</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Party</em>' reference.
	 * @see #getParty()
	 * @generated
	 */
	void setParty(Party value);

	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * The literals are from the enumeration {@link org.intdesigner.model.RaciCode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see org.intdesigner.model.RaciCode
	 * @see #setCode(RaciCode)
	 * @see org.intdesigner.model.IntdPackage#getRaciAssignment_Code()
	 * @model
	 * @generated
	 */
	RaciCode getCode();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.RaciAssignment#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see org.intdesigner.model.RaciCode
	 * @see #getCode()
	 * @generated
	 */
	void setCode(RaciCode value);

} // RaciAssignment
