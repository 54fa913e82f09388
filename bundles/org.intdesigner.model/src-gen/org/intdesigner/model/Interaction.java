/**
 */
package org.intdesigner.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interaction</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How two teams work together: collaboration, one providing a service to the other, or one facilitating the other.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.Interaction#getKind <em>Kind</em>}</li>
 *   <li>{@link org.intdesigner.model.Interaction#getSource <em>Source</em>}</li>
 *   <li>{@link org.intdesigner.model.Interaction#getTarget <em>Target</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.model.IntdPackage#getInteraction()
 * @model
 * @generated
 */
public interface Interaction extends Element {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.intdesigner.model.InteractionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.intdesigner.model.InteractionKind
	 * @see #setKind(InteractionKind)
	 * @see org.intdesigner.model.IntdPackage#getInteraction_Kind()
	 * @model
	 * @generated
	 */
	InteractionKind getKind();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Interaction#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.intdesigner.model.InteractionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(InteractionKind value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Team)
	 * @see org.intdesigner.model.IntdPackage#getInteraction_Source()
	 * @model
	 * @generated
	 */
	Team getSource();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Interaction#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Team value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Team)
	 * @see org.intdesigner.model.IntdPackage#getInteraction_Target()
	 * @model
	 * @generated
	 */
	Team getTarget();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Interaction#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Team value);

} // Interaction
