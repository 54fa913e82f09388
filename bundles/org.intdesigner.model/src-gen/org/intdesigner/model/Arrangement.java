/**
 */
package org.intdesigner.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Arrangement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A cross-boundary arrangement between organisations: hosting, line management, professional supervision, information sharing or shared governance.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.Arrangement#getKind <em>Kind</em>}</li>
 *   <li>{@link org.intdesigner.model.Arrangement#getParties <em>Parties</em>}</li>
 *   <li>{@link org.intdesigner.model.Arrangement#getHost <em>Host</em>}</li>
 *   <li>{@link org.intdesigner.model.Arrangement#getBoundary <em>Boundary</em>}</li>
 *   <li>{@link org.intdesigner.model.Arrangement#getCovers <em>Covers</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.model.IntdPackage#getArrangement()
 * @model
 * @generated
 */
public interface Arrangement extends Element {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.intdesigner.model.ArrangementKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.intdesigner.model.ArrangementKind
	 * @see #setKind(ArrangementKind)
	 * @see org.intdesigner.model.IntdPackage#getArrangement_Kind()
	 * @model
	 * @generated
	 */
	ArrangementKind getKind();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Arrangement#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.intdesigner.model.ArrangementKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ArrangementKind value);

	/**
	 * Returns the value of the '<em><b>Parties</b></em>' reference list.
	 * The list contents are of type {@link org.intdesigner.model.Organisation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parties</em>' reference list.
	 * @see org.intdesigner.model.IntdPackage#getArrangement_Parties()
	 * @model
	 * @generated
	 */
	EList<Organisation> getParties();

	/**
	 * Returns the value of the '<em><b>Host</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host</em>' reference.
	 * @see #setHost(Organisation)
	 * @see org.intdesigner.model.IntdPackage#getArrangement_Host()
	 * @model
	 * @generated
	 */
	Organisation getHost();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Arrangement#getHost <em>Host</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' reference.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(Organisation value);

	/**
	 * Returns the value of the '<em><b>Boundary</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Boundary</em>' reference.
	 * @see #setBoundary(Boundary)
	 * @see org.intdesigner.model.IntdPackage#getArrangement_Boundary()
	 * @model
	 * @generated
	 */
	Boundary getBoundary();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Arrangement#getBoundary <em>Boundary</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Boundary</em>' reference.
	 * @see #getBoundary()
	 * @generated
	 */
	void setBoundary(Boundary value);

	/**
	 * Returns the value of the '<em><b>Covers</b></em>' reference list.
	 * The list contents are of type {@link org.intdesigner.model.Element}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Covers</em>' reference list.
	 * @see org.intdesigner.model.IntdPackage#getArrangement_Covers()
	 * @model
	 * @generated
	 */
	EList<Element> getCovers();

} // Arrangement
