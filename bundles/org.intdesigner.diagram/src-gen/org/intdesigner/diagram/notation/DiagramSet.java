/**
 */
package org.intdesigner.diagram.notation;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.diagram.notation.DiagramSet#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.intdesigner.diagram.notation.DiagramSet#getDiagrams <em>Diagrams</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.diagram.notation.NotationPackage#getDiagramSet()
 * @model
 * @generated
 */
public interface DiagramSet extends EObject {
	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(String)
	 * @see org.intdesigner.diagram.notation.NotationPackage#getDiagramSet_FormatVersion()
	 * @model default="1.0"
	 * @generated
	 */
	String getFormatVersion();

	/**
	 * Sets the value of the '{@link org.intdesigner.diagram.notation.DiagramSet#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(String value);

	/**
	 * Returns the value of the '<em><b>Diagrams</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.diagram.notation.Diagram}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Diagrams</em>' containment reference list.
	 * @see org.intdesigner.diagram.notation.NotationPackage#getDiagramSet_Diagrams()
	 * @model containment="true"
	 * @generated
	 */
	EList<Diagram> getDiagrams();

} // DiagramSet
