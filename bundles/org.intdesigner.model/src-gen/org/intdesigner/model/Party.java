/**
 */
package org.intdesigner.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Party</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Who can hold a RACI code: a post, a role, a team or an organisation.
 * <!-- end-model-doc -->
 *
 *
 * @see org.intdesigner.model.IntdPackage#getParty()
 * @model abstract="true"
 * @generated
 */
public interface Party extends Element {
} // Party
