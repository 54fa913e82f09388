/**
 */
package org.intdesigner.diagram.spec;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Layer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.diagram.spec.Layer#isActiveByDefault <em>Active By Default</em>}</li>
 *   <li>{@link org.intdesigner.diagram.spec.Layer#getNodeMappings <em>Node Mappings</em>}</li>
 *   <li>{@link org.intdesigner.diagram.spec.Layer#getContainerMappings <em>Container Mappings</em>}</li>
 *   <li>{@link org.intdesigner.diagram.spec.Layer#getEdgeMappings <em>Edge Mappings</em>}</li>
 *   <li>{@link org.intdesigner.diagram.spec.Layer#getTools <em>Tools</em>}</li>
 *   <li>{@link org.intdesigner.diagram.spec.Layer#getFilters <em>Filters</em>}</li>
 *   <li>{@link org.intdesigner.diagram.spec.Layer#getDecorations <em>Decorations</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getLayer()
 * @model
 * @generated
 */
public interface Layer extends Named {
	/**
	 * Returns the value of the '<em><b>Active By Default</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active By Default</em>' attribute.
	 * @see #setActiveByDefault(boolean)
	 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getLayer_ActiveByDefault()
	 * @model default="true"
	 * @generated
	 */
	boolean isActiveByDefault();

	/**
	 * Sets the value of the '{@link org.intdesigner.diagram.spec.Layer#isActiveByDefault <em>Active By Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active By Default</em>' attribute.
	 * @see #isActiveByDefault()
	 * @generated
	 */
	void setActiveByDefault(boolean value);

	/**
	 * Returns the value of the '<em><b>Node Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.diagram.spec.NodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Mappings</em>' containment reference list.
	 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getLayer_NodeMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<NodeMapping> getNodeMappings();

	/**
	 * Returns the value of the '<em><b>Container Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.diagram.spec.ContainerMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Container Mappings</em>' containment reference list.
	 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getLayer_ContainerMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<ContainerMapping> getContainerMappings();

	/**
	 * Returns the value of the '<em><b>Edge Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.diagram.spec.EdgeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Edge Mappings</em>' containment reference list.
	 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getLayer_EdgeMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<EdgeMapping> getEdgeMappings();

	/**
	 * Returns the value of the '<em><b>Tools</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.diagram.spec.Tool}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tools</em>' containment reference list.
	 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getLayer_Tools()
	 * @model containment="true"
	 * @generated
	 */
	EList<Tool> getTools();

	/**
	 * Returns the value of the '<em><b>Filters</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.diagram.spec.Filter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Filters</em>' containment reference list.
	 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getLayer_Filters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Filter> getFilters();

	/**
	 * Returns the value of the '<em><b>Decorations</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.diagram.spec.Decoration}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decorations</em>' containment reference list.
	 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getLayer_Decorations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Decoration> getDecorations();

} // Layer
