/**
 */
package org.intdesigner.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Allocation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The part of a post's FTE that works in a team.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.Allocation#getTeam <em>Team</em>}</li>
 *   <li>{@link org.intdesigner.model.Allocation#getFte <em>Fte</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.model.IntdPackage#getAllocation()
 * @model
 * @generated
 */
public interface Allocation extends Identified {
	/**
	 * Returns the value of the '<em><b>Team</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Team</em>' reference.
	 * @see #setTeam(Team)
	 * @see org.intdesigner.model.IntdPackage#getAllocation_Team()
	 * @model
	 * @generated
	 */
	Team getTeam();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Allocation#getTeam <em>Team</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Team</em>' reference.
	 * @see #getTeam()
	 * @generated
	 */
	void setTeam(Team value);

	/**
	 * Returns the value of the '<em><b>Fte</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fte</em>' attribute.
	 * @see #setFte(double)
	 * @see org.intdesigner.model.IntdPackage#getAllocation_Fte()
	 * @model
	 * @generated
	 */
	double getFte();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Allocation#getFte <em>Fte</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fte</em>' attribute.
	 * @see #getFte()
	 * @generated
	 */
	void setFte(double value);

} // Allocation
