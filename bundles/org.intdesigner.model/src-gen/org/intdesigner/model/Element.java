/**
 */
package org.intdesigner.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A named thing in an INT design. The code is the partners' own reference (ODS code, ESR position number, spreadsheet id); properties keep extra columns of imported data.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.Element#getName <em>Name</em>}</li>
 *   <li>{@link org.intdesigner.model.Element#getCode <em>Code</em>}</li>
 *   <li>{@link org.intdesigner.model.Element#getDescription <em>Description</em>}</li>
 *   <li>{@link org.intdesigner.model.Element#getProperties <em>Properties</em>}</li>
 *   <li>{@link org.intdesigner.model.Element#getSuppressions <em>Suppressions</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.model.IntdPackage#getElement()
 * @model abstract="true"
 * @generated
 */
public interface Element extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.intdesigner.model.IntdPackage#getElement_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Element#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.intdesigner.model.IntdPackage#getElement_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Element#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.intdesigner.model.IntdPackage#getElement_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Element#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Properties</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.model.Property}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Properties</em>' containment reference list.
	 * @see org.intdesigner.model.IntdPackage#getElement_Properties()
	 * @model containment="true"
	 * @generated
	 */
	EList<Property> getProperties();

	/**
	 * Returns the value of the '<em><b>Suppressions</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.model.Suppression}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Validation findings on this element that a person has looked at and accepted, each with the reason; reports list them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Suppressions</em>' containment reference list.
	 * @see org.intdesigner.model.IntdPackage#getElement_Suppressions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Suppression> getSuppressions();

} // Element
