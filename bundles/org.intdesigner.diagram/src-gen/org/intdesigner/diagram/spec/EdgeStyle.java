/**
 */
package org.intdesigner.diagram.spec;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge Style</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.diagram.spec.EdgeStyle#getLineColor <em>Line Color</em>}</li>
 *   <li>{@link org.intdesigner.diagram.spec.EdgeStyle#getLineStyle <em>Line Style</em>}</li>
 *   <li>{@link org.intdesigner.diagram.spec.EdgeStyle#getLineWidth <em>Line Width</em>}</li>
 *   <li>{@link org.intdesigner.diagram.spec.EdgeStyle#getSourceDecoration <em>Source Decoration</em>}</li>
 *   <li>{@link org.intdesigner.diagram.spec.EdgeStyle#getTargetDecoration <em>Target Decoration</em>}</li>
 *   <li>{@link org.intdesigner.diagram.spec.EdgeStyle#getRouting <em>Routing</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getEdgeStyle()
 * @model
 * @generated
 */
public interface EdgeStyle extends Style {
	/**
	 * Returns the value of the '<em><b>Line Color</b></em>' attribute.
	 * The default value is <code>"#425563"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Line Color</em>' attribute.
	 * @see #setLineColor(String)
	 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getEdgeStyle_LineColor()
	 * @model default="#425563"
	 * @generated
	 */
	String getLineColor();

	/**
	 * Sets the value of the '{@link org.intdesigner.diagram.spec.EdgeStyle#getLineColor <em>Line Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line Color</em>' attribute.
	 * @see #getLineColor()
	 * @generated
	 */
	void setLineColor(String value);

	/**
	 * Returns the value of the '<em><b>Line Style</b></em>' attribute.
	 * The literals are from the enumeration {@link org.intdesigner.diagram.spec.LineStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Line Style</em>' attribute.
	 * @see org.intdesigner.diagram.spec.LineStyle
	 * @see #setLineStyle(LineStyle)
	 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getEdgeStyle_LineStyle()
	 * @model
	 * @generated
	 */
	LineStyle getLineStyle();

	/**
	 * Sets the value of the '{@link org.intdesigner.diagram.spec.EdgeStyle#getLineStyle <em>Line Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line Style</em>' attribute.
	 * @see org.intdesigner.diagram.spec.LineStyle
	 * @see #getLineStyle()
	 * @generated
	 */
	void setLineStyle(LineStyle value);

	/**
	 * Returns the value of the '<em><b>Line Width</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Line Width</em>' attribute.
	 * @see #setLineWidth(int)
	 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getEdgeStyle_LineWidth()
	 * @model default="1"
	 * @generated
	 */
	int getLineWidth();

	/**
	 * Sets the value of the '{@link org.intdesigner.diagram.spec.EdgeStyle#getLineWidth <em>Line Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line Width</em>' attribute.
	 * @see #getLineWidth()
	 * @generated
	 */
	void setLineWidth(int value);

	/**
	 * Returns the value of the '<em><b>Source Decoration</b></em>' attribute.
	 * The literals are from the enumeration {@link org.intdesigner.diagram.spec.ArrowHead}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Decoration</em>' attribute.
	 * @see org.intdesigner.diagram.spec.ArrowHead
	 * @see #setSourceDecoration(ArrowHead)
	 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getEdgeStyle_SourceDecoration()
	 * @model
	 * @generated
	 */
	ArrowHead getSourceDecoration();

	/**
	 * Sets the value of the '{@link org.intdesigner.diagram.spec.EdgeStyle#getSourceDecoration <em>Source Decoration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Decoration</em>' attribute.
	 * @see org.intdesigner.diagram.spec.ArrowHead
	 * @see #getSourceDecoration()
	 * @generated
	 */
	void setSourceDecoration(ArrowHead value);

	/**
	 * Returns the value of the '<em><b>Target Decoration</b></em>' attribute.
	 * The default value is <code>"arrow"</code>.
	 * The literals are from the enumeration {@link org.intdesigner.diagram.spec.ArrowHead}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Decoration</em>' attribute.
	 * @see org.intdesigner.diagram.spec.ArrowHead
	 * @see #setTargetDecoration(ArrowHead)
	 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getEdgeStyle_TargetDecoration()
	 * @model default="arrow"
	 * @generated
	 */
	ArrowHead getTargetDecoration();

	/**
	 * Sets the value of the '{@link org.intdesigner.diagram.spec.EdgeStyle#getTargetDecoration <em>Target Decoration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Decoration</em>' attribute.
	 * @see org.intdesigner.diagram.spec.ArrowHead
	 * @see #getTargetDecoration()
	 * @generated
	 */
	void setTargetDecoration(ArrowHead value);

	/**
	 * Returns the value of the '<em><b>Routing</b></em>' attribute.
	 * The literals are from the enumeration {@link org.intdesigner.diagram.spec.Routing}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Routing</em>' attribute.
	 * @see org.intdesigner.diagram.spec.Routing
	 * @see #setRouting(Routing)
	 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getEdgeStyle_Routing()
	 * @model
	 * @generated
	 */
	Routing getRouting();

	/**
	 * Sets the value of the '{@link org.intdesigner.diagram.spec.EdgeStyle#getRouting <em>Routing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Routing</em>' attribute.
	 * @see org.intdesigner.diagram.spec.Routing
	 * @see #getRouting()
	 * @generated
	 */
	void setRouting(Routing value);

} // EdgeStyle
