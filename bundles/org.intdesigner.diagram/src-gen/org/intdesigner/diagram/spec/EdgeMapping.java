/**
 */
package org.intdesigner.diagram.spec;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.diagram.spec.EdgeMapping#getSourceMappings <em>Source Mappings</em>}</li>
 *   <li>{@link org.intdesigner.diagram.spec.EdgeMapping#getTargetMappings <em>Target Mappings</em>}</li>
 *   <li>{@link org.intdesigner.diagram.spec.EdgeMapping#getStyle <em>Style</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getEdgeMapping()
 * @model abstract="true"
 * @generated
 */
public interface EdgeMapping extends Mapping {
	/**
	 * Returns the value of the '<em><b>Source Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.intdesigner.diagram.spec.AbstractNodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Mappings</em>' reference list.
	 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getEdgeMapping_SourceMappings()
	 * @model required="true"
	 * @generated
	 */
	EList<AbstractNodeMapping> getSourceMappings();

	/**
	 * Returns the value of the '<em><b>Target Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.intdesigner.diagram.spec.AbstractNodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Mappings</em>' reference list.
	 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getEdgeMapping_TargetMappings()
	 * @model required="true"
	 * @generated
	 */
	EList<AbstractNodeMapping> getTargetMappings();

	/**
	 * Returns the value of the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Style</em>' containment reference.
	 * @see #setStyle(EdgeStyle)
	 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getEdgeMapping_Style()
	 * @model containment="true"
	 * @generated
	 */
	EdgeStyle getStyle();

	/**
	 * Sets the value of the '{@link org.intdesigner.diagram.spec.EdgeMapping#getStyle <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Style</em>' containment reference.
	 * @see #getStyle()
	 * @generated
	 */
	void setStyle(EdgeStyle value);

} // EdgeMapping
