/**
 */
package org.intdesigner.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Capability Level</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A capability at a level: what a team needs, or a role or post provides.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.CapabilityLevel#getCapability <em>Capability</em>}</li>
 *   <li>{@link org.intdesigner.model.CapabilityLevel#getLevel <em>Level</em>}</li>
 *   <li>{@link org.intdesigner.model.CapabilityLevel#getPeople <em>People</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.model.IntdPackage#getCapabilityLevel()
 * @model
 * @generated
 */
public interface CapabilityLevel extends Identified {
	/**
	 * Returns the value of the '<em><b>Capability</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Capability</em>' reference.
	 * @see #setCapability(Capability)
	 * @see org.intdesigner.model.IntdPackage#getCapabilityLevel_Capability()
	 * @model
	 * @generated
	 */
	Capability getCapability();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.CapabilityLevel#getCapability <em>Capability</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Capability</em>' reference.
	 * @see #getCapability()
	 * @generated
	 */
	void setCapability(Capability value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.intdesigner.model.ProficiencyLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.intdesigner.model.ProficiencyLevel
	 * @see #setLevel(ProficiencyLevel)
	 * @see org.intdesigner.model.IntdPackage#getCapabilityLevel_Level()
	 * @model
	 * @generated
	 */
	ProficiencyLevel getLevel();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.CapabilityLevel#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.intdesigner.model.ProficiencyLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(ProficiencyLevel value);

	/**
	 * Returns the value of the '<em><b>People</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * As a requirement: how many people in post must hold the capability at this level or above (1; 2 or more where a rota needs cover).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>People</em>' attribute.
	 * @see #setPeople(int)
	 * @see org.intdesigner.model.IntdPackage#getCapabilityLevel_People()
	 * @model default="1"
	 * @generated
	 */
	int getPeople();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.CapabilityLevel#getPeople <em>People</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>People</em>' attribute.
	 * @see #getPeople()
	 * @generated
	 */
	void setPeople(int value);

} // CapabilityLevel
