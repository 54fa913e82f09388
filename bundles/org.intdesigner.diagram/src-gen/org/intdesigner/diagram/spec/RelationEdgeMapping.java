/**
 */
package org.intdesigner.diagram.spec;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Relation Edge Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An edge from each source element to each element its targetExpression gives (a reference such as a post's line manager).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.diagram.spec.RelationEdgeMapping#getTargetExpression <em>Target Expression</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getRelationEdgeMapping()
 * @model
 * @generated
 */
public interface RelationEdgeMapping extends EdgeMapping {
	/**
	 * Returns the value of the '<em><b>Target Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Expression</em>' attribute.
	 * @see #setTargetExpression(String)
	 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getRelationEdgeMapping_TargetExpression()
	 * @model
	 * @generated
	 */
	String getTargetExpression();

	/**
	 * Sets the value of the '{@link org.intdesigner.diagram.spec.RelationEdgeMapping#getTargetExpression <em>Target Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Expression</em>' attribute.
	 * @see #getTargetExpression()
	 * @generated
	 */
	void setTargetExpression(String value);

} // RelationEdgeMapping
