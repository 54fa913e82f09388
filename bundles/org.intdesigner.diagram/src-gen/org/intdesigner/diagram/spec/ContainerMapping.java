/**
 */
package org.intdesigner.diagram.spec;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Container Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.diagram.spec.ContainerMapping#getSubNodeMappings <em>Sub Node Mappings</em>}</li>
 *   <li>{@link org.intdesigner.diagram.spec.ContainerMapping#getSubContainerMappings <em>Sub Container Mappings</em>}</li>
 *   <li>{@link org.intdesigner.diagram.spec.ContainerMapping#getReusedMappings <em>Reused Mappings</em>}</li>
 *   <li>{@link org.intdesigner.diagram.spec.ContainerMapping#getChildrenLayout <em>Children Layout</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getContainerMapping()
 * @model
 * @generated
 */
public interface ContainerMapping extends AbstractNodeMapping {
	/**
	 * Returns the value of the '<em><b>Sub Node Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.diagram.spec.NodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sub Node Mappings</em>' containment reference list.
	 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getContainerMapping_SubNodeMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<NodeMapping> getSubNodeMappings();

	/**
	 * Returns the value of the '<em><b>Sub Container Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.diagram.spec.ContainerMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sub Container Mappings</em>' containment reference list.
	 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getContainerMapping_SubContainerMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<ContainerMapping> getSubContainerMappings();

	/**
	 * Returns the value of the '<em><b>Reused Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.intdesigner.diagram.spec.AbstractNodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mappings defined elsewhere that also apply inside this container (e.g. a team inside a team).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reused Mappings</em>' reference list.
	 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getContainerMapping_ReusedMappings()
	 * @model
	 * @generated
	 */
	EList<AbstractNodeMapping> getReusedMappings();

	/**
	 * Returns the value of the '<em><b>Children Layout</b></em>' attribute.
	 * The literals are from the enumeration {@link org.intdesigner.diagram.spec.ChildrenLayout}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the container's children are arranged when none of them shows children of its own: layered (with the edges among them, the default) or grid (rows of equal cells, for the many posts of a team or an organisation; their edges are drawn around the cells).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Children Layout</em>' attribute.
	 * @see org.intdesigner.diagram.spec.ChildrenLayout
	 * @see #setChildrenLayout(ChildrenLayout)
	 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getContainerMapping_ChildrenLayout()
	 * @model
	 * @generated
	 */
	ChildrenLayout getChildrenLayout();

	/**
	 * Sets the value of the '{@link org.intdesigner.diagram.spec.ContainerMapping#getChildrenLayout <em>Children Layout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Children Layout</em>' attribute.
	 * @see org.intdesigner.diagram.spec.ChildrenLayout
	 * @see #getChildrenLayout()
	 * @generated
	 */
	void setChildrenLayout(ChildrenLayout value);

} // ContainerMapping
