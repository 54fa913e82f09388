/**
 */
package org.intdesigner.diagram.spec;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Create Node Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.diagram.spec.CreateNodeTool#getMapping <em>Mapping</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getCreateNodeTool()
 * @model
 * @generated
 */
public interface CreateNodeTool extends Tool {
	/**
	 * Returns the value of the '<em><b>Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mapping</em>' reference.
	 * @see #setMapping(AbstractNodeMapping)
	 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getCreateNodeTool_Mapping()
	 * @model
	 * @generated
	 */
	AbstractNodeMapping getMapping();

	/**
	 * Sets the value of the '{@link org.intdesigner.diagram.spec.CreateNodeTool#getMapping <em>Mapping</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mapping</em>' reference.
	 * @see #getMapping()
	 * @generated
	 */
	void setMapping(AbstractNodeMapping value);

} // CreateNodeTool
