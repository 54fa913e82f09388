/**
 */
package org.intdesigner.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Post</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A funded position in a role with one employer, held by a person or vacant, whose FTE may be split across teams.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.Post#getRole <em>Role</em>}</li>
 *   <li>{@link org.intdesigner.model.Post#getEmployer <em>Employer</em>}</li>
 *   <li>{@link org.intdesigner.model.Post#getFte <em>Fte</em>}</li>
 *   <li>{@link org.intdesigner.model.Post#getBand <em>Band</em>}</li>
 *   <li>{@link org.intdesigner.model.Post#getHolder <em>Holder</em>}</li>
 *   <li>{@link org.intdesigner.model.Post#isVacant <em>Vacant</em>}</li>
 *   <li>{@link org.intdesigner.model.Post#isTopOfOrganisation <em>Top Of Organisation</em>}</li>
 *   <li>{@link org.intdesigner.model.Post#getLineManager <em>Line Manager</em>}</li>
 *   <li>{@link org.intdesigner.model.Post#getSupervisor <em>Supervisor</em>}</li>
 *   <li>{@link org.intdesigner.model.Post#getHostArrangement <em>Host Arrangement</em>}</li>
 *   <li>{@link org.intdesigner.model.Post#getTerms <em>Terms</em>}</li>
 *   <li>{@link org.intdesigner.model.Post#getAllocations <em>Allocations</em>}</li>
 *   <li>{@link org.intdesigner.model.Post#getCapabilities <em>Capabilities</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.model.IntdPackage#getPost()
 * @model
 * @generated
 */
public interface Post extends Party {
	/**
	 * Returns the value of the '<em><b>Role</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' reference.
	 * @see #setRole(Role)
	 * @see org.intdesigner.model.IntdPackage#getPost_Role()
	 * @model
	 * @generated
	 */
	Role getRole();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Post#getRole <em>Role</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' reference.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(Role value);

	/**
	 * Returns the value of the '<em><b>Employer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Employer</em>' reference.
	 * @see #setEmployer(Organisation)
	 * @see org.intdesigner.model.IntdPackage#getPost_Employer()
	 * @model
	 * @generated
	 */
	Organisation getEmployer();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Post#getEmployer <em>Employer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Employer</em>' reference.
	 * @see #getEmployer()
	 * @generated
	 */
	void setEmployer(Organisation value);

	/**
	 * Returns the value of the '<em><b>Fte</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Contracted whole-time equivalent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fte</em>' attribute.
	 * @see #setFte(double)
	 * @see org.intdesigner.model.IntdPackage#getPost_Fte()
	 * @model default="1.0"
	 * @generated
	 */
	double getFte();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Post#getFte <em>Fte</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fte</em>' attribute.
	 * @see #getFte()
	 * @generated
	 */
	void setFte(double value);

	/**
	 * Returns the value of the '<em><b>Band</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Band</em>' attribute.
	 * @see #setBand(String)
	 * @see org.intdesigner.model.IntdPackage#getPost_Band()
	 * @model
	 * @generated
	 */
	String getBand();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Post#getBand <em>Band</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Band</em>' attribute.
	 * @see #getBand()
	 * @generated
	 */
	void setBand(String value);

	/**
	 * Returns the value of the '<em><b>Holder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who holds the post; empty when the post is vacant.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Holder</em>' attribute.
	 * @see #setHolder(String)
	 * @see org.intdesigner.model.IntdPackage#getPost_Holder()
	 * @model
	 * @generated
	 */
	String getHolder();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Post#getHolder <em>Holder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Holder</em>' attribute.
	 * @see #getHolder()
	 * @generated
	 */
	void setHolder(String value);

	/**
	 * Returns the value of the '<em><b>Vacant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vacant</em>' attribute.
	 * @see org.intdesigner.model.IntdPackage#getPost_Vacant()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	boolean isVacant();

	/**
	 * Returns the value of the '<em><b>Top Of Organisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The most senior post of its employer in this design: it has no line manager by design (validation rule POST-002 does not ask for one).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Top Of Organisation</em>' attribute.
	 * @see #setTopOfOrganisation(boolean)
	 * @see org.intdesigner.model.IntdPackage#getPost_TopOfOrganisation()
	 * @model
	 * @generated
	 */
	boolean isTopOfOrganisation();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Post#isTopOfOrganisation <em>Top Of Organisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Top Of Organisation</em>' attribute.
	 * @see #isTopOfOrganisation()
	 * @generated
	 */
	void setTopOfOrganisation(boolean value);

	/**
	 * Returns the value of the '<em><b>Line Manager</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Line Manager</em>' reference.
	 * @see #setLineManager(Post)
	 * @see org.intdesigner.model.IntdPackage#getPost_LineManager()
	 * @model
	 * @generated
	 */
	Post getLineManager();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Post#getLineManager <em>Line Manager</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line Manager</em>' reference.
	 * @see #getLineManager()
	 * @generated
	 */
	void setLineManager(Post value);

	/**
	 * Returns the value of the '<em><b>Supervisor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The professional supervisor, needed when the post works outside its employer's structures.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Supervisor</em>' reference.
	 * @see #setSupervisor(Post)
	 * @see org.intdesigner.model.IntdPackage#getPost_Supervisor()
	 * @model
	 * @generated
	 */
	Post getSupervisor();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Post#getSupervisor <em>Supervisor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supervisor</em>' reference.
	 * @see #getSupervisor()
	 * @generated
	 */
	void setSupervisor(Post value);

	/**
	 * Returns the value of the '<em><b>Host Arrangement</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host Arrangement</em>' reference.
	 * @see #setHostArrangement(Arrangement)
	 * @see org.intdesigner.model.IntdPackage#getPost_HostArrangement()
	 * @model
	 * @generated
	 */
	Arrangement getHostArrangement();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Post#getHostArrangement <em>Host Arrangement</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host Arrangement</em>' reference.
	 * @see #getHostArrangement()
	 * @generated
	 */
	void setHostArrangement(Arrangement value);

	/**
	 * Returns the value of the '<em><b>Terms</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Terms</em>' reference.
	 * @see #setTerms(TermsAndConditions)
	 * @see org.intdesigner.model.IntdPackage#getPost_Terms()
	 * @model
	 * @generated
	 */
	TermsAndConditions getTerms();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Post#getTerms <em>Terms</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Terms</em>' reference.
	 * @see #getTerms()
	 * @generated
	 */
	void setTerms(TermsAndConditions value);

	/**
	 * Returns the value of the '<em><b>Allocations</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.model.Allocation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allocations</em>' containment reference list.
	 * @see org.intdesigner.model.IntdPackage#getPost_Allocations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Allocation> getAllocations();

	/**
	 * Returns the value of the '<em><b>Capabilities</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.model.CapabilityLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Capabilities</em>' containment reference list.
	 * @see org.intdesigner.model.IntdPackage#getPost_Capabilities()
	 * @model containment="true"
	 * @generated
	 */
	EList<CapabilityLevel> getCapabilities();

} // Post
