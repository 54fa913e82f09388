/**
 */
package org.intdesigner.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Need</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A need of a population cohort, with its priority (1 is highest) and the capabilities it calls for.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.Need#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.intdesigner.model.Need#getRequiredCapabilities <em>Required Capabilities</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.model.IntdPackage#getNeed()
 * @model
 * @generated
 */
public interface Need extends Element {
	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see #setPriority(int)
	 * @see org.intdesigner.model.IntdPackage#getNeed_Priority()
	 * @model
	 * @generated
	 */
	int getPriority();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Need#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(int value);

	/**
	 * Returns the value of the '<em><b>Required Capabilities</b></em>' reference list.
	 * The list contents are of type {@link org.intdesigner.model.Capability}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Required Capabilities</em>' reference list.
	 * @see org.intdesigner.model.IntdPackage#getNeed_RequiredCapabilities()
	 * @model
	 * @generated
	 */
	EList<Capability> getRequiredCapabilities();

} // Need
