/**
 */
package org.intdesigner.diagram.spec;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram Description</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.diagram.spec.DiagramDescription#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.intdesigner.diagram.spec.DiagramDescription#getTitleExpression <em>Title Expression</em>}</li>
 *   <li>{@link org.intdesigner.diagram.spec.DiagramDescription#getLayoutDirection <em>Layout Direction</em>}</li>
 *   <li>{@link org.intdesigner.diagram.spec.DiagramDescription#getLayers <em>Layers</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getDiagramDescription()
 * @model
 * @generated
 */
public interface DiagramDescription extends Named {
	/**
	 * Returns the value of the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The EClass of the diagram's root element, by name (e.g. IntdModel, Team).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domain Class</em>' attribute.
	 * @see #setDomainClass(String)
	 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getDiagramDescription_DomainClass()
	 * @model
	 * @generated
	 */
	String getDomainClass();

	/**
	 * Sets the value of the '{@link org.intdesigner.diagram.spec.DiagramDescription#getDomainClass <em>Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain Class</em>' attribute.
	 * @see #getDomainClass()
	 * @generated
	 */
	void setDomainClass(String value);

	/**
	 * Returns the value of the '<em><b>Title Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title Expression</em>' attribute.
	 * @see #setTitleExpression(String)
	 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getDiagramDescription_TitleExpression()
	 * @model
	 * @generated
	 */
	String getTitleExpression();

	/**
	 * Sets the value of the '{@link org.intdesigner.diagram.spec.DiagramDescription#getTitleExpression <em>Title Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title Expression</em>' attribute.
	 * @see #getTitleExpression()
	 * @generated
	 */
	void setTitleExpression(String value);

	/**
	 * Returns the value of the '<em><b>Layout Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link org.intdesigner.diagram.spec.LayoutDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which way edges run when the diagram is arranged: down (an organisation chart) or right (a matrix of items and the parties they point to).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Layout Direction</em>' attribute.
	 * @see org.intdesigner.diagram.spec.LayoutDirection
	 * @see #setLayoutDirection(LayoutDirection)
	 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getDiagramDescription_LayoutDirection()
	 * @model
	 * @generated
	 */
	LayoutDirection getLayoutDirection();

	/**
	 * Sets the value of the '{@link org.intdesigner.diagram.spec.DiagramDescription#getLayoutDirection <em>Layout Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layout Direction</em>' attribute.
	 * @see org.intdesigner.diagram.spec.LayoutDirection
	 * @see #getLayoutDirection()
	 * @generated
	 */
	void setLayoutDirection(LayoutDirection value);

	/**
	 * Returns the value of the '<em><b>Layers</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.diagram.spec.Layer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first layer is the default layer, always shown; the others can be switched on and off.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Layers</em>' containment reference list.
	 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getDiagramDescription_Layers()
	 * @model containment="true" required="true"
	 * @generated
	 */
	EList<Layer> getLayers();

} // DiagramDescription
