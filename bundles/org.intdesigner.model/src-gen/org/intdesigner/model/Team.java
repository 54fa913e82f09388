/**
 */
package org.intdesigner.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Team</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A team; teams nest into a team of teams. Has one accountable lead, a purpose and the cohorts it serves.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.Team#getKind <em>Kind</em>}</li>
 *   <li>{@link org.intdesigner.model.Team#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.intdesigner.model.Team#getLead <em>Lead</em>}</li>
 *   <li>{@link org.intdesigner.model.Team#getArea <em>Area</em>}</li>
 *   <li>{@link org.intdesigner.model.Team#getHost <em>Host</em>}</li>
 *   <li>{@link org.intdesigner.model.Team#getServedCohorts <em>Served Cohorts</em>}</li>
 *   <li>{@link org.intdesigner.model.Team#getSubTeams <em>Sub Teams</em>}</li>
 *   <li>{@link org.intdesigner.model.Team#getRequiredCapabilities <em>Required Capabilities</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.model.IntdPackage#getTeam()
 * @model
 * @generated
 */
public interface Team extends Party {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.intdesigner.model.TeamKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.intdesigner.model.TeamKind
	 * @see #setKind(TeamKind)
	 * @see org.intdesigner.model.IntdPackage#getTeam_Kind()
	 * @model
	 * @generated
	 */
	TeamKind getKind();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Team#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.intdesigner.model.TeamKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(TeamKind value);

	/**
	 * Returns the value of the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Purpose</em>' attribute.
	 * @see #setPurpose(String)
	 * @see org.intdesigner.model.IntdPackage#getTeam_Purpose()
	 * @model
	 * @generated
	 */
	String getPurpose();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Team#getPurpose <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purpose</em>' attribute.
	 * @see #getPurpose()
	 * @generated
	 */
	void setPurpose(String value);

	/**
	 * Returns the value of the '<em><b>Lead</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lead</em>' reference.
	 * @see #setLead(Post)
	 * @see org.intdesigner.model.IntdPackage#getTeam_Lead()
	 * @model
	 * @generated
	 */
	Post getLead();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Team#getLead <em>Lead</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lead</em>' reference.
	 * @see #getLead()
	 * @generated
	 */
	void setLead(Post value);

	/**
	 * Returns the value of the '<em><b>Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Area</em>' reference.
	 * @see #setArea(Area)
	 * @see org.intdesigner.model.IntdPackage#getTeam_Area()
	 * @model
	 * @generated
	 */
	Area getArea();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Team#getArea <em>Area</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area</em>' reference.
	 * @see #getArea()
	 * @generated
	 */
	void setArea(Area value);

	/**
	 * Returns the value of the '<em><b>Host</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host</em>' reference.
	 * @see #setHost(Organisation)
	 * @see org.intdesigner.model.IntdPackage#getTeam_Host()
	 * @model
	 * @generated
	 */
	Organisation getHost();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Team#getHost <em>Host</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' reference.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(Organisation value);

	/**
	 * Returns the value of the '<em><b>Served Cohorts</b></em>' reference list.
	 * The list contents are of type {@link org.intdesigner.model.PopulationCohort}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Served Cohorts</em>' reference list.
	 * @see org.intdesigner.model.IntdPackage#getTeam_ServedCohorts()
	 * @model
	 * @generated
	 */
	EList<PopulationCohort> getServedCohorts();

	/**
	 * Returns the value of the '<em><b>Sub Teams</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.model.Team}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sub Teams</em>' containment reference list.
	 * @see org.intdesigner.model.IntdPackage#getTeam_SubTeams()
	 * @model containment="true"
	 * @generated
	 */
	EList<Team> getSubTeams();

	/**
	 * Returns the value of the '<em><b>Required Capabilities</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.model.CapabilityLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Required Capabilities</em>' containment reference list.
	 * @see org.intdesigner.model.IntdPackage#getTeam_RequiredCapabilities()
	 * @model containment="true"
	 * @generated
	 */
	EList<CapabilityLevel> getRequiredCapabilities();

} // Team
