/**
 */
package org.intdesigner.diagram.spec;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Remove Element</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getRemoveElement()
 * @model
 * @generated
 */
public interface RemoveElement extends Operation {
} // RemoveElement
