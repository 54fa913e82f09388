/**
 */
package org.intdesigner.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Role</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A kind of job: care coordinator, link worker, health and wellbeing coach, CHWW, GPwER, the ARRS roles, district nurse, social worker, ...
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.Role#getProfession <em>Profession</em>}</li>
 *   <li>{@link org.intdesigner.model.Role#getSector <em>Sector</em>}</li>
 *   <li>{@link org.intdesigner.model.Role#isClinical <em>Clinical</em>}</li>
 *   <li>{@link org.intdesigner.model.Role#isNewRole <em>New Role</em>}</li>
 *   <li>{@link org.intdesigner.model.Role#isArrs <em>Arrs</em>}</li>
 *   <li>{@link org.intdesigner.model.Role#getCapabilities <em>Capabilities</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.model.IntdPackage#getRole()
 * @model
 * @generated
 */
public interface Role extends Party {
	/**
	 * Returns the value of the '<em><b>Profession</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Profession</em>' attribute.
	 * @see #setProfession(String)
	 * @see org.intdesigner.model.IntdPackage#getRole_Profession()
	 * @model
	 * @generated
	 */
	String getProfession();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Role#getProfession <em>Profession</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Profession</em>' attribute.
	 * @see #getProfession()
	 * @generated
	 */
	void setProfession(String value);

	/**
	 * Returns the value of the '<em><b>Sector</b></em>' attribute.
	 * The literals are from the enumeration {@link org.intdesigner.model.Sector}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sector</em>' attribute.
	 * @see org.intdesigner.model.Sector
	 * @see #setSector(Sector)
	 * @see org.intdesigner.model.IntdPackage#getRole_Sector()
	 * @model
	 * @generated
	 */
	Sector getSector();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Role#getSector <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sector</em>' attribute.
	 * @see org.intdesigner.model.Sector
	 * @see #getSector()
	 * @generated
	 */
	void setSector(Sector value);

	/**
	 * Returns the value of the '<em><b>Clinical</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Clinical</em>' attribute.
	 * @see #setClinical(boolean)
	 * @see org.intdesigner.model.IntdPackage#getRole_Clinical()
	 * @model
	 * @generated
	 */
	boolean isClinical();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Role#isClinical <em>Clinical</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Clinical</em>' attribute.
	 * @see #isClinical()
	 * @generated
	 */
	void setClinical(boolean value);

	/**
	 * Returns the value of the '<em><b>New Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>New Role</em>' attribute.
	 * @see #setNewRole(boolean)
	 * @see org.intdesigner.model.IntdPackage#getRole_NewRole()
	 * @model
	 * @generated
	 */
	boolean isNewRole();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Role#isNewRole <em>New Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Role</em>' attribute.
	 * @see #isNewRole()
	 * @generated
	 */
	void setNewRole(boolean value);

	/**
	 * Returns the value of the '<em><b>Arrs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Funded through the Additional Roles Reimbursement Scheme of primary care networks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Arrs</em>' attribute.
	 * @see #setArrs(boolean)
	 * @see org.intdesigner.model.IntdPackage#getRole_Arrs()
	 * @model
	 * @generated
	 */
	boolean isArrs();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Role#isArrs <em>Arrs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Arrs</em>' attribute.
	 * @see #isArrs()
	 * @generated
	 */
	void setArrs(boolean value);

	/**
	 * Returns the value of the '<em><b>Capabilities</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.model.CapabilityLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Capabilities</em>' containment reference list.
	 * @see org.intdesigner.model.IntdPackage#getRole_Capabilities()
	 * @model containment="true"
	 * @generated
	 */
	EList<CapabilityLevel> getCapabilities();

} // Role
