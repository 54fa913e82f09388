/**
 */
package org.intdesigner.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Accountability Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A care function, decision, outcome or risk, with who is Responsible, Accountable, Supporting, Consulted and Informed.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.AccountabilityItem#getKind <em>Kind</em>}</li>
 *   <li>{@link org.intdesigner.model.AccountabilityItem#getTeam <em>Team</em>}</li>
 *   <li>{@link org.intdesigner.model.AccountabilityItem#getAssignments <em>Assignments</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.model.IntdPackage#getAccountabilityItem()
 * @model
 * @generated
 */
public interface AccountabilityItem extends Element {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.intdesigner.model.AccountabilityKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.intdesigner.model.AccountabilityKind
	 * @see #setKind(AccountabilityKind)
	 * @see org.intdesigner.model.IntdPackage#getAccountabilityItem_Kind()
	 * @model
	 * @generated
	 */
	AccountabilityKind getKind();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.AccountabilityItem#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.intdesigner.model.AccountabilityKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(AccountabilityKind value);

	/**
	 * Returns the value of the '<em><b>Team</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Team</em>' reference.
	 * @see #setTeam(Team)
	 * @see org.intdesigner.model.IntdPackage#getAccountabilityItem_Team()
	 * @model
	 * @generated
	 */
	Team getTeam();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.AccountabilityItem#getTeam <em>Team</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Team</em>' reference.
	 * @see #getTeam()
	 * @generated
	 */
	void setTeam(Team value);

	/**
	 * Returns the value of the '<em><b>Assignments</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.model.RaciAssignment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assignments</em>' containment reference list.
	 * @see org.intdesigner.model.IntdPackage#getAccountabilityItem_Assignments()
	 * @model containment="true"
	 * @generated
	 */
	EList<RaciAssignment> getAssignments();

} // AccountabilityItem
