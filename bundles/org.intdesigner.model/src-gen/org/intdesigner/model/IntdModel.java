/**
 */
package org.intdesigner.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One INT design: the root of an .intd file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.IntdModel#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.intdesigner.model.IntdModel#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.intdesigner.model.IntdModel#getAreas <em>Areas</em>}</li>
 *   <li>{@link org.intdesigner.model.IntdModel#getOrganisations <em>Organisations</em>}</li>
 *   <li>{@link org.intdesigner.model.IntdModel#getCapabilities <em>Capabilities</em>}</li>
 *   <li>{@link org.intdesigner.model.IntdModel#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.intdesigner.model.IntdModel#getPosts <em>Posts</em>}</li>
 *   <li>{@link org.intdesigner.model.IntdModel#getTeams <em>Teams</em>}</li>
 *   <li>{@link org.intdesigner.model.IntdModel#getAccountabilities <em>Accountabilities</em>}</li>
 *   <li>{@link org.intdesigner.model.IntdModel#getBoundaries <em>Boundaries</em>}</li>
 *   <li>{@link org.intdesigner.model.IntdModel#getArrangements <em>Arrangements</em>}</li>
 *   <li>{@link org.intdesigner.model.IntdModel#getInteractions <em>Interactions</em>}</li>
 *   <li>{@link org.intdesigner.model.IntdModel#getWisnStudies <em>Wisn Studies</em>}</li>
 *   <li>{@link org.intdesigner.model.IntdModel#getSupplyAssumptions <em>Supply Assumptions</em>}</li>
 *   <li>{@link org.intdesigner.model.IntdModel#getCourses <em>Courses</em>}</li>
 *   <li>{@link org.intdesigner.model.IntdModel#getPayBands <em>Pay Bands</em>}</li>
 *   <li>{@link org.intdesigner.model.IntdModel#getTransitionWaves <em>Transition Waves</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.model.IntdPackage#getIntdModel()
 * @model
 * @generated
 */
public interface IntdModel extends Element {
	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The file format version, major.minor; a newer major version than this product reads is refused, older ones are migrated on load.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #isSetFormatVersion()
	 * @see #unsetFormatVersion()
	 * @see #setFormatVersion(String)
	 * @see org.intdesigner.model.IntdPackage#getIntdModel_FormatVersion()
	 * @model default="1.0" unsettable="true"
	 * @generated
	 */
	String getFormatVersion();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.IntdModel#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #isSetFormatVersion()
	 * @see #unsetFormatVersion()
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(String value);

	/**
	 * Unsets the value of the '{@link org.intdesigner.model.IntdModel#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetFormatVersion()
	 * @see #getFormatVersion()
	 * @see #setFormatVersion(String)
	 * @generated
	 */
	void unsetFormatVersion();

	/**
	 * Returns whether the value of the '{@link org.intdesigner.model.IntdModel#getFormatVersion <em>Format Version</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Format Version</em>' attribute is set.
	 * @see #unsetFormatVersion()
	 * @see #getFormatVersion()
	 * @see #setFormatVersion(String)
	 * @generated
	 */
	boolean isSetFormatVersion();

	/**
	 * Returns the value of the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a scenario (a to-be version that keeps the ids of what it did not change): the file of the model it was made from, relative to this file's folder; empty for a model that is no scenario.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baseline</em>' attribute.
	 * @see #setBaseline(String)
	 * @see org.intdesigner.model.IntdPackage#getIntdModel_Baseline()
	 * @model
	 * @generated
	 */
	String getBaseline();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.IntdModel#getBaseline <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline</em>' attribute.
	 * @see #getBaseline()
	 * @generated
	 */
	void setBaseline(String value);

	/**
	 * Returns the value of the '<em><b>Areas</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.model.Area}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Areas</em>' containment reference list.
	 * @see org.intdesigner.model.IntdPackage#getIntdModel_Areas()
	 * @model containment="true"
	 * @generated
	 */
	EList<Area> getAreas();

	/**
	 * Returns the value of the '<em><b>Organisations</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.model.Organisation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organisations</em>' containment reference list.
	 * @see org.intdesigner.model.IntdPackage#getIntdModel_Organisations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Organisation> getOrganisations();

	/**
	 * Returns the value of the '<em><b>Capabilities</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.model.Capability}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Capabilities</em>' containment reference list.
	 * @see org.intdesigner.model.IntdPackage#getIntdModel_Capabilities()
	 * @model containment="true"
	 * @generated
	 */
	EList<Capability> getCapabilities();

	/**
	 * Returns the value of the '<em><b>Roles</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.model.Role}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Roles</em>' containment reference list.
	 * @see org.intdesigner.model.IntdPackage#getIntdModel_Roles()
	 * @model containment="true"
	 * @generated
	 */
	EList<Role> getRoles();

	/**
	 * Returns the value of the '<em><b>Posts</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.model.Post}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Posts</em>' containment reference list.
	 * @see org.intdesigner.model.IntdPackage#getIntdModel_Posts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Post> getPosts();

	/**
	 * Returns the value of the '<em><b>Teams</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.model.Team}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Teams</em>' containment reference list.
	 * @see org.intdesigner.model.IntdPackage#getIntdModel_Teams()
	 * @model containment="true"
	 * @generated
	 */
	EList<Team> getTeams();

	/**
	 * Returns the value of the '<em><b>Accountabilities</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.model.AccountabilityItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Accountabilities</em>' containment reference list.
	 * @see org.intdesigner.model.IntdPackage#getIntdModel_Accountabilities()
	 * @model containment="true"
	 * @generated
	 */
	EList<AccountabilityItem> getAccountabilities();

	/**
	 * Returns the value of the '<em><b>Boundaries</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.model.Boundary}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Boundaries</em>' containment reference list.
	 * @see org.intdesigner.model.IntdPackage#getIntdModel_Boundaries()
	 * @model containment="true"
	 * @generated
	 */
	EList<Boundary> getBoundaries();

	/**
	 * Returns the value of the '<em><b>Arrangements</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.model.Arrangement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Arrangements</em>' containment reference list.
	 * @see org.intdesigner.model.IntdPackage#getIntdModel_Arrangements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Arrangement> getArrangements();

	/**
	 * Returns the value of the '<em><b>Interactions</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.model.Interaction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interactions</em>' containment reference list.
	 * @see org.intdesigner.model.IntdPackage#getIntdModel_Interactions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Interaction> getInteractions();

	/**
	 * Returns the value of the '<em><b>Wisn Studies</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.model.WisnStudy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Wisn Studies</em>' containment reference list.
	 * @see org.intdesigner.model.IntdPackage#getIntdModel_WisnStudies()
	 * @model containment="true"
	 * @generated
	 */
	EList<WisnStudy> getWisnStudies();

	/**
	 * Returns the value of the '<em><b>Supply Assumptions</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.model.SupplyAssumption}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supply Assumptions</em>' containment reference list.
	 * @see org.intdesigner.model.IntdPackage#getIntdModel_SupplyAssumptions()
	 * @model containment="true"
	 * @generated
	 */
	EList<SupplyAssumption> getSupplyAssumptions();

	/**
	 * Returns the value of the '<em><b>Courses</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.model.Course}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The course catalogue: the training that can close a skills gap.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Courses</em>' containment reference list.
	 * @see org.intdesigner.model.IntdPackage#getIntdModel_Courses()
	 * @model containment="true"
	 * @generated
	 */
	EList<Course> getCourses();

	/**
	 * Returns the value of the '<em><b>Pay Bands</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.model.PayBand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The pay table: the annual cost of each band of each pay scale, with on-costs; it costs posts and transitions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pay Bands</em>' containment reference list.
	 * @see org.intdesigner.model.IntdPackage#getIntdModel_PayBands()
	 * @model containment="true"
	 * @generated
	 */
	EList<PayBand> getPayBands();

	/**
	 * Returns the value of the '<em><b>Transition Waves</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.model.TransitionWave}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a scenario: the waves in which its changes against the baseline take effect, in date order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Transition Waves</em>' containment reference list.
	 * @see org.intdesigner.model.IntdPackage#getIntdModel_TransitionWaves()
	 * @model containment="true"
	 * @generated
	 */
	EList<TransitionWave> getTransitionWaves();

} // IntdModel
