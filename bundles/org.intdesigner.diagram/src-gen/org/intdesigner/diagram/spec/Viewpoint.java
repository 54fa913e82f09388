/**
 */
package org.intdesigner.diagram.spec;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Viewpoint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.diagram.spec.Viewpoint#getDiagrams <em>Diagrams</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getViewpoint()
 * @model
 * @generated
 */
public interface Viewpoint extends Named {
	/**
	 * Returns the value of the '<em><b>Diagrams</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.diagram.spec.DiagramDescription}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Diagrams</em>' containment reference list.
	 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getViewpoint_Diagrams()
	 * @model containment="true"
	 * @generated
	 */
	EList<DiagramDescription> getDiagrams();

} // Viewpoint
