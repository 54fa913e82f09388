/**
 */
package org.intdesigner.diagram.spec;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Element Edge Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An edge for each element of the domain class (an interaction, an allocation), from its sourceExpression to its targetExpression.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.diagram.spec.ElementEdgeMapping#getSourceExpression <em>Source Expression</em>}</li>
 *   <li>{@link org.intdesigner.diagram.spec.ElementEdgeMapping#getTargetExpression <em>Target Expression</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getElementEdgeMapping()
 * @model
 * @generated
 */
public interface ElementEdgeMapping extends EdgeMapping {
	/**
	 * Returns the value of the '<em><b>Source Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Expression</em>' attribute.
	 * @see #setSourceExpression(String)
	 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getElementEdgeMapping_SourceExpression()
	 * @model
	 * @generated
	 */
	String getSourceExpression();

	/**
	 * Sets the value of the '{@link org.intdesigner.diagram.spec.ElementEdgeMapping#getSourceExpression <em>Source Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Expression</em>' attribute.
	 * @see #getSourceExpression()
	 * @generated
	 */
	void setSourceExpression(String value);

	/**
	 * Returns the value of the '<em><b>Target Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Expression</em>' attribute.
	 * @see #setTargetExpression(String)
	 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getElementEdgeMapping_TargetExpression()
	 * @model
	 * @generated
	 */
	String getTargetExpression();

	/**
	 * Sets the value of the '{@link org.intdesigner.diagram.spec.ElementEdgeMapping#getTargetExpression <em>Target Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Expression</em>' attribute.
	 * @see #getTargetExpression()
	 * @generated
	 */
	void setTargetExpression(String value);

} // ElementEdgeMapping
