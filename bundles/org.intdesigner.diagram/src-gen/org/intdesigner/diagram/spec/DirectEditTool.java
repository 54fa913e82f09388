/**
 */
package org.intdesigner.diagram.spec;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Direct Edit Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.diagram.spec.DirectEditTool#getMappings <em>Mappings</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getDirectEditTool()
 * @model
 * @generated
 */
public interface DirectEditTool extends Tool {
	/**
	 * Returns the value of the '<em><b>Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.intdesigner.diagram.spec.Mapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mappings</em>' reference list.
	 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getDirectEditTool_Mappings()
	 * @model
	 * @generated
	 */
	EList<Mapping> getMappings();

} // DirectEditTool
