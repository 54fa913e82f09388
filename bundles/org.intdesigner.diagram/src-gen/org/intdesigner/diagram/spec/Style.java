/**
 */
package org.intdesigner.diagram.spec;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Style</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.diagram.spec.Style#getLabelColor <em>Label Color</em>}</li>
 *   <li>{@link org.intdesigner.diagram.spec.Style#isLabelBold <em>Label Bold</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getStyle()
 * @model abstract="true"
 * @generated
 */
public interface Style extends EObject {
	/**
	 * Returns the value of the '<em><b>Label Color</b></em>' attribute.
	 * The default value is <code>"#212b32"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Color</em>' attribute.
	 * @see #setLabelColor(String)
	 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getStyle_LabelColor()
	 * @model default="#212b32"
	 * @generated
	 */
	String getLabelColor();

	/**
	 * Sets the value of the '{@link org.intdesigner.diagram.spec.Style#getLabelColor <em>Label Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Color</em>' attribute.
	 * @see #getLabelColor()
	 * @generated
	 */
	void setLabelColor(String value);

	/**
	 * Returns the value of the '<em><b>Label Bold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Bold</em>' attribute.
	 * @see #setLabelBold(boolean)
	 * @see org.intdesigner.diagram.spec.DiagramSpecPackage#getStyle_LabelBold()
	 * @model
	 * @generated
	 */
	boolean isLabelBold();

	/**
	 * Sets the value of the '{@link org.intdesigner.diagram.spec.Style#isLabelBold <em>Label Bold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Bold</em>' attribute.
	 * @see #isLabelBold()
	 * @generated
	 */
	void setLabelBold(boolean value);

} // Style
