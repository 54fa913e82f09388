/**
 */
package org.intdesigner.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Organisation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An employer or partner: a practice or PCN, an NHS trust, a council, a VCFSE group; its terms and conditions differ from other employers'.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.Organisation#getSector <em>Sector</em>}</li>
 *   <li>{@link org.intdesigner.model.Organisation#getTerms <em>Terms</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.model.IntdPackage#getOrganisation()
 * @model
 * @generated
 */
public interface Organisation extends Party {
	/**
	 * Returns the value of the '<em><b>Sector</b></em>' attribute.
	 * The literals are from the enumeration {@link org.intdesigner.model.Sector}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sector</em>' attribute.
	 * @see org.intdesigner.model.Sector
	 * @see #setSector(Sector)
	 * @see org.intdesigner.model.IntdPackage#getOrganisation_Sector()
	 * @model
	 * @generated
	 */
	Sector getSector();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Organisation#getSector <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sector</em>' attribute.
	 * @see org.intdesigner.model.Sector
	 * @see #getSector()
	 * @generated
	 */
	void setSector(Sector value);

	/**
	 * Returns the value of the '<em><b>Terms</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.model.TermsAndConditions}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Terms</em>' containment reference list.
	 * @see org.intdesigner.model.IntdPackage#getOrganisation_Terms()
	 * @model containment="true"
	 * @generated
	 */
	EList<TermsAndConditions> getTerms();

} // Organisation
