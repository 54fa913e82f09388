/**
 */
package org.intdesigner.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Capability</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A skill or capability (clinical, psycho-social, care coordination, PHM data, ...).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.Capability#getCategory <em>Category</em>}</li>
 *   <li>{@link org.intdesigner.model.Capability#isGeneralist <em>Generalist</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.model.IntdPackage#getCapability()
 * @model
 * @generated
 */
public interface Capability extends Element {
	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see #setCategory(String)
	 * @see org.intdesigner.model.IntdPackage#getCapability_Category()
	 * @model
	 * @generated
	 */
	String getCategory();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Capability#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(String value);

	/**
	 * Returns the value of the '<em><b>Generalist</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One of the generalist capabilities integration calls for (working across boundaries, population-health data, quality improvement, psycho-social skills): skills reports show them on their own.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Generalist</em>' attribute.
	 * @see #setGeneralist(boolean)
	 * @see org.intdesigner.model.IntdPackage#getCapability_Generalist()
	 * @model
	 * @generated
	 */
	boolean isGeneralist();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Capability#isGeneralist <em>Generalist</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Generalist</em>' attribute.
	 * @see #isGeneralist()
	 * @generated
	 */
	void setGeneralist(boolean value);

} // Capability
