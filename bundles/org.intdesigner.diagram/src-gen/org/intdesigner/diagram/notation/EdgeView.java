/**
 */
package org.intdesigner.diagram.notation;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge View</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.diagram.notation.EdgeView#getSource <em>Source</em>}</li>
 *   <li>{@link org.intdesigner.diagram.notation.EdgeView#getTarget <em>Target</em>}</li>
 *   <li>{@link org.intdesigner.diagram.notation.EdgeView#getBendpoints <em>Bendpoints</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.diagram.notation.NotationPackage#getEdgeView()
 * @model
 * @generated
 */
public interface EdgeView extends View {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(NodeView)
	 * @see org.intdesigner.diagram.notation.NotationPackage#getEdgeView_Source()
	 * @model
	 * @generated
	 */
	NodeView getSource();

	/**
	 * Sets the value of the '{@link org.intdesigner.diagram.notation.EdgeView#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(NodeView value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(NodeView)
	 * @see org.intdesigner.diagram.notation.NotationPackage#getEdgeView_Target()
	 * @model
	 * @generated
	 */
	NodeView getTarget();

	/**
	 * Sets the value of the '{@link org.intdesigner.diagram.notation.EdgeView#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(NodeView value);

	/**
	 * Returns the value of the '<em><b>Bendpoints</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bend points in diagram coordinates, 'x,y x,y ...'; empty means a route is computed from the ends.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bendpoints</em>' attribute.
	 * @see #setBendpoints(String)
	 * @see org.intdesigner.diagram.notation.NotationPackage#getEdgeView_Bendpoints()
	 * @model
	 * @generated
	 */
	String getBendpoints();

	/**
	 * Sets the value of the '{@link org.intdesigner.diagram.notation.EdgeView#getBendpoints <em>Bendpoints</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bendpoints</em>' attribute.
	 * @see #getBendpoints()
	 * @generated
	 */
	void setBendpoints(String value);

} // EdgeView
