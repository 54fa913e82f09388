/**
 */
package org.intdesigner.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Boundary</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An organisational, professional, sector or geographic boundary around some elements of the design.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.Boundary#getKind <em>Kind</em>}</li>
 *   <li>{@link org.intdesigner.model.Boundary#getMembers <em>Members</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.model.IntdPackage#getBoundary()
 * @model
 * @generated
 */
public interface Boundary extends Element {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.intdesigner.model.BoundaryKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.intdesigner.model.BoundaryKind
	 * @see #setKind(BoundaryKind)
	 * @see org.intdesigner.model.IntdPackage#getBoundary_Kind()
	 * @model
	 * @generated
	 */
	BoundaryKind getKind();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Boundary#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.intdesigner.model.BoundaryKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(BoundaryKind value);

	/**
	 * Returns the value of the '<em><b>Members</b></em>' reference list.
	 * The list contents are of type {@link org.intdesigner.model.Element}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Members</em>' reference list.
	 * @see org.intdesigner.model.IntdPackage#getBoundary_Members()
	 * @model
	 * @generated
	 */
	EList<Element> getMembers();

} // Boundary
