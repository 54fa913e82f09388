/**
 */
package org.intdesigner.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Course</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A course of the catalogue: it brings a person to a level of one capability, in so many hours at so much cost; a joint course takes staff of several partners in one cohort.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.Course#getCapability <em>Capability</em>}</li>
 *   <li>{@link org.intdesigner.model.Course#getLevel <em>Level</em>}</li>
 *   <li>{@link org.intdesigner.model.Course#getHours <em>Hours</em>}</li>
 *   <li>{@link org.intdesigner.model.Course#getCost <em>Cost</em>}</li>
 *   <li>{@link org.intdesigner.model.Course#getProvider <em>Provider</em>}</li>
 *   <li>{@link org.intdesigner.model.Course#isJoint <em>Joint</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.model.IntdPackage#getCourse()
 * @model
 * @generated
 */
public interface Course extends Element {
	/**
	 * Returns the value of the '<em><b>Capability</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Capability</em>' reference.
	 * @see #setCapability(Capability)
	 * @see org.intdesigner.model.IntdPackage#getCourse_Capability()
	 * @model
	 * @generated
	 */
	Capability getCapability();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Course#getCapability <em>Capability</em>}' reference.
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
	 * @see org.intdesigner.model.IntdPackage#getCourse_Level()
	 * @model
	 * @generated
	 */
	ProficiencyLevel getLevel();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Course#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.intdesigner.model.ProficiencyLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(ProficiencyLevel value);

	/**
	 * Returns the value of the '<em><b>Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hours of a learner's working time the course takes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hours</em>' attribute.
	 * @see #setHours(double)
	 * @see org.intdesigner.model.IntdPackage#getCourse_Hours()
	 * @model
	 * @generated
	 */
	double getHours();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Course#getHours <em>Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hours</em>' attribute.
	 * @see #getHours()
	 * @generated
	 */
	void setHours(double value);

	/**
	 * Returns the value of the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cost per learner, in pounds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cost</em>' attribute.
	 * @see #setCost(double)
	 * @see org.intdesigner.model.IntdPackage#getCourse_Cost()
	 * @model
	 * @generated
	 */
	double getCost();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Course#getCost <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cost</em>' attribute.
	 * @see #getCost()
	 * @generated
	 */
	void setCost(double value);

	/**
	 * Returns the value of the '<em><b>Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Provider</em>' attribute.
	 * @see #setProvider(String)
	 * @see org.intdesigner.model.IntdPackage#getCourse_Provider()
	 * @model
	 * @generated
	 */
	String getProvider();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Course#getProvider <em>Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider</em>' attribute.
	 * @see #getProvider()
	 * @generated
	 */
	void setProvider(String value);

	/**
	 * Returns the value of the '<em><b>Joint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Open to staff of every partner: a cohort may mix organisations (integrated training).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Joint</em>' attribute.
	 * @see #setJoint(boolean)
	 * @see org.intdesigner.model.IntdPackage#getCourse_Joint()
	 * @model
	 * @generated
	 */
	boolean isJoint();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Course#isJoint <em>Joint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Joint</em>' attribute.
	 * @see #isJoint()
	 * @generated
	 */
	void setJoint(boolean value);

} // Course
