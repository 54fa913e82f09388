/**
 */
package org.intdesigner.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Transition Wave</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A wave of a scenario's transition plan: the changes of the listed elements take effect together on one date, with an owner and a reason. Changes of elements no wave lists are unscheduled.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.TransitionWave#getEffectiveDate <em>Effective Date</em>}</li>
 *   <li>{@link org.intdesigner.model.TransitionWave#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.intdesigner.model.TransitionWave#getReason <em>Reason</em>}</li>
 *   <li>{@link org.intdesigner.model.TransitionWave#getElementIds <em>Element Ids</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.model.IntdPackage#getTransitionWave()
 * @model
 * @generated
 */
public interface TransitionWave extends Element {
	/**
	 * Returns the value of the '<em><b>Effective Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO date (yyyy-mm-dd) the wave takes effect.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Effective Date</em>' attribute.
	 * @see #setEffectiveDate(String)
	 * @see org.intdesigner.model.IntdPackage#getTransitionWave_EffectiveDate()
	 * @model
	 * @generated
	 */
	String getEffectiveDate();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.TransitionWave#getEffectiveDate <em>Effective Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Effective Date</em>' attribute.
	 * @see #getEffectiveDate()
	 * @generated
	 */
	void setEffectiveDate(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see org.intdesigner.model.IntdPackage#getTransitionWave_Owner()
	 * @model
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.TransitionWave#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.intdesigner.model.IntdPackage#getTransitionWave_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.TransitionWave#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Element Ids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ids of the elements whose changes against the baseline this wave carries (ids, so that removed elements can be named too).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Element Ids</em>' attribute list.
	 * @see org.intdesigner.model.IntdPackage#getTransitionWave_ElementIds()
	 * @model
	 * @generated
	 */
	EList<String> getElementIds();

} // TransitionWave
