/**
 */
package org.intdesigner.diagram.spec;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node Style</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.diagram.spec.NodeStyle#getShape <em>Shape</em>}</li>
 *   <li>{@link org.intdesigner.diagram.spec.NodeStyle#getFillColor <em>Fill Color</em>}</li>
 *   <li>{@link org.intdesigner.diagram.spec.NodeStyle#getBorderColor <em>Border Color</em>}</li>
 *   <li>{@link org.intdesigner.diagram.spec.NodeStyle#getBorderWidth <em>Border Width</em>}</li>
 *   <li>{@link org.intdesigner.diagram.spec.NodeStyle#getWidth <em>Width</em>}</li>
 *   <li>{@link org.intdesigner.diagram.spec.NodeStyle#getHeight <em>Height</em>}</li>
 *   <li>{@link org.intdesigner.diagram.spec.NodeStyle#getIconExpression <em>Icon Expression</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getNodeStyle()
 * @model
 * @generated
 */
public interface NodeStyle extends Style {
	/**
	 * Returns the value of the '<em><b>Shape</b></em>' attribute.
	 * The literals are from the enumeration {@link org.intdesigner.diagram.spec.Shape}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shape</em>' attribute.
	 * @see org.intdesigner.diagram.spec.Shape
	 * @see #setShape(Shape)
	 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getNodeStyle_Shape()
	 * @model
	 * @generated
	 */
	Shape getShape();

	/**
	 * Sets the value of the '{@link org.intdesigner.diagram.spec.NodeStyle#getShape <em>Shape</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shape</em>' attribute.
	 * @see org.intdesigner.diagram.spec.Shape
	 * @see #getShape()
	 * @generated
	 */
	void setShape(Shape value);

	/**
	 * Returns the value of the '<em><b>Fill Color</b></em>' attribute.
	 * The default value is <code>"#ffffff"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fill Color</em>' attribute.
	 * @see #setFillColor(String)
	 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getNodeStyle_FillColor()
	 * @model default="#ffffff"
	 * @generated
	 */
	String getFillColor();

	/**
	 * Sets the value of the '{@link org.intdesigner.diagram.spec.NodeStyle#getFillColor <em>Fill Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fill Color</em>' attribute.
	 * @see #getFillColor()
	 * @generated
	 */
	void setFillColor(String value);

	/**
	 * Returns the value of the '<em><b>Border Color</b></em>' attribute.
	 * The default value is <code>"#425563"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Border Color</em>' attribute.
	 * @see #setBorderColor(String)
	 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getNodeStyle_BorderColor()
	 * @model default="#425563"
	 * @generated
	 */
	String getBorderColor();

	/**
	 * Sets the value of the '{@link org.intdesigner.diagram.spec.NodeStyle#getBorderColor <em>Border Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Border Color</em>' attribute.
	 * @see #getBorderColor()
	 * @generated
	 */
	void setBorderColor(String value);

	/**
	 * Returns the value of the '<em><b>Border Width</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Border Width</em>' attribute.
	 * @see #setBorderWidth(int)
	 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getNodeStyle_BorderWidth()
	 * @model default="1"
	 * @generated
	 */
	int getBorderWidth();

	/**
	 * Sets the value of the '{@link org.intdesigner.diagram.spec.NodeStyle#getBorderWidth <em>Border Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Border Width</em>' attribute.
	 * @see #getBorderWidth()
	 * @generated
	 */
	void setBorderWidth(int value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * The default value is <code>"120"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(int)
	 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getNodeStyle_Width()
	 * @model default="120"
	 * @generated
	 */
	int getWidth();

	/**
	 * Sets the value of the '{@link org.intdesigner.diagram.spec.NodeStyle#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(int value);

	/**
	 * Returns the value of the '<em><b>Height</b></em>' attribute.
	 * The default value is <code>"50"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Height</em>' attribute.
	 * @see #setHeight(int)
	 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getNodeStyle_Height()
	 * @model default="50"
	 * @generated
	 */
	int getHeight();

	/**
	 * Sets the value of the '{@link org.intdesigner.diagram.spec.NodeStyle#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(int value);

	/**
	 * Returns the value of the '<em><b>Icon Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Icon Expression</em>' attribute.
	 * @see #setIconExpression(String)
	 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getNodeStyle_IconExpression()
	 * @model
	 * @generated
	 */
	String getIconExpression();

	/**
	 * Sets the value of the '{@link org.intdesigner.diagram.spec.NodeStyle#getIconExpression <em>Icon Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Icon Expression</em>' attribute.
	 * @see #getIconExpression()
	 * @generated
	 */
	void setIconExpression(String value);

} // NodeStyle
