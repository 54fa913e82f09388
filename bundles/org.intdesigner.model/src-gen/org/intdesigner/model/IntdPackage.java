/**
 */
package org.intdesigner.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The INT metamodel: Integrated Neighbourhood Teams as a team of teams, their geography, organisations, roles, posts, boundaries and accountabilities.
 * <!-- end-model-doc -->
 * @see org.intdesigner.model.IntdFactory
 * @model kind="package"
 * @generated
 */
public interface IntdPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.intdesigner.org/intd/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "intd";

	/**
	 * The package content type ID.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eCONTENT_TYPE = "org.intdesigner.model.intd";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	IntdPackage eINSTANCE = org.intdesigner.model.impl.IntdPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.intdesigner.model.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.impl.IdentifiedImpl
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.model.impl.ElementImpl <em>Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.impl.ElementImpl
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getElement()
	 * @generated
	 */
	int ELEMENT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__CODE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__PROPERTIES = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Suppressions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__SUPPRESSIONS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.model.impl.PropertyImpl <em>Property</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.impl.PropertyImpl
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getProperty()
	 * @generated
	 */
	int PROPERTY = 2;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.model.impl.SuppressionImpl <em>Suppression</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.impl.SuppressionImpl
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getSuppression()
	 * @generated
	 */
	int SUPPRESSION = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPRESSION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPRESSION__RULE_ID = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPRESSION__REASON = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Suppressed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPRESSION__SUPPRESSED_BY = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPRESSION__DATE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Suppression</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPRESSION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Suppression</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPRESSION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.model.impl.PartyImpl <em>Party</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.impl.PartyImpl
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getParty()
	 * @generated
	 */
	int PARTY = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__CODE = ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Suppressions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__SUPPRESSIONS = ELEMENT__SUPPRESSIONS;

	/**
	 * The number of structural features of the '<em>Party</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Party</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.model.impl.IntdModelImpl <em>Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.impl.IntdModelImpl
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getIntdModel()
	 * @generated
	 */
	int INTD_MODEL = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTD_MODEL__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTD_MODEL__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTD_MODEL__CODE = ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTD_MODEL__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTD_MODEL__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Suppressions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTD_MODEL__SUPPRESSIONS = ELEMENT__SUPPRESSIONS;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTD_MODEL__FORMAT_VERSION = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTD_MODEL__BASELINE = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Areas</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTD_MODEL__AREAS = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Organisations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTD_MODEL__ORGANISATIONS = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Capabilities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTD_MODEL__CAPABILITIES = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTD_MODEL__ROLES = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Posts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTD_MODEL__POSTS = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Teams</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTD_MODEL__TEAMS = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Accountabilities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTD_MODEL__ACCOUNTABILITIES = ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Boundaries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTD_MODEL__BOUNDARIES = ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Arrangements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTD_MODEL__ARRANGEMENTS = ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Interactions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTD_MODEL__INTERACTIONS = ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Wisn Studies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTD_MODEL__WISN_STUDIES = ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Supply Assumptions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTD_MODEL__SUPPLY_ASSUMPTIONS = ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Courses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTD_MODEL__COURSES = ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Pay Bands</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTD_MODEL__PAY_BANDS = ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Transition Waves</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTD_MODEL__TRANSITION_WAVES = ELEMENT_FEATURE_COUNT + 16;

	/**
	 * The number of structural features of the '<em>Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTD_MODEL_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 17;

	/**
	 * The number of operations of the '<em>Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTD_MODEL_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.model.impl.AreaImpl <em>Area</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.impl.AreaImpl
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getArea()
	 * @generated
	 */
	int AREA = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__CODE = ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Suppressions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__SUPPRESSIONS = ELEMENT__SUPPRESSIONS;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__KIND = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__POPULATION = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Growth Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__GROWTH_RATE = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Sub Areas</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__SUB_AREAS = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Cohorts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__COHORTS = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Area</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Area</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.model.impl.PopulationCohortImpl <em>Population Cohort</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.impl.PopulationCohortImpl
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getPopulationCohort()
	 * @generated
	 */
	int POPULATION_COHORT = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_COHORT__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_COHORT__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_COHORT__CODE = ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_COHORT__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_COHORT__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Suppressions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_COHORT__SUPPRESSIONS = ELEMENT__SUPPRESSIONS;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_COHORT__KIND = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_COHORT__SIZE = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Growth Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_COHORT__GROWTH_RATE = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Needs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_COHORT__NEEDS = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Population Cohort</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_COHORT_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Population Cohort</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_COHORT_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.model.impl.NeedImpl <em>Need</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.impl.NeedImpl
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getNeed()
	 * @generated
	 */
	int NEED = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED__CODE = ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Suppressions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED__SUPPRESSIONS = ELEMENT__SUPPRESSIONS;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED__PRIORITY = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Required Capabilities</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED__REQUIRED_CAPABILITIES = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Need</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Need</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.model.impl.OrganisationImpl <em>Organisation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.impl.OrganisationImpl
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getOrganisation()
	 * @generated
	 */
	int ORGANISATION = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__ID = PARTY__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__NAME = PARTY__NAME;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__CODE = PARTY__CODE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__DESCRIPTION = PARTY__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__PROPERTIES = PARTY__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Suppressions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__SUPPRESSIONS = PARTY__SUPPRESSIONS;

	/**
	 * The feature id for the '<em><b>Sector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__SECTOR = PARTY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Terms</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__TERMS = PARTY_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_FEATURE_COUNT = PARTY_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_OPERATION_COUNT = PARTY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.model.impl.TermsAndConditionsImpl <em>Terms And Conditions</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.impl.TermsAndConditionsImpl
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getTermsAndConditions()
	 * @generated
	 */
	int TERMS_AND_CONDITIONS = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMS_AND_CONDITIONS__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMS_AND_CONDITIONS__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMS_AND_CONDITIONS__CODE = ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMS_AND_CONDITIONS__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMS_AND_CONDITIONS__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Suppressions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMS_AND_CONDITIONS__SUPPRESSIONS = ELEMENT__SUPPRESSIONS;

	/**
	 * The feature id for the '<em><b>Pay Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMS_AND_CONDITIONS__PAY_SCALE = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Weekly Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMS_AND_CONDITIONS__WEEKLY_HOURS = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Annual Leave Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMS_AND_CONDITIONS__ANNUAL_LEAVE_DAYS = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMS_AND_CONDITIONS__ROLES = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Terms And Conditions</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMS_AND_CONDITIONS_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Terms And Conditions</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMS_AND_CONDITIONS_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.model.impl.CapabilityImpl <em>Capability</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.impl.CapabilityImpl
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getCapability()
	 * @generated
	 */
	int CAPABILITY = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPABILITY__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPABILITY__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPABILITY__CODE = ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPABILITY__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPABILITY__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Suppressions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPABILITY__SUPPRESSIONS = ELEMENT__SUPPRESSIONS;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPABILITY__CATEGORY = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Generalist</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPABILITY__GENERALIST = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Capability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPABILITY_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Capability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPABILITY_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.model.impl.CapabilityLevelImpl <em>Capability Level</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.impl.CapabilityLevelImpl
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getCapabilityLevel()
	 * @generated
	 */
	int CAPABILITY_LEVEL = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPABILITY_LEVEL__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Capability</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPABILITY_LEVEL__CAPABILITY = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPABILITY_LEVEL__LEVEL = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>People</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPABILITY_LEVEL__PEOPLE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Capability Level</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPABILITY_LEVEL_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Capability Level</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPABILITY_LEVEL_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.model.impl.CourseImpl <em>Course</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.impl.CourseImpl
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getCourse()
	 * @generated
	 */
	int COURSE = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE__CODE = ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Suppressions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE__SUPPRESSIONS = ELEMENT__SUPPRESSIONS;

	/**
	 * The feature id for the '<em><b>Capability</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE__CAPABILITY = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE__LEVEL = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE__HOURS = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE__COST = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE__PROVIDER = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Joint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE__JOINT = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Course</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Course</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.model.impl.PayBandImpl <em>Pay Band</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.impl.PayBandImpl
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getPayBand()
	 * @generated
	 */
	int PAY_BAND = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAY_BAND__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAY_BAND__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAY_BAND__CODE = ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAY_BAND__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAY_BAND__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Suppressions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAY_BAND__SUPPRESSIONS = ELEMENT__SUPPRESSIONS;

	/**
	 * The feature id for the '<em><b>Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAY_BAND__SCALE = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Band</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAY_BAND__BAND = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Annual Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAY_BAND__ANNUAL_COST = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Sector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAY_BAND__SECTOR = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Pay Band</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAY_BAND_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Pay Band</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAY_BAND_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.model.impl.TransitionWaveImpl <em>Transition Wave</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.impl.TransitionWaveImpl
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getTransitionWave()
	 * @generated
	 */
	int TRANSITION_WAVE = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_WAVE__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_WAVE__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_WAVE__CODE = ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_WAVE__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_WAVE__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Suppressions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_WAVE__SUPPRESSIONS = ELEMENT__SUPPRESSIONS;

	/**
	 * The feature id for the '<em><b>Effective Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_WAVE__EFFECTIVE_DATE = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_WAVE__OWNER = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_WAVE__REASON = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Element Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_WAVE__ELEMENT_IDS = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Transition Wave</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_WAVE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Transition Wave</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_WAVE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.model.impl.RoleImpl <em>Role</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.impl.RoleImpl
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getRole()
	 * @generated
	 */
	int ROLE = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__ID = PARTY__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__NAME = PARTY__NAME;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__CODE = PARTY__CODE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__DESCRIPTION = PARTY__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__PROPERTIES = PARTY__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Suppressions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__SUPPRESSIONS = PARTY__SUPPRESSIONS;

	/**
	 * The feature id for the '<em><b>Profession</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__PROFESSION = PARTY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__SECTOR = PARTY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Clinical</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__CLINICAL = PARTY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>New Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__NEW_ROLE = PARTY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Arrs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__ARRS = PARTY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Capabilities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__CAPABILITIES = PARTY_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_FEATURE_COUNT = PARTY_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_OPERATION_COUNT = PARTY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.model.impl.PostImpl <em>Post</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.impl.PostImpl
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getPost()
	 * @generated
	 */
	int POST = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__ID = PARTY__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__NAME = PARTY__NAME;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__CODE = PARTY__CODE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__DESCRIPTION = PARTY__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__PROPERTIES = PARTY__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Suppressions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__SUPPRESSIONS = PARTY__SUPPRESSIONS;

	/**
	 * The feature id for the '<em><b>Role</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__ROLE = PARTY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Employer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__EMPLOYER = PARTY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Fte</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__FTE = PARTY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Band</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__BAND = PARTY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Holder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__HOLDER = PARTY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Vacant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__VACANT = PARTY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Top Of Organisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__TOP_OF_ORGANISATION = PARTY_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Line Manager</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__LINE_MANAGER = PARTY_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Supervisor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__SUPERVISOR = PARTY_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Host Arrangement</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__HOST_ARRANGEMENT = PARTY_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Terms</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__TERMS = PARTY_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Allocations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__ALLOCATIONS = PARTY_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Capabilities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__CAPABILITIES = PARTY_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Post</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST_FEATURE_COUNT = PARTY_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Post</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST_OPERATION_COUNT = PARTY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.model.impl.AllocationImpl <em>Allocation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.impl.AllocationImpl
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getAllocation()
	 * @generated
	 */
	int ALLOCATION = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Team</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION__TEAM = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Fte</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION__FTE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Allocation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Allocation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.model.impl.TeamImpl <em>Team</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.impl.TeamImpl
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getTeam()
	 * @generated
	 */
	int TEAM = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__ID = PARTY__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__NAME = PARTY__NAME;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__CODE = PARTY__CODE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__DESCRIPTION = PARTY__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__PROPERTIES = PARTY__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Suppressions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__SUPPRESSIONS = PARTY__SUPPRESSIONS;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__KIND = PARTY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__PURPOSE = PARTY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Lead</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__LEAD = PARTY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__AREA = PARTY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Host</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__HOST = PARTY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Served Cohorts</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__SERVED_COHORTS = PARTY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Sub Teams</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__SUB_TEAMS = PARTY_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Required Capabilities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__REQUIRED_CAPABILITIES = PARTY_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Team</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_FEATURE_COUNT = PARTY_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Team</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_OPERATION_COUNT = PARTY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.model.impl.InteractionImpl <em>Interaction</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.impl.InteractionImpl
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getInteraction()
	 * @generated
	 */
	int INTERACTION = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__CODE = ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Suppressions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__SUPPRESSIONS = ELEMENT__SUPPRESSIONS;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__KIND = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__SOURCE = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__TARGET = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Interaction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Interaction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.model.impl.BoundaryImpl <em>Boundary</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.impl.BoundaryImpl
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getBoundary()
	 * @generated
	 */
	int BOUNDARY = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY__CODE = ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Suppressions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY__SUPPRESSIONS = ELEMENT__SUPPRESSIONS;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY__KIND = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Members</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY__MEMBERS = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Boundary</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Boundary</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.model.impl.ArrangementImpl <em>Arrangement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.impl.ArrangementImpl
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getArrangement()
	 * @generated
	 */
	int ARRANGEMENT = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARRANGEMENT__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARRANGEMENT__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARRANGEMENT__CODE = ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARRANGEMENT__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARRANGEMENT__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Suppressions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARRANGEMENT__SUPPRESSIONS = ELEMENT__SUPPRESSIONS;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARRANGEMENT__KIND = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Parties</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARRANGEMENT__PARTIES = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Host</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARRANGEMENT__HOST = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Boundary</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARRANGEMENT__BOUNDARY = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Covers</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARRANGEMENT__COVERS = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Arrangement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARRANGEMENT_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Arrangement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARRANGEMENT_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.model.impl.AccountabilityItemImpl <em>Accountability Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.impl.AccountabilityItemImpl
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getAccountabilityItem()
	 * @generated
	 */
	int ACCOUNTABILITY_ITEM = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTABILITY_ITEM__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTABILITY_ITEM__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTABILITY_ITEM__CODE = ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTABILITY_ITEM__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTABILITY_ITEM__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Suppressions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTABILITY_ITEM__SUPPRESSIONS = ELEMENT__SUPPRESSIONS;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTABILITY_ITEM__KIND = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Team</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTABILITY_ITEM__TEAM = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Assignments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTABILITY_ITEM__ASSIGNMENTS = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Accountability Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTABILITY_ITEM_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Accountability Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTABILITY_ITEM_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.model.impl.RaciAssignmentImpl <em>Raci Assignment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.impl.RaciAssignmentImpl
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getRaciAssignment()
	 * @generated
	 */
	int RACI_ASSIGNMENT = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RACI_ASSIGNMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Party</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RACI_ASSIGNMENT__PARTY = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RACI_ASSIGNMENT__CODE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Raci Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RACI_ASSIGNMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Raci Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RACI_ASSIGNMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.model.impl.WisnStudyImpl <em>Wisn Study</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.impl.WisnStudyImpl
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getWisnStudy()
	 * @generated
	 */
	int WISN_STUDY = 25;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WISN_STUDY__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WISN_STUDY__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WISN_STUDY__CODE = ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WISN_STUDY__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WISN_STUDY__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Suppressions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WISN_STUDY__SUPPRESSIONS = ELEMENT__SUPPRESSIONS;

	/**
	 * The feature id for the '<em><b>Role</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WISN_STUDY__ROLE = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WISN_STUDY__UNIT = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Each Neighbourhood</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WISN_STUDY__EACH_NEIGHBOURHOOD = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Working Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WISN_STUDY__WORKING_DAYS = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Public Holidays</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WISN_STUDY__PUBLIC_HOLIDAYS = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Annual Leave</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WISN_STUDY__ANNUAL_LEAVE = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Sick Leave</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WISN_STUDY__SICK_LEAVE = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Other Leave</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WISN_STUDY__OTHER_LEAVE = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Hours Per Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WISN_STUDY__HOURS_PER_DAY = ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Hours Per Week</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WISN_STUDY__HOURS_PER_WEEK = ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Current Staff</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WISN_STUDY__CURRENT_STAFF = ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Observed Sick Leave</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WISN_STUDY__OBSERVED_SICK_LEAVE = ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Activities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WISN_STUDY__ACTIVITIES = ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Category Allowances</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WISN_STUDY__CATEGORY_ALLOWANCES = ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Individual Allowances</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WISN_STUDY__INDIVIDUAL_ALLOWANCES = ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Wisn Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WISN_STUDY_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The number of operations of the '<em>Wisn Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WISN_STUDY_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.model.impl.ServiceActivityImpl <em>Service Activity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.impl.ServiceActivityImpl
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getServiceActivity()
	 * @generated
	 */
	int SERVICE_ACTIVITY = 26;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ACTIVITY__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Activity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ACTIVITY__ACTIVITY = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unit Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ACTIVITY__UNIT_MINUTES = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Rate Per Hour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ACTIVITY__RATE_PER_HOUR = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Annual Workload</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ACTIVITY__ANNUAL_WORKLOAD = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Cohort</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ACTIVITY__COHORT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Per Person</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ACTIVITY__PER_PERSON = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Service Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ACTIVITY_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Service Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ACTIVITY_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.model.impl.CategoryAllowanceImpl <em>Category Allowance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.impl.CategoryAllowanceImpl
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getCategoryAllowance()
	 * @generated
	 */
	int CATEGORY_ALLOWANCE = 27;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY_ALLOWANCE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Activity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY_ALLOWANCE__ACTIVITY = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY_ALLOWANCE__PERCENT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY_ALLOWANCE__HOURS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Per</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY_ALLOWANCE__PER = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Category Allowance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY_ALLOWANCE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Category Allowance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY_ALLOWANCE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.model.impl.IndividualAllowanceImpl <em>Individual Allowance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.impl.IndividualAllowanceImpl
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getIndividualAllowance()
	 * @generated
	 */
	int INDIVIDUAL_ALLOWANCE = 28;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDIVIDUAL_ALLOWANCE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Activity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDIVIDUAL_ALLOWANCE__ACTIVITY = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Hours Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDIVIDUAL_ALLOWANCE__HOURS_PER_YEAR = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Staff</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDIVIDUAL_ALLOWANCE__STAFF = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Individual Allowance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDIVIDUAL_ALLOWANCE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Individual Allowance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDIVIDUAL_ALLOWANCE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.model.impl.SupplyAssumptionImpl <em>Supply Assumption</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.impl.SupplyAssumptionImpl
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getSupplyAssumption()
	 * @generated
	 */
	int SUPPLY_ASSUMPTION = 29;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_ASSUMPTION__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_ASSUMPTION__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_ASSUMPTION__CODE = ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_ASSUMPTION__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_ASSUMPTION__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Suppressions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_ASSUMPTION__SUPPRESSIONS = ELEMENT__SUPPRESSIONS;

	/**
	 * The feature id for the '<em><b>Role</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_ASSUMPTION__ROLE = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_ASSUMPTION__UNIT = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Start Fte</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_ASSUMPTION__START_FTE = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Leaver Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_ASSUMPTION__LEAVER_RATE = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Leaver Rate High</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_ASSUMPTION__LEAVER_RATE_HIGH = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Retirement Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_ASSUMPTION__RETIREMENT_RATE = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Retirement Rate High</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_ASSUMPTION__RETIREMENT_RATE_HIGH = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Joiners Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_ASSUMPTION__JOINERS_PER_YEAR = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Joiners Per Year High</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_ASSUMPTION__JOINERS_PER_YEAR_HIGH = ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Trainees Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_ASSUMPTION__TRAINEES_PER_YEAR = ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Trainee Intake</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_ASSUMPTION__TRAINEE_INTAKE = ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Course Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_ASSUMPTION__COURSE_YEARS = ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Completion Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_ASSUMPTION__COMPLETION_RATE = ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Internal Moves</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_ASSUMPTION__INTERNAL_MOVES = ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_ASSUMPTION__YEARS = ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Supply Assumption</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_ASSUMPTION_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The number of operations of the '<em>Supply Assumption</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_ASSUMPTION_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.intdesigner.model.AreaKind <em>Area Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.AreaKind
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getAreaKind()
	 * @generated
	 */
	int AREA_KIND = 30;

	/**
	 * The meta object id for the '{@link org.intdesigner.model.CohortKind <em>Cohort Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.CohortKind
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getCohortKind()
	 * @generated
	 */
	int COHORT_KIND = 31;

	/**
	 * The meta object id for the '{@link org.intdesigner.model.Sector <em>Sector</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.Sector
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getSector()
	 * @generated
	 */
	int SECTOR = 32;

	/**
	 * The meta object id for the '{@link org.intdesigner.model.ProficiencyLevel <em>Proficiency Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.ProficiencyLevel
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getProficiencyLevel()
	 * @generated
	 */
	int PROFICIENCY_LEVEL = 33;

	/**
	 * The meta object id for the '{@link org.intdesigner.model.TeamKind <em>Team Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.TeamKind
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getTeamKind()
	 * @generated
	 */
	int TEAM_KIND = 34;

	/**
	 * The meta object id for the '{@link org.intdesigner.model.InteractionKind <em>Interaction Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.InteractionKind
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getInteractionKind()
	 * @generated
	 */
	int INTERACTION_KIND = 35;

	/**
	 * The meta object id for the '{@link org.intdesigner.model.BoundaryKind <em>Boundary Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.BoundaryKind
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getBoundaryKind()
	 * @generated
	 */
	int BOUNDARY_KIND = 36;

	/**
	 * The meta object id for the '{@link org.intdesigner.model.ArrangementKind <em>Arrangement Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.ArrangementKind
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getArrangementKind()
	 * @generated
	 */
	int ARRANGEMENT_KIND = 37;

	/**
	 * The meta object id for the '{@link org.intdesigner.model.AccountabilityKind <em>Accountability Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.AccountabilityKind
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getAccountabilityKind()
	 * @generated
	 */
	int ACCOUNTABILITY_KIND = 38;

	/**
	 * The meta object id for the '{@link org.intdesigner.model.RaciCode <em>Raci Code</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.RaciCode
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getRaciCode()
	 * @generated
	 */
	int RACI_CODE = 39;


	/**
	 * The meta object id for the '{@link org.intdesigner.model.AllowancePeriod <em>Allowance Period</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.intdesigner.model.AllowancePeriod
	 * @see org.intdesigner.model.impl.IntdPackageImpl#getAllowancePeriod()
	 * @generated
	 */
	int ALLOWANCE_PERIOD = 40;


	/**
	 * Returns the meta object for class '{@link org.intdesigner.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see org.intdesigner.model.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.intdesigner.model.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.model.Element <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element</em>'.
	 * @see org.intdesigner.model.Element
	 * @generated
	 */
	EClass getElement();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.Element#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.intdesigner.model.Element#getName()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.Element#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.intdesigner.model.Element#getCode()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.Element#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.intdesigner.model.Element#getDescription()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.model.Element#getProperties <em>Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Properties</em>'.
	 * @see org.intdesigner.model.Element#getProperties()
	 * @see #getElement()
	 * @generated
	 */
	EReference getElement_Properties();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.model.Element#getSuppressions <em>Suppressions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Suppressions</em>'.
	 * @see org.intdesigner.model.Element#getSuppressions()
	 * @see #getElement()
	 * @generated
	 */
	EReference getElement_Suppressions();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.model.Property <em>Property</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Property</em>'.
	 * @see org.intdesigner.model.Property
	 * @generated
	 */
	EClass getProperty();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.Property#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.intdesigner.model.Property#getKey()
	 * @see #getProperty()
	 * @generated
	 */
	EAttribute getProperty_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.Property#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.intdesigner.model.Property#getValue()
	 * @see #getProperty()
	 * @generated
	 */
	EAttribute getProperty_Value();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.model.Suppression <em>Suppression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Suppression</em>'.
	 * @see org.intdesigner.model.Suppression
	 * @generated
	 */
	EClass getSuppression();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.Suppression#getRuleId <em>Rule Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule Id</em>'.
	 * @see org.intdesigner.model.Suppression#getRuleId()
	 * @see #getSuppression()
	 * @generated
	 */
	EAttribute getSuppression_RuleId();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.Suppression#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.intdesigner.model.Suppression#getReason()
	 * @see #getSuppression()
	 * @generated
	 */
	EAttribute getSuppression_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.Suppression#getSuppressedBy <em>Suppressed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Suppressed By</em>'.
	 * @see org.intdesigner.model.Suppression#getSuppressedBy()
	 * @see #getSuppression()
	 * @generated
	 */
	EAttribute getSuppression_SuppressedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.Suppression#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.intdesigner.model.Suppression#getDate()
	 * @see #getSuppression()
	 * @generated
	 */
	EAttribute getSuppression_Date();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.model.Party <em>Party</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Party</em>'.
	 * @see org.intdesigner.model.Party
	 * @generated
	 */
	EClass getParty();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.model.IntdModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Model</em>'.
	 * @see org.intdesigner.model.IntdModel
	 * @generated
	 */
	EClass getIntdModel();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.IntdModel#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see org.intdesigner.model.IntdModel#getFormatVersion()
	 * @see #getIntdModel()
	 * @generated
	 */
	EAttribute getIntdModel_FormatVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.IntdModel#getBaseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline</em>'.
	 * @see org.intdesigner.model.IntdModel#getBaseline()
	 * @see #getIntdModel()
	 * @generated
	 */
	EAttribute getIntdModel_Baseline();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.model.IntdModel#getAreas <em>Areas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Areas</em>'.
	 * @see org.intdesigner.model.IntdModel#getAreas()
	 * @see #getIntdModel()
	 * @generated
	 */
	EReference getIntdModel_Areas();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.model.IntdModel#getOrganisations <em>Organisations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Organisations</em>'.
	 * @see org.intdesigner.model.IntdModel#getOrganisations()
	 * @see #getIntdModel()
	 * @generated
	 */
	EReference getIntdModel_Organisations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.model.IntdModel#getCapabilities <em>Capabilities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Capabilities</em>'.
	 * @see org.intdesigner.model.IntdModel#getCapabilities()
	 * @see #getIntdModel()
	 * @generated
	 */
	EReference getIntdModel_Capabilities();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.model.IntdModel#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Roles</em>'.
	 * @see org.intdesigner.model.IntdModel#getRoles()
	 * @see #getIntdModel()
	 * @generated
	 */
	EReference getIntdModel_Roles();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.model.IntdModel#getPosts <em>Posts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Posts</em>'.
	 * @see org.intdesigner.model.IntdModel#getPosts()
	 * @see #getIntdModel()
	 * @generated
	 */
	EReference getIntdModel_Posts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.model.IntdModel#getTeams <em>Teams</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Teams</em>'.
	 * @see org.intdesigner.model.IntdModel#getTeams()
	 * @see #getIntdModel()
	 * @generated
	 */
	EReference getIntdModel_Teams();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.model.IntdModel#getAccountabilities <em>Accountabilities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Accountabilities</em>'.
	 * @see org.intdesigner.model.IntdModel#getAccountabilities()
	 * @see #getIntdModel()
	 * @generated
	 */
	EReference getIntdModel_Accountabilities();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.model.IntdModel#getBoundaries <em>Boundaries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Boundaries</em>'.
	 * @see org.intdesigner.model.IntdModel#getBoundaries()
	 * @see #getIntdModel()
	 * @generated
	 */
	EReference getIntdModel_Boundaries();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.model.IntdModel#getArrangements <em>Arrangements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Arrangements</em>'.
	 * @see org.intdesigner.model.IntdModel#getArrangements()
	 * @see #getIntdModel()
	 * @generated
	 */
	EReference getIntdModel_Arrangements();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.model.IntdModel#getInteractions <em>Interactions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Interactions</em>'.
	 * @see org.intdesigner.model.IntdModel#getInteractions()
	 * @see #getIntdModel()
	 * @generated
	 */
	EReference getIntdModel_Interactions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.model.IntdModel#getWisnStudies <em>Wisn Studies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Wisn Studies</em>'.
	 * @see org.intdesigner.model.IntdModel#getWisnStudies()
	 * @see #getIntdModel()
	 * @generated
	 */
	EReference getIntdModel_WisnStudies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.model.IntdModel#getSupplyAssumptions <em>Supply Assumptions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Supply Assumptions</em>'.
	 * @see org.intdesigner.model.IntdModel#getSupplyAssumptions()
	 * @see #getIntdModel()
	 * @generated
	 */
	EReference getIntdModel_SupplyAssumptions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.model.IntdModel#getCourses <em>Courses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Courses</em>'.
	 * @see org.intdesigner.model.IntdModel#getCourses()
	 * @see #getIntdModel()
	 * @generated
	 */
	EReference getIntdModel_Courses();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.model.IntdModel#getPayBands <em>Pay Bands</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Pay Bands</em>'.
	 * @see org.intdesigner.model.IntdModel#getPayBands()
	 * @see #getIntdModel()
	 * @generated
	 */
	EReference getIntdModel_PayBands();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.model.IntdModel#getTransitionWaves <em>Transition Waves</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Transition Waves</em>'.
	 * @see org.intdesigner.model.IntdModel#getTransitionWaves()
	 * @see #getIntdModel()
	 * @generated
	 */
	EReference getIntdModel_TransitionWaves();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.model.Area <em>Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Area</em>'.
	 * @see org.intdesigner.model.Area
	 * @generated
	 */
	EClass getArea();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.Area#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.intdesigner.model.Area#getKind()
	 * @see #getArea()
	 * @generated
	 */
	EAttribute getArea_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.Area#getPopulation <em>Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Population</em>'.
	 * @see org.intdesigner.model.Area#getPopulation()
	 * @see #getArea()
	 * @generated
	 */
	EAttribute getArea_Population();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.Area#getGrowthRate <em>Growth Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Growth Rate</em>'.
	 * @see org.intdesigner.model.Area#getGrowthRate()
	 * @see #getArea()
	 * @generated
	 */
	EAttribute getArea_GrowthRate();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.model.Area#getSubAreas <em>Sub Areas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Areas</em>'.
	 * @see org.intdesigner.model.Area#getSubAreas()
	 * @see #getArea()
	 * @generated
	 */
	EReference getArea_SubAreas();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.model.Area#getCohorts <em>Cohorts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cohorts</em>'.
	 * @see org.intdesigner.model.Area#getCohorts()
	 * @see #getArea()
	 * @generated
	 */
	EReference getArea_Cohorts();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.model.PopulationCohort <em>Population Cohort</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Population Cohort</em>'.
	 * @see org.intdesigner.model.PopulationCohort
	 * @generated
	 */
	EClass getPopulationCohort();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.PopulationCohort#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.intdesigner.model.PopulationCohort#getKind()
	 * @see #getPopulationCohort()
	 * @generated
	 */
	EAttribute getPopulationCohort_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.PopulationCohort#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.intdesigner.model.PopulationCohort#getSize()
	 * @see #getPopulationCohort()
	 * @generated
	 */
	EAttribute getPopulationCohort_Size();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.PopulationCohort#getGrowthRate <em>Growth Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Growth Rate</em>'.
	 * @see org.intdesigner.model.PopulationCohort#getGrowthRate()
	 * @see #getPopulationCohort()
	 * @generated
	 */
	EAttribute getPopulationCohort_GrowthRate();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.model.PopulationCohort#getNeeds <em>Needs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Needs</em>'.
	 * @see org.intdesigner.model.PopulationCohort#getNeeds()
	 * @see #getPopulationCohort()
	 * @generated
	 */
	EReference getPopulationCohort_Needs();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.model.Need <em>Need</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Need</em>'.
	 * @see org.intdesigner.model.Need
	 * @generated
	 */
	EClass getNeed();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.Need#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.intdesigner.model.Need#getPriority()
	 * @see #getNeed()
	 * @generated
	 */
	EAttribute getNeed_Priority();

	/**
	 * Returns the meta object for the reference list '{@link org.intdesigner.model.Need#getRequiredCapabilities <em>Required Capabilities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Required Capabilities</em>'.
	 * @see org.intdesigner.model.Need#getRequiredCapabilities()
	 * @see #getNeed()
	 * @generated
	 */
	EReference getNeed_RequiredCapabilities();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.model.Organisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organisation</em>'.
	 * @see org.intdesigner.model.Organisation
	 * @generated
	 */
	EClass getOrganisation();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.Organisation#getSector <em>Sector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sector</em>'.
	 * @see org.intdesigner.model.Organisation#getSector()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Sector();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.model.Organisation#getTerms <em>Terms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Terms</em>'.
	 * @see org.intdesigner.model.Organisation#getTerms()
	 * @see #getOrganisation()
	 * @generated
	 */
	EReference getOrganisation_Terms();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.model.TermsAndConditions <em>Terms And Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Terms And Conditions</em>'.
	 * @see org.intdesigner.model.TermsAndConditions
	 * @generated
	 */
	EClass getTermsAndConditions();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.TermsAndConditions#getPayScale <em>Pay Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pay Scale</em>'.
	 * @see org.intdesigner.model.TermsAndConditions#getPayScale()
	 * @see #getTermsAndConditions()
	 * @generated
	 */
	EAttribute getTermsAndConditions_PayScale();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.TermsAndConditions#getWeeklyHours <em>Weekly Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weekly Hours</em>'.
	 * @see org.intdesigner.model.TermsAndConditions#getWeeklyHours()
	 * @see #getTermsAndConditions()
	 * @generated
	 */
	EAttribute getTermsAndConditions_WeeklyHours();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.TermsAndConditions#getAnnualLeaveDays <em>Annual Leave Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annual Leave Days</em>'.
	 * @see org.intdesigner.model.TermsAndConditions#getAnnualLeaveDays()
	 * @see #getTermsAndConditions()
	 * @generated
	 */
	EAttribute getTermsAndConditions_AnnualLeaveDays();

	/**
	 * Returns the meta object for the reference list '{@link org.intdesigner.model.TermsAndConditions#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Roles</em>'.
	 * @see org.intdesigner.model.TermsAndConditions#getRoles()
	 * @see #getTermsAndConditions()
	 * @generated
	 */
	EReference getTermsAndConditions_Roles();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.model.Capability <em>Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Capability</em>'.
	 * @see org.intdesigner.model.Capability
	 * @generated
	 */
	EClass getCapability();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.Capability#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.intdesigner.model.Capability#getCategory()
	 * @see #getCapability()
	 * @generated
	 */
	EAttribute getCapability_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.Capability#isGeneralist <em>Generalist</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Generalist</em>'.
	 * @see org.intdesigner.model.Capability#isGeneralist()
	 * @see #getCapability()
	 * @generated
	 */
	EAttribute getCapability_Generalist();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.model.CapabilityLevel <em>Capability Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Capability Level</em>'.
	 * @see org.intdesigner.model.CapabilityLevel
	 * @generated
	 */
	EClass getCapabilityLevel();

	/**
	 * Returns the meta object for the reference '{@link org.intdesigner.model.CapabilityLevel#getCapability <em>Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Capability</em>'.
	 * @see org.intdesigner.model.CapabilityLevel#getCapability()
	 * @see #getCapabilityLevel()
	 * @generated
	 */
	EReference getCapabilityLevel_Capability();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.CapabilityLevel#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.intdesigner.model.CapabilityLevel#getLevel()
	 * @see #getCapabilityLevel()
	 * @generated
	 */
	EAttribute getCapabilityLevel_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.CapabilityLevel#getPeople <em>People</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>People</em>'.
	 * @see org.intdesigner.model.CapabilityLevel#getPeople()
	 * @see #getCapabilityLevel()
	 * @generated
	 */
	EAttribute getCapabilityLevel_People();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.model.Course <em>Course</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Course</em>'.
	 * @see org.intdesigner.model.Course
	 * @generated
	 */
	EClass getCourse();

	/**
	 * Returns the meta object for the reference '{@link org.intdesigner.model.Course#getCapability <em>Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Capability</em>'.
	 * @see org.intdesigner.model.Course#getCapability()
	 * @see #getCourse()
	 * @generated
	 */
	EReference getCourse_Capability();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.Course#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.intdesigner.model.Course#getLevel()
	 * @see #getCourse()
	 * @generated
	 */
	EAttribute getCourse_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.Course#getHours <em>Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hours</em>'.
	 * @see org.intdesigner.model.Course#getHours()
	 * @see #getCourse()
	 * @generated
	 */
	EAttribute getCourse_Hours();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.Course#getCost <em>Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cost</em>'.
	 * @see org.intdesigner.model.Course#getCost()
	 * @see #getCourse()
	 * @generated
	 */
	EAttribute getCourse_Cost();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.Course#getProvider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provider</em>'.
	 * @see org.intdesigner.model.Course#getProvider()
	 * @see #getCourse()
	 * @generated
	 */
	EAttribute getCourse_Provider();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.Course#isJoint <em>Joint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Joint</em>'.
	 * @see org.intdesigner.model.Course#isJoint()
	 * @see #getCourse()
	 * @generated
	 */
	EAttribute getCourse_Joint();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.model.PayBand <em>Pay Band</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pay Band</em>'.
	 * @see org.intdesigner.model.PayBand
	 * @generated
	 */
	EClass getPayBand();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.PayBand#getScale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scale</em>'.
	 * @see org.intdesigner.model.PayBand#getScale()
	 * @see #getPayBand()
	 * @generated
	 */
	EAttribute getPayBand_Scale();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.PayBand#getBand <em>Band</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Band</em>'.
	 * @see org.intdesigner.model.PayBand#getBand()
	 * @see #getPayBand()
	 * @generated
	 */
	EAttribute getPayBand_Band();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.PayBand#getAnnualCost <em>Annual Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annual Cost</em>'.
	 * @see org.intdesigner.model.PayBand#getAnnualCost()
	 * @see #getPayBand()
	 * @generated
	 */
	EAttribute getPayBand_AnnualCost();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.PayBand#getSector <em>Sector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sector</em>'.
	 * @see org.intdesigner.model.PayBand#getSector()
	 * @see #getPayBand()
	 * @generated
	 */
	EAttribute getPayBand_Sector();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.model.TransitionWave <em>Transition Wave</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Transition Wave</em>'.
	 * @see org.intdesigner.model.TransitionWave
	 * @generated
	 */
	EClass getTransitionWave();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.TransitionWave#getEffectiveDate <em>Effective Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Effective Date</em>'.
	 * @see org.intdesigner.model.TransitionWave#getEffectiveDate()
	 * @see #getTransitionWave()
	 * @generated
	 */
	EAttribute getTransitionWave_EffectiveDate();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.TransitionWave#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.intdesigner.model.TransitionWave#getOwner()
	 * @see #getTransitionWave()
	 * @generated
	 */
	EAttribute getTransitionWave_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.TransitionWave#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.intdesigner.model.TransitionWave#getReason()
	 * @see #getTransitionWave()
	 * @generated
	 */
	EAttribute getTransitionWave_Reason();

	/**
	 * Returns the meta object for the attribute list '{@link org.intdesigner.model.TransitionWave#getElementIds <em>Element Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Element Ids</em>'.
	 * @see org.intdesigner.model.TransitionWave#getElementIds()
	 * @see #getTransitionWave()
	 * @generated
	 */
	EAttribute getTransitionWave_ElementIds();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.model.Role <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Role</em>'.
	 * @see org.intdesigner.model.Role
	 * @generated
	 */
	EClass getRole();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.Role#getProfession <em>Profession</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Profession</em>'.
	 * @see org.intdesigner.model.Role#getProfession()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Profession();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.Role#getSector <em>Sector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sector</em>'.
	 * @see org.intdesigner.model.Role#getSector()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Sector();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.Role#isClinical <em>Clinical</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Clinical</em>'.
	 * @see org.intdesigner.model.Role#isClinical()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Clinical();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.Role#isNewRole <em>New Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Role</em>'.
	 * @see org.intdesigner.model.Role#isNewRole()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_NewRole();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.Role#isArrs <em>Arrs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Arrs</em>'.
	 * @see org.intdesigner.model.Role#isArrs()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Arrs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.model.Role#getCapabilities <em>Capabilities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Capabilities</em>'.
	 * @see org.intdesigner.model.Role#getCapabilities()
	 * @see #getRole()
	 * @generated
	 */
	EReference getRole_Capabilities();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.model.Post <em>Post</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Post</em>'.
	 * @see org.intdesigner.model.Post
	 * @generated
	 */
	EClass getPost();

	/**
	 * Returns the meta object for the reference '{@link org.intdesigner.model.Post#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Role</em>'.
	 * @see org.intdesigner.model.Post#getRole()
	 * @see #getPost()
	 * @generated
	 */
	EReference getPost_Role();

	/**
	 * Returns the meta object for the reference '{@link org.intdesigner.model.Post#getEmployer <em>Employer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Employer</em>'.
	 * @see org.intdesigner.model.Post#getEmployer()
	 * @see #getPost()
	 * @generated
	 */
	EReference getPost_Employer();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.Post#getFte <em>Fte</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fte</em>'.
	 * @see org.intdesigner.model.Post#getFte()
	 * @see #getPost()
	 * @generated
	 */
	EAttribute getPost_Fte();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.Post#getBand <em>Band</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Band</em>'.
	 * @see org.intdesigner.model.Post#getBand()
	 * @see #getPost()
	 * @generated
	 */
	EAttribute getPost_Band();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.Post#getHolder <em>Holder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Holder</em>'.
	 * @see org.intdesigner.model.Post#getHolder()
	 * @see #getPost()
	 * @generated
	 */
	EAttribute getPost_Holder();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.Post#isVacant <em>Vacant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vacant</em>'.
	 * @see org.intdesigner.model.Post#isVacant()
	 * @see #getPost()
	 * @generated
	 */
	EAttribute getPost_Vacant();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.Post#isTopOfOrganisation <em>Top Of Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Top Of Organisation</em>'.
	 * @see org.intdesigner.model.Post#isTopOfOrganisation()
	 * @see #getPost()
	 * @generated
	 */
	EAttribute getPost_TopOfOrganisation();

	/**
	 * Returns the meta object for the reference '{@link org.intdesigner.model.Post#getLineManager <em>Line Manager</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Line Manager</em>'.
	 * @see org.intdesigner.model.Post#getLineManager()
	 * @see #getPost()
	 * @generated
	 */
	EReference getPost_LineManager();

	/**
	 * Returns the meta object for the reference '{@link org.intdesigner.model.Post#getSupervisor <em>Supervisor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Supervisor</em>'.
	 * @see org.intdesigner.model.Post#getSupervisor()
	 * @see #getPost()
	 * @generated
	 */
	EReference getPost_Supervisor();

	/**
	 * Returns the meta object for the reference '{@link org.intdesigner.model.Post#getHostArrangement <em>Host Arrangement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Host Arrangement</em>'.
	 * @see org.intdesigner.model.Post#getHostArrangement()
	 * @see #getPost()
	 * @generated
	 */
	EReference getPost_HostArrangement();

	/**
	 * Returns the meta object for the reference '{@link org.intdesigner.model.Post#getTerms <em>Terms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Terms</em>'.
	 * @see org.intdesigner.model.Post#getTerms()
	 * @see #getPost()
	 * @generated
	 */
	EReference getPost_Terms();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.model.Post#getAllocations <em>Allocations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Allocations</em>'.
	 * @see org.intdesigner.model.Post#getAllocations()
	 * @see #getPost()
	 * @generated
	 */
	EReference getPost_Allocations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.model.Post#getCapabilities <em>Capabilities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Capabilities</em>'.
	 * @see org.intdesigner.model.Post#getCapabilities()
	 * @see #getPost()
	 * @generated
	 */
	EReference getPost_Capabilities();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.model.Allocation <em>Allocation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Allocation</em>'.
	 * @see org.intdesigner.model.Allocation
	 * @generated
	 */
	EClass getAllocation();

	/**
	 * Returns the meta object for the reference '{@link org.intdesigner.model.Allocation#getTeam <em>Team</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Team</em>'.
	 * @see org.intdesigner.model.Allocation#getTeam()
	 * @see #getAllocation()
	 * @generated
	 */
	EReference getAllocation_Team();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.Allocation#getFte <em>Fte</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fte</em>'.
	 * @see org.intdesigner.model.Allocation#getFte()
	 * @see #getAllocation()
	 * @generated
	 */
	EAttribute getAllocation_Fte();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.model.Team <em>Team</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Team</em>'.
	 * @see org.intdesigner.model.Team
	 * @generated
	 */
	EClass getTeam();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.Team#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.intdesigner.model.Team#getKind()
	 * @see #getTeam()
	 * @generated
	 */
	EAttribute getTeam_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.Team#getPurpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purpose</em>'.
	 * @see org.intdesigner.model.Team#getPurpose()
	 * @see #getTeam()
	 * @generated
	 */
	EAttribute getTeam_Purpose();

	/**
	 * Returns the meta object for the reference '{@link org.intdesigner.model.Team#getLead <em>Lead</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Lead</em>'.
	 * @see org.intdesigner.model.Team#getLead()
	 * @see #getTeam()
	 * @generated
	 */
	EReference getTeam_Lead();

	/**
	 * Returns the meta object for the reference '{@link org.intdesigner.model.Team#getArea <em>Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Area</em>'.
	 * @see org.intdesigner.model.Team#getArea()
	 * @see #getTeam()
	 * @generated
	 */
	EReference getTeam_Area();

	/**
	 * Returns the meta object for the reference '{@link org.intdesigner.model.Team#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Host</em>'.
	 * @see org.intdesigner.model.Team#getHost()
	 * @see #getTeam()
	 * @generated
	 */
	EReference getTeam_Host();

	/**
	 * Returns the meta object for the reference list '{@link org.intdesigner.model.Team#getServedCohorts <em>Served Cohorts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Served Cohorts</em>'.
	 * @see org.intdesigner.model.Team#getServedCohorts()
	 * @see #getTeam()
	 * @generated
	 */
	EReference getTeam_ServedCohorts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.model.Team#getSubTeams <em>Sub Teams</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Teams</em>'.
	 * @see org.intdesigner.model.Team#getSubTeams()
	 * @see #getTeam()
	 * @generated
	 */
	EReference getTeam_SubTeams();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.model.Team#getRequiredCapabilities <em>Required Capabilities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Required Capabilities</em>'.
	 * @see org.intdesigner.model.Team#getRequiredCapabilities()
	 * @see #getTeam()
	 * @generated
	 */
	EReference getTeam_RequiredCapabilities();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.model.Interaction <em>Interaction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interaction</em>'.
	 * @see org.intdesigner.model.Interaction
	 * @generated
	 */
	EClass getInteraction();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.Interaction#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.intdesigner.model.Interaction#getKind()
	 * @see #getInteraction()
	 * @generated
	 */
	EAttribute getInteraction_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.intdesigner.model.Interaction#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.intdesigner.model.Interaction#getSource()
	 * @see #getInteraction()
	 * @generated
	 */
	EReference getInteraction_Source();

	/**
	 * Returns the meta object for the reference '{@link org.intdesigner.model.Interaction#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.intdesigner.model.Interaction#getTarget()
	 * @see #getInteraction()
	 * @generated
	 */
	EReference getInteraction_Target();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.model.Boundary <em>Boundary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Boundary</em>'.
	 * @see org.intdesigner.model.Boundary
	 * @generated
	 */
	EClass getBoundary();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.Boundary#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.intdesigner.model.Boundary#getKind()
	 * @see #getBoundary()
	 * @generated
	 */
	EAttribute getBoundary_Kind();

	/**
	 * Returns the meta object for the reference list '{@link org.intdesigner.model.Boundary#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Members</em>'.
	 * @see org.intdesigner.model.Boundary#getMembers()
	 * @see #getBoundary()
	 * @generated
	 */
	EReference getBoundary_Members();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.model.Arrangement <em>Arrangement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Arrangement</em>'.
	 * @see org.intdesigner.model.Arrangement
	 * @generated
	 */
	EClass getArrangement();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.Arrangement#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.intdesigner.model.Arrangement#getKind()
	 * @see #getArrangement()
	 * @generated
	 */
	EAttribute getArrangement_Kind();

	/**
	 * Returns the meta object for the reference list '{@link org.intdesigner.model.Arrangement#getParties <em>Parties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Parties</em>'.
	 * @see org.intdesigner.model.Arrangement#getParties()
	 * @see #getArrangement()
	 * @generated
	 */
	EReference getArrangement_Parties();

	/**
	 * Returns the meta object for the reference '{@link org.intdesigner.model.Arrangement#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Host</em>'.
	 * @see org.intdesigner.model.Arrangement#getHost()
	 * @see #getArrangement()
	 * @generated
	 */
	EReference getArrangement_Host();

	/**
	 * Returns the meta object for the reference '{@link org.intdesigner.model.Arrangement#getBoundary <em>Boundary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Boundary</em>'.
	 * @see org.intdesigner.model.Arrangement#getBoundary()
	 * @see #getArrangement()
	 * @generated
	 */
	EReference getArrangement_Boundary();

	/**
	 * Returns the meta object for the reference list '{@link org.intdesigner.model.Arrangement#getCovers <em>Covers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Covers</em>'.
	 * @see org.intdesigner.model.Arrangement#getCovers()
	 * @see #getArrangement()
	 * @generated
	 */
	EReference getArrangement_Covers();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.model.AccountabilityItem <em>Accountability Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Accountability Item</em>'.
	 * @see org.intdesigner.model.AccountabilityItem
	 * @generated
	 */
	EClass getAccountabilityItem();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.AccountabilityItem#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.intdesigner.model.AccountabilityItem#getKind()
	 * @see #getAccountabilityItem()
	 * @generated
	 */
	EAttribute getAccountabilityItem_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.intdesigner.model.AccountabilityItem#getTeam <em>Team</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Team</em>'.
	 * @see org.intdesigner.model.AccountabilityItem#getTeam()
	 * @see #getAccountabilityItem()
	 * @generated
	 */
	EReference getAccountabilityItem_Team();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.model.AccountabilityItem#getAssignments <em>Assignments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assignments</em>'.
	 * @see org.intdesigner.model.AccountabilityItem#getAssignments()
	 * @see #getAccountabilityItem()
	 * @generated
	 */
	EReference getAccountabilityItem_Assignments();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.model.RaciAssignment <em>Raci Assignment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Raci Assignment</em>'.
	 * @see org.intdesigner.model.RaciAssignment
	 * @generated
	 */
	EClass getRaciAssignment();

	/**
	 * Returns the meta object for the reference '{@link org.intdesigner.model.RaciAssignment#getParty <em>Party</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Party</em>'.
	 * @see org.intdesigner.model.RaciAssignment#getParty()
	 * @see #getRaciAssignment()
	 * @generated
	 */
	EReference getRaciAssignment_Party();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.RaciAssignment#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.intdesigner.model.RaciAssignment#getCode()
	 * @see #getRaciAssignment()
	 * @generated
	 */
	EAttribute getRaciAssignment_Code();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.model.WisnStudy <em>Wisn Study</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Wisn Study</em>'.
	 * @see org.intdesigner.model.WisnStudy
	 * @generated
	 */
	EClass getWisnStudy();

	/**
	 * Returns the meta object for the reference '{@link org.intdesigner.model.WisnStudy#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Role</em>'.
	 * @see org.intdesigner.model.WisnStudy#getRole()
	 * @see #getWisnStudy()
	 * @generated
	 */
	EReference getWisnStudy_Role();

	/**
	 * Returns the meta object for the reference '{@link org.intdesigner.model.WisnStudy#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Unit</em>'.
	 * @see org.intdesigner.model.WisnStudy#getUnit()
	 * @see #getWisnStudy()
	 * @generated
	 */
	EReference getWisnStudy_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.WisnStudy#isEachNeighbourhood <em>Each Neighbourhood</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Each Neighbourhood</em>'.
	 * @see org.intdesigner.model.WisnStudy#isEachNeighbourhood()
	 * @see #getWisnStudy()
	 * @generated
	 */
	EAttribute getWisnStudy_EachNeighbourhood();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.WisnStudy#getWorkingDays <em>Working Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Working Days</em>'.
	 * @see org.intdesigner.model.WisnStudy#getWorkingDays()
	 * @see #getWisnStudy()
	 * @generated
	 */
	EAttribute getWisnStudy_WorkingDays();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.WisnStudy#getPublicHolidays <em>Public Holidays</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Public Holidays</em>'.
	 * @see org.intdesigner.model.WisnStudy#getPublicHolidays()
	 * @see #getWisnStudy()
	 * @generated
	 */
	EAttribute getWisnStudy_PublicHolidays();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.WisnStudy#getAnnualLeave <em>Annual Leave</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annual Leave</em>'.
	 * @see org.intdesigner.model.WisnStudy#getAnnualLeave()
	 * @see #getWisnStudy()
	 * @generated
	 */
	EAttribute getWisnStudy_AnnualLeave();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.WisnStudy#getSickLeave <em>Sick Leave</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sick Leave</em>'.
	 * @see org.intdesigner.model.WisnStudy#getSickLeave()
	 * @see #getWisnStudy()
	 * @generated
	 */
	EAttribute getWisnStudy_SickLeave();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.WisnStudy#getOtherLeave <em>Other Leave</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Other Leave</em>'.
	 * @see org.intdesigner.model.WisnStudy#getOtherLeave()
	 * @see #getWisnStudy()
	 * @generated
	 */
	EAttribute getWisnStudy_OtherLeave();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.WisnStudy#getHoursPerDay <em>Hours Per Day</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hours Per Day</em>'.
	 * @see org.intdesigner.model.WisnStudy#getHoursPerDay()
	 * @see #getWisnStudy()
	 * @generated
	 */
	EAttribute getWisnStudy_HoursPerDay();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.WisnStudy#getHoursPerWeek <em>Hours Per Week</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hours Per Week</em>'.
	 * @see org.intdesigner.model.WisnStudy#getHoursPerWeek()
	 * @see #getWisnStudy()
	 * @generated
	 */
	EAttribute getWisnStudy_HoursPerWeek();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.WisnStudy#getCurrentStaff <em>Current Staff</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Current Staff</em>'.
	 * @see org.intdesigner.model.WisnStudy#getCurrentStaff()
	 * @see #getWisnStudy()
	 * @generated
	 */
	EAttribute getWisnStudy_CurrentStaff();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.WisnStudy#isObservedSickLeave <em>Observed Sick Leave</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observed Sick Leave</em>'.
	 * @see org.intdesigner.model.WisnStudy#isObservedSickLeave()
	 * @see #getWisnStudy()
	 * @generated
	 */
	EAttribute getWisnStudy_ObservedSickLeave();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.model.WisnStudy#getActivities <em>Activities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Activities</em>'.
	 * @see org.intdesigner.model.WisnStudy#getActivities()
	 * @see #getWisnStudy()
	 * @generated
	 */
	EReference getWisnStudy_Activities();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.model.WisnStudy#getCategoryAllowances <em>Category Allowances</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Category Allowances</em>'.
	 * @see org.intdesigner.model.WisnStudy#getCategoryAllowances()
	 * @see #getWisnStudy()
	 * @generated
	 */
	EReference getWisnStudy_CategoryAllowances();

	/**
	 * Returns the meta object for the containment reference list '{@link org.intdesigner.model.WisnStudy#getIndividualAllowances <em>Individual Allowances</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Individual Allowances</em>'.
	 * @see org.intdesigner.model.WisnStudy#getIndividualAllowances()
	 * @see #getWisnStudy()
	 * @generated
	 */
	EReference getWisnStudy_IndividualAllowances();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.model.ServiceActivity <em>Service Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service Activity</em>'.
	 * @see org.intdesigner.model.ServiceActivity
	 * @generated
	 */
	EClass getServiceActivity();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.ServiceActivity#getActivity <em>Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Activity</em>'.
	 * @see org.intdesigner.model.ServiceActivity#getActivity()
	 * @see #getServiceActivity()
	 * @generated
	 */
	EAttribute getServiceActivity_Activity();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.ServiceActivity#getUnitMinutes <em>Unit Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit Minutes</em>'.
	 * @see org.intdesigner.model.ServiceActivity#getUnitMinutes()
	 * @see #getServiceActivity()
	 * @generated
	 */
	EAttribute getServiceActivity_UnitMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.ServiceActivity#getRatePerHour <em>Rate Per Hour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rate Per Hour</em>'.
	 * @see org.intdesigner.model.ServiceActivity#getRatePerHour()
	 * @see #getServiceActivity()
	 * @generated
	 */
	EAttribute getServiceActivity_RatePerHour();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.ServiceActivity#getAnnualWorkload <em>Annual Workload</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annual Workload</em>'.
	 * @see org.intdesigner.model.ServiceActivity#getAnnualWorkload()
	 * @see #getServiceActivity()
	 * @generated
	 */
	EAttribute getServiceActivity_AnnualWorkload();

	/**
	 * Returns the meta object for the reference '{@link org.intdesigner.model.ServiceActivity#getCohort <em>Cohort</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Cohort</em>'.
	 * @see org.intdesigner.model.ServiceActivity#getCohort()
	 * @see #getServiceActivity()
	 * @generated
	 */
	EReference getServiceActivity_Cohort();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.ServiceActivity#getPerPerson <em>Per Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Per Person</em>'.
	 * @see org.intdesigner.model.ServiceActivity#getPerPerson()
	 * @see #getServiceActivity()
	 * @generated
	 */
	EAttribute getServiceActivity_PerPerson();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.model.CategoryAllowance <em>Category Allowance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Category Allowance</em>'.
	 * @see org.intdesigner.model.CategoryAllowance
	 * @generated
	 */
	EClass getCategoryAllowance();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.CategoryAllowance#getActivity <em>Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Activity</em>'.
	 * @see org.intdesigner.model.CategoryAllowance#getActivity()
	 * @see #getCategoryAllowance()
	 * @generated
	 */
	EAttribute getCategoryAllowance_Activity();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.CategoryAllowance#getPercent <em>Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Percent</em>'.
	 * @see org.intdesigner.model.CategoryAllowance#getPercent()
	 * @see #getCategoryAllowance()
	 * @generated
	 */
	EAttribute getCategoryAllowance_Percent();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.CategoryAllowance#getHours <em>Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hours</em>'.
	 * @see org.intdesigner.model.CategoryAllowance#getHours()
	 * @see #getCategoryAllowance()
	 * @generated
	 */
	EAttribute getCategoryAllowance_Hours();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.CategoryAllowance#getPer <em>Per</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Per</em>'.
	 * @see org.intdesigner.model.CategoryAllowance#getPer()
	 * @see #getCategoryAllowance()
	 * @generated
	 */
	EAttribute getCategoryAllowance_Per();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.model.IndividualAllowance <em>Individual Allowance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Individual Allowance</em>'.
	 * @see org.intdesigner.model.IndividualAllowance
	 * @generated
	 */
	EClass getIndividualAllowance();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.IndividualAllowance#getActivity <em>Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Activity</em>'.
	 * @see org.intdesigner.model.IndividualAllowance#getActivity()
	 * @see #getIndividualAllowance()
	 * @generated
	 */
	EAttribute getIndividualAllowance_Activity();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.IndividualAllowance#getHoursPerYear <em>Hours Per Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hours Per Year</em>'.
	 * @see org.intdesigner.model.IndividualAllowance#getHoursPerYear()
	 * @see #getIndividualAllowance()
	 * @generated
	 */
	EAttribute getIndividualAllowance_HoursPerYear();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.IndividualAllowance#getStaff <em>Staff</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Staff</em>'.
	 * @see org.intdesigner.model.IndividualAllowance#getStaff()
	 * @see #getIndividualAllowance()
	 * @generated
	 */
	EAttribute getIndividualAllowance_Staff();

	/**
	 * Returns the meta object for class '{@link org.intdesigner.model.SupplyAssumption <em>Supply Assumption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Supply Assumption</em>'.
	 * @see org.intdesigner.model.SupplyAssumption
	 * @generated
	 */
	EClass getSupplyAssumption();

	/**
	 * Returns the meta object for the reference '{@link org.intdesigner.model.SupplyAssumption#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Role</em>'.
	 * @see org.intdesigner.model.SupplyAssumption#getRole()
	 * @see #getSupplyAssumption()
	 * @generated
	 */
	EReference getSupplyAssumption_Role();

	/**
	 * Returns the meta object for the reference '{@link org.intdesigner.model.SupplyAssumption#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Unit</em>'.
	 * @see org.intdesigner.model.SupplyAssumption#getUnit()
	 * @see #getSupplyAssumption()
	 * @generated
	 */
	EReference getSupplyAssumption_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.SupplyAssumption#getStartFte <em>Start Fte</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Fte</em>'.
	 * @see org.intdesigner.model.SupplyAssumption#getStartFte()
	 * @see #getSupplyAssumption()
	 * @generated
	 */
	EAttribute getSupplyAssumption_StartFte();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.SupplyAssumption#getLeaverRate <em>Leaver Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Leaver Rate</em>'.
	 * @see org.intdesigner.model.SupplyAssumption#getLeaverRate()
	 * @see #getSupplyAssumption()
	 * @generated
	 */
	EAttribute getSupplyAssumption_LeaverRate();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.SupplyAssumption#getLeaverRateHigh <em>Leaver Rate High</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Leaver Rate High</em>'.
	 * @see org.intdesigner.model.SupplyAssumption#getLeaverRateHigh()
	 * @see #getSupplyAssumption()
	 * @generated
	 */
	EAttribute getSupplyAssumption_LeaverRateHigh();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.SupplyAssumption#getRetirementRate <em>Retirement Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retirement Rate</em>'.
	 * @see org.intdesigner.model.SupplyAssumption#getRetirementRate()
	 * @see #getSupplyAssumption()
	 * @generated
	 */
	EAttribute getSupplyAssumption_RetirementRate();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.SupplyAssumption#getRetirementRateHigh <em>Retirement Rate High</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retirement Rate High</em>'.
	 * @see org.intdesigner.model.SupplyAssumption#getRetirementRateHigh()
	 * @see #getSupplyAssumption()
	 * @generated
	 */
	EAttribute getSupplyAssumption_RetirementRateHigh();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.SupplyAssumption#getJoinersPerYear <em>Joiners Per Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Joiners Per Year</em>'.
	 * @see org.intdesigner.model.SupplyAssumption#getJoinersPerYear()
	 * @see #getSupplyAssumption()
	 * @generated
	 */
	EAttribute getSupplyAssumption_JoinersPerYear();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.SupplyAssumption#getJoinersPerYearHigh <em>Joiners Per Year High</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Joiners Per Year High</em>'.
	 * @see org.intdesigner.model.SupplyAssumption#getJoinersPerYearHigh()
	 * @see #getSupplyAssumption()
	 * @generated
	 */
	EAttribute getSupplyAssumption_JoinersPerYearHigh();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.SupplyAssumption#getTraineesPerYear <em>Trainees Per Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trainees Per Year</em>'.
	 * @see org.intdesigner.model.SupplyAssumption#getTraineesPerYear()
	 * @see #getSupplyAssumption()
	 * @generated
	 */
	EAttribute getSupplyAssumption_TraineesPerYear();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.SupplyAssumption#getTraineeIntake <em>Trainee Intake</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trainee Intake</em>'.
	 * @see org.intdesigner.model.SupplyAssumption#getTraineeIntake()
	 * @see #getSupplyAssumption()
	 * @generated
	 */
	EAttribute getSupplyAssumption_TraineeIntake();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.SupplyAssumption#getCourseYears <em>Course Years</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Course Years</em>'.
	 * @see org.intdesigner.model.SupplyAssumption#getCourseYears()
	 * @see #getSupplyAssumption()
	 * @generated
	 */
	EAttribute getSupplyAssumption_CourseYears();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.SupplyAssumption#getCompletionRate <em>Completion Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Completion Rate</em>'.
	 * @see org.intdesigner.model.SupplyAssumption#getCompletionRate()
	 * @see #getSupplyAssumption()
	 * @generated
	 */
	EAttribute getSupplyAssumption_CompletionRate();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.SupplyAssumption#getInternalMoves <em>Internal Moves</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Internal Moves</em>'.
	 * @see org.intdesigner.model.SupplyAssumption#getInternalMoves()
	 * @see #getSupplyAssumption()
	 * @generated
	 */
	EAttribute getSupplyAssumption_InternalMoves();

	/**
	 * Returns the meta object for the attribute '{@link org.intdesigner.model.SupplyAssumption#getYears <em>Years</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Years</em>'.
	 * @see org.intdesigner.model.SupplyAssumption#getYears()
	 * @see #getSupplyAssumption()
	 * @generated
	 */
	EAttribute getSupplyAssumption_Years();

	/**
	 * Returns the meta object for enum '{@link org.intdesigner.model.AreaKind <em>Area Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Area Kind</em>'.
	 * @see org.intdesigner.model.AreaKind
	 * @generated
	 */
	EEnum getAreaKind();

	/**
	 * Returns the meta object for enum '{@link org.intdesigner.model.CohortKind <em>Cohort Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Cohort Kind</em>'.
	 * @see org.intdesigner.model.CohortKind
	 * @generated
	 */
	EEnum getCohortKind();

	/**
	 * Returns the meta object for enum '{@link org.intdesigner.model.Sector <em>Sector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sector</em>'.
	 * @see org.intdesigner.model.Sector
	 * @generated
	 */
	EEnum getSector();

	/**
	 * Returns the meta object for enum '{@link org.intdesigner.model.ProficiencyLevel <em>Proficiency Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Proficiency Level</em>'.
	 * @see org.intdesigner.model.ProficiencyLevel
	 * @generated
	 */
	EEnum getProficiencyLevel();

	/**
	 * Returns the meta object for enum '{@link org.intdesigner.model.TeamKind <em>Team Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Team Kind</em>'.
	 * @see org.intdesigner.model.TeamKind
	 * @generated
	 */
	EEnum getTeamKind();

	/**
	 * Returns the meta object for enum '{@link org.intdesigner.model.InteractionKind <em>Interaction Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Interaction Kind</em>'.
	 * @see org.intdesigner.model.InteractionKind
	 * @generated
	 */
	EEnum getInteractionKind();

	/**
	 * Returns the meta object for enum '{@link org.intdesigner.model.BoundaryKind <em>Boundary Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Boundary Kind</em>'.
	 * @see org.intdesigner.model.BoundaryKind
	 * @generated
	 */
	EEnum getBoundaryKind();

	/**
	 * Returns the meta object for enum '{@link org.intdesigner.model.ArrangementKind <em>Arrangement Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Arrangement Kind</em>'.
	 * @see org.intdesigner.model.ArrangementKind
	 * @generated
	 */
	EEnum getArrangementKind();

	/**
	 * Returns the meta object for enum '{@link org.intdesigner.model.AccountabilityKind <em>Accountability Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Accountability Kind</em>'.
	 * @see org.intdesigner.model.AccountabilityKind
	 * @generated
	 */
	EEnum getAccountabilityKind();

	/**
	 * Returns the meta object for enum '{@link org.intdesigner.model.RaciCode <em>Raci Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Raci Code</em>'.
	 * @see org.intdesigner.model.RaciCode
	 * @generated
	 */
	EEnum getRaciCode();

	/**
	 * Returns the meta object for enum '{@link org.intdesigner.model.AllowancePeriod <em>Allowance Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Allowance Period</em>'.
	 * @see org.intdesigner.model.AllowancePeriod
	 * @generated
	 */
	EEnum getAllowancePeriod();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	IntdFactory getIntdFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.intdesigner.model.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.impl.IdentifiedImpl
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link org.intdesigner.model.impl.ElementImpl <em>Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.impl.ElementImpl
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getElement()
		 * @generated
		 */
		EClass ELEMENT = eINSTANCE.getElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__NAME = eINSTANCE.getElement_Name();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__CODE = eINSTANCE.getElement_Code();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__DESCRIPTION = eINSTANCE.getElement_Description();

		/**
		 * The meta object literal for the '<em><b>Properties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELEMENT__PROPERTIES = eINSTANCE.getElement_Properties();

		/**
		 * The meta object literal for the '<em><b>Suppressions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELEMENT__SUPPRESSIONS = eINSTANCE.getElement_Suppressions();

		/**
		 * The meta object literal for the '{@link org.intdesigner.model.impl.PropertyImpl <em>Property</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.impl.PropertyImpl
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getProperty()
		 * @generated
		 */
		EClass PROPERTY = eINSTANCE.getProperty();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY__KEY = eINSTANCE.getProperty_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY__VALUE = eINSTANCE.getProperty_Value();

		/**
		 * The meta object literal for the '{@link org.intdesigner.model.impl.SuppressionImpl <em>Suppression</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.impl.SuppressionImpl
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getSuppression()
		 * @generated
		 */
		EClass SUPPRESSION = eINSTANCE.getSuppression();

		/**
		 * The meta object literal for the '<em><b>Rule Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPRESSION__RULE_ID = eINSTANCE.getSuppression_RuleId();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPRESSION__REASON = eINSTANCE.getSuppression_Reason();

		/**
		 * The meta object literal for the '<em><b>Suppressed By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPRESSION__SUPPRESSED_BY = eINSTANCE.getSuppression_SuppressedBy();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPRESSION__DATE = eINSTANCE.getSuppression_Date();

		/**
		 * The meta object literal for the '{@link org.intdesigner.model.impl.PartyImpl <em>Party</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.impl.PartyImpl
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getParty()
		 * @generated
		 */
		EClass PARTY = eINSTANCE.getParty();

		/**
		 * The meta object literal for the '{@link org.intdesigner.model.impl.IntdModelImpl <em>Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.impl.IntdModelImpl
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getIntdModel()
		 * @generated
		 */
		EClass INTD_MODEL = eINSTANCE.getIntdModel();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTD_MODEL__FORMAT_VERSION = eINSTANCE.getIntdModel_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Baseline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTD_MODEL__BASELINE = eINSTANCE.getIntdModel_Baseline();

		/**
		 * The meta object literal for the '<em><b>Areas</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTD_MODEL__AREAS = eINSTANCE.getIntdModel_Areas();

		/**
		 * The meta object literal for the '<em><b>Organisations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTD_MODEL__ORGANISATIONS = eINSTANCE.getIntdModel_Organisations();

		/**
		 * The meta object literal for the '<em><b>Capabilities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTD_MODEL__CAPABILITIES = eINSTANCE.getIntdModel_Capabilities();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTD_MODEL__ROLES = eINSTANCE.getIntdModel_Roles();

		/**
		 * The meta object literal for the '<em><b>Posts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTD_MODEL__POSTS = eINSTANCE.getIntdModel_Posts();

		/**
		 * The meta object literal for the '<em><b>Teams</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTD_MODEL__TEAMS = eINSTANCE.getIntdModel_Teams();

		/**
		 * The meta object literal for the '<em><b>Accountabilities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTD_MODEL__ACCOUNTABILITIES = eINSTANCE.getIntdModel_Accountabilities();

		/**
		 * The meta object literal for the '<em><b>Boundaries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTD_MODEL__BOUNDARIES = eINSTANCE.getIntdModel_Boundaries();

		/**
		 * The meta object literal for the '<em><b>Arrangements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTD_MODEL__ARRANGEMENTS = eINSTANCE.getIntdModel_Arrangements();

		/**
		 * The meta object literal for the '<em><b>Interactions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTD_MODEL__INTERACTIONS = eINSTANCE.getIntdModel_Interactions();

		/**
		 * The meta object literal for the '<em><b>Wisn Studies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTD_MODEL__WISN_STUDIES = eINSTANCE.getIntdModel_WisnStudies();

		/**
		 * The meta object literal for the '<em><b>Supply Assumptions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTD_MODEL__SUPPLY_ASSUMPTIONS = eINSTANCE.getIntdModel_SupplyAssumptions();

		/**
		 * The meta object literal for the '<em><b>Courses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTD_MODEL__COURSES = eINSTANCE.getIntdModel_Courses();

		/**
		 * The meta object literal for the '<em><b>Pay Bands</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTD_MODEL__PAY_BANDS = eINSTANCE.getIntdModel_PayBands();

		/**
		 * The meta object literal for the '<em><b>Transition Waves</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTD_MODEL__TRANSITION_WAVES = eINSTANCE.getIntdModel_TransitionWaves();

		/**
		 * The meta object literal for the '{@link org.intdesigner.model.impl.AreaImpl <em>Area</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.impl.AreaImpl
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getArea()
		 * @generated
		 */
		EClass AREA = eINSTANCE.getArea();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AREA__KIND = eINSTANCE.getArea_Kind();

		/**
		 * The meta object literal for the '<em><b>Population</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AREA__POPULATION = eINSTANCE.getArea_Population();

		/**
		 * The meta object literal for the '<em><b>Growth Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AREA__GROWTH_RATE = eINSTANCE.getArea_GrowthRate();

		/**
		 * The meta object literal for the '<em><b>Sub Areas</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AREA__SUB_AREAS = eINSTANCE.getArea_SubAreas();

		/**
		 * The meta object literal for the '<em><b>Cohorts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AREA__COHORTS = eINSTANCE.getArea_Cohorts();

		/**
		 * The meta object literal for the '{@link org.intdesigner.model.impl.PopulationCohortImpl <em>Population Cohort</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.impl.PopulationCohortImpl
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getPopulationCohort()
		 * @generated
		 */
		EClass POPULATION_COHORT = eINSTANCE.getPopulationCohort();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POPULATION_COHORT__KIND = eINSTANCE.getPopulationCohort_Kind();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POPULATION_COHORT__SIZE = eINSTANCE.getPopulationCohort_Size();

		/**
		 * The meta object literal for the '<em><b>Growth Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POPULATION_COHORT__GROWTH_RATE = eINSTANCE.getPopulationCohort_GrowthRate();

		/**
		 * The meta object literal for the '<em><b>Needs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POPULATION_COHORT__NEEDS = eINSTANCE.getPopulationCohort_Needs();

		/**
		 * The meta object literal for the '{@link org.intdesigner.model.impl.NeedImpl <em>Need</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.impl.NeedImpl
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getNeed()
		 * @generated
		 */
		EClass NEED = eINSTANCE.getNeed();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEED__PRIORITY = eINSTANCE.getNeed_Priority();

		/**
		 * The meta object literal for the '<em><b>Required Capabilities</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NEED__REQUIRED_CAPABILITIES = eINSTANCE.getNeed_RequiredCapabilities();

		/**
		 * The meta object literal for the '{@link org.intdesigner.model.impl.OrganisationImpl <em>Organisation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.impl.OrganisationImpl
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getOrganisation()
		 * @generated
		 */
		EClass ORGANISATION = eINSTANCE.getOrganisation();

		/**
		 * The meta object literal for the '<em><b>Sector</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__SECTOR = eINSTANCE.getOrganisation_Sector();

		/**
		 * The meta object literal for the '<em><b>Terms</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION__TERMS = eINSTANCE.getOrganisation_Terms();

		/**
		 * The meta object literal for the '{@link org.intdesigner.model.impl.TermsAndConditionsImpl <em>Terms And Conditions</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.impl.TermsAndConditionsImpl
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getTermsAndConditions()
		 * @generated
		 */
		EClass TERMS_AND_CONDITIONS = eINSTANCE.getTermsAndConditions();

		/**
		 * The meta object literal for the '<em><b>Pay Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERMS_AND_CONDITIONS__PAY_SCALE = eINSTANCE.getTermsAndConditions_PayScale();

		/**
		 * The meta object literal for the '<em><b>Weekly Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERMS_AND_CONDITIONS__WEEKLY_HOURS = eINSTANCE.getTermsAndConditions_WeeklyHours();

		/**
		 * The meta object literal for the '<em><b>Annual Leave Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERMS_AND_CONDITIONS__ANNUAL_LEAVE_DAYS = eINSTANCE.getTermsAndConditions_AnnualLeaveDays();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TERMS_AND_CONDITIONS__ROLES = eINSTANCE.getTermsAndConditions_Roles();

		/**
		 * The meta object literal for the '{@link org.intdesigner.model.impl.CapabilityImpl <em>Capability</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.impl.CapabilityImpl
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getCapability()
		 * @generated
		 */
		EClass CAPABILITY = eINSTANCE.getCapability();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAPABILITY__CATEGORY = eINSTANCE.getCapability_Category();

		/**
		 * The meta object literal for the '<em><b>Generalist</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAPABILITY__GENERALIST = eINSTANCE.getCapability_Generalist();

		/**
		 * The meta object literal for the '{@link org.intdesigner.model.impl.CapabilityLevelImpl <em>Capability Level</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.impl.CapabilityLevelImpl
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getCapabilityLevel()
		 * @generated
		 */
		EClass CAPABILITY_LEVEL = eINSTANCE.getCapabilityLevel();

		/**
		 * The meta object literal for the '<em><b>Capability</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAPABILITY_LEVEL__CAPABILITY = eINSTANCE.getCapabilityLevel_Capability();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAPABILITY_LEVEL__LEVEL = eINSTANCE.getCapabilityLevel_Level();

		/**
		 * The meta object literal for the '<em><b>People</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAPABILITY_LEVEL__PEOPLE = eINSTANCE.getCapabilityLevel_People();

		/**
		 * The meta object literal for the '{@link org.intdesigner.model.impl.CourseImpl <em>Course</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.impl.CourseImpl
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getCourse()
		 * @generated
		 */
		EClass COURSE = eINSTANCE.getCourse();

		/**
		 * The meta object literal for the '<em><b>Capability</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COURSE__CAPABILITY = eINSTANCE.getCourse_Capability();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COURSE__LEVEL = eINSTANCE.getCourse_Level();

		/**
		 * The meta object literal for the '<em><b>Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COURSE__HOURS = eINSTANCE.getCourse_Hours();

		/**
		 * The meta object literal for the '<em><b>Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COURSE__COST = eINSTANCE.getCourse_Cost();

		/**
		 * The meta object literal for the '<em><b>Provider</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COURSE__PROVIDER = eINSTANCE.getCourse_Provider();

		/**
		 * The meta object literal for the '<em><b>Joint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COURSE__JOINT = eINSTANCE.getCourse_Joint();

		/**
		 * The meta object literal for the '{@link org.intdesigner.model.impl.PayBandImpl <em>Pay Band</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.impl.PayBandImpl
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getPayBand()
		 * @generated
		 */
		EClass PAY_BAND = eINSTANCE.getPayBand();

		/**
		 * The meta object literal for the '<em><b>Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAY_BAND__SCALE = eINSTANCE.getPayBand_Scale();

		/**
		 * The meta object literal for the '<em><b>Band</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAY_BAND__BAND = eINSTANCE.getPayBand_Band();

		/**
		 * The meta object literal for the '<em><b>Annual Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAY_BAND__ANNUAL_COST = eINSTANCE.getPayBand_AnnualCost();

		/**
		 * The meta object literal for the '<em><b>Sector</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAY_BAND__SECTOR = eINSTANCE.getPayBand_Sector();

		/**
		 * The meta object literal for the '{@link org.intdesigner.model.impl.TransitionWaveImpl <em>Transition Wave</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.impl.TransitionWaveImpl
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getTransitionWave()
		 * @generated
		 */
		EClass TRANSITION_WAVE = eINSTANCE.getTransitionWave();

		/**
		 * The meta object literal for the '<em><b>Effective Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSITION_WAVE__EFFECTIVE_DATE = eINSTANCE.getTransitionWave_EffectiveDate();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSITION_WAVE__OWNER = eINSTANCE.getTransitionWave_Owner();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSITION_WAVE__REASON = eINSTANCE.getTransitionWave_Reason();

		/**
		 * The meta object literal for the '<em><b>Element Ids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSITION_WAVE__ELEMENT_IDS = eINSTANCE.getTransitionWave_ElementIds();

		/**
		 * The meta object literal for the '{@link org.intdesigner.model.impl.RoleImpl <em>Role</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.impl.RoleImpl
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getRole()
		 * @generated
		 */
		EClass ROLE = eINSTANCE.getRole();

		/**
		 * The meta object literal for the '<em><b>Profession</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__PROFESSION = eINSTANCE.getRole_Profession();

		/**
		 * The meta object literal for the '<em><b>Sector</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__SECTOR = eINSTANCE.getRole_Sector();

		/**
		 * The meta object literal for the '<em><b>Clinical</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__CLINICAL = eINSTANCE.getRole_Clinical();

		/**
		 * The meta object literal for the '<em><b>New Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__NEW_ROLE = eINSTANCE.getRole_NewRole();

		/**
		 * The meta object literal for the '<em><b>Arrs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__ARRS = eINSTANCE.getRole_Arrs();

		/**
		 * The meta object literal for the '<em><b>Capabilities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLE__CAPABILITIES = eINSTANCE.getRole_Capabilities();

		/**
		 * The meta object literal for the '{@link org.intdesigner.model.impl.PostImpl <em>Post</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.impl.PostImpl
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getPost()
		 * @generated
		 */
		EClass POST = eINSTANCE.getPost();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POST__ROLE = eINSTANCE.getPost_Role();

		/**
		 * The meta object literal for the '<em><b>Employer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POST__EMPLOYER = eINSTANCE.getPost_Employer();

		/**
		 * The meta object literal for the '<em><b>Fte</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POST__FTE = eINSTANCE.getPost_Fte();

		/**
		 * The meta object literal for the '<em><b>Band</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POST__BAND = eINSTANCE.getPost_Band();

		/**
		 * The meta object literal for the '<em><b>Holder</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POST__HOLDER = eINSTANCE.getPost_Holder();

		/**
		 * The meta object literal for the '<em><b>Vacant</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POST__VACANT = eINSTANCE.getPost_Vacant();

		/**
		 * The meta object literal for the '<em><b>Top Of Organisation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POST__TOP_OF_ORGANISATION = eINSTANCE.getPost_TopOfOrganisation();

		/**
		 * The meta object literal for the '<em><b>Line Manager</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POST__LINE_MANAGER = eINSTANCE.getPost_LineManager();

		/**
		 * The meta object literal for the '<em><b>Supervisor</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POST__SUPERVISOR = eINSTANCE.getPost_Supervisor();

		/**
		 * The meta object literal for the '<em><b>Host Arrangement</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POST__HOST_ARRANGEMENT = eINSTANCE.getPost_HostArrangement();

		/**
		 * The meta object literal for the '<em><b>Terms</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POST__TERMS = eINSTANCE.getPost_Terms();

		/**
		 * The meta object literal for the '<em><b>Allocations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POST__ALLOCATIONS = eINSTANCE.getPost_Allocations();

		/**
		 * The meta object literal for the '<em><b>Capabilities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POST__CAPABILITIES = eINSTANCE.getPost_Capabilities();

		/**
		 * The meta object literal for the '{@link org.intdesigner.model.impl.AllocationImpl <em>Allocation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.impl.AllocationImpl
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getAllocation()
		 * @generated
		 */
		EClass ALLOCATION = eINSTANCE.getAllocation();

		/**
		 * The meta object literal for the '<em><b>Team</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ALLOCATION__TEAM = eINSTANCE.getAllocation_Team();

		/**
		 * The meta object literal for the '<em><b>Fte</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION__FTE = eINSTANCE.getAllocation_Fte();

		/**
		 * The meta object literal for the '{@link org.intdesigner.model.impl.TeamImpl <em>Team</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.impl.TeamImpl
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getTeam()
		 * @generated
		 */
		EClass TEAM = eINSTANCE.getTeam();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEAM__KIND = eINSTANCE.getTeam_Kind();

		/**
		 * The meta object literal for the '<em><b>Purpose</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEAM__PURPOSE = eINSTANCE.getTeam_Purpose();

		/**
		 * The meta object literal for the '<em><b>Lead</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEAM__LEAD = eINSTANCE.getTeam_Lead();

		/**
		 * The meta object literal for the '<em><b>Area</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEAM__AREA = eINSTANCE.getTeam_Area();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEAM__HOST = eINSTANCE.getTeam_Host();

		/**
		 * The meta object literal for the '<em><b>Served Cohorts</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEAM__SERVED_COHORTS = eINSTANCE.getTeam_ServedCohorts();

		/**
		 * The meta object literal for the '<em><b>Sub Teams</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEAM__SUB_TEAMS = eINSTANCE.getTeam_SubTeams();

		/**
		 * The meta object literal for the '<em><b>Required Capabilities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEAM__REQUIRED_CAPABILITIES = eINSTANCE.getTeam_RequiredCapabilities();

		/**
		 * The meta object literal for the '{@link org.intdesigner.model.impl.InteractionImpl <em>Interaction</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.impl.InteractionImpl
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getInteraction()
		 * @generated
		 */
		EClass INTERACTION = eINSTANCE.getInteraction();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION__KIND = eINSTANCE.getInteraction_Kind();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERACTION__SOURCE = eINSTANCE.getInteraction_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERACTION__TARGET = eINSTANCE.getInteraction_Target();

		/**
		 * The meta object literal for the '{@link org.intdesigner.model.impl.BoundaryImpl <em>Boundary</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.impl.BoundaryImpl
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getBoundary()
		 * @generated
		 */
		EClass BOUNDARY = eINSTANCE.getBoundary();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDARY__KIND = eINSTANCE.getBoundary_Kind();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BOUNDARY__MEMBERS = eINSTANCE.getBoundary_Members();

		/**
		 * The meta object literal for the '{@link org.intdesigner.model.impl.ArrangementImpl <em>Arrangement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.impl.ArrangementImpl
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getArrangement()
		 * @generated
		 */
		EClass ARRANGEMENT = eINSTANCE.getArrangement();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARRANGEMENT__KIND = eINSTANCE.getArrangement_Kind();

		/**
		 * The meta object literal for the '<em><b>Parties</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARRANGEMENT__PARTIES = eINSTANCE.getArrangement_Parties();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARRANGEMENT__HOST = eINSTANCE.getArrangement_Host();

		/**
		 * The meta object literal for the '<em><b>Boundary</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARRANGEMENT__BOUNDARY = eINSTANCE.getArrangement_Boundary();

		/**
		 * The meta object literal for the '<em><b>Covers</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARRANGEMENT__COVERS = eINSTANCE.getArrangement_Covers();

		/**
		 * The meta object literal for the '{@link org.intdesigner.model.impl.AccountabilityItemImpl <em>Accountability Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.impl.AccountabilityItemImpl
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getAccountabilityItem()
		 * @generated
		 */
		EClass ACCOUNTABILITY_ITEM = eINSTANCE.getAccountabilityItem();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNTABILITY_ITEM__KIND = eINSTANCE.getAccountabilityItem_Kind();

		/**
		 * The meta object literal for the '<em><b>Team</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNTABILITY_ITEM__TEAM = eINSTANCE.getAccountabilityItem_Team();

		/**
		 * The meta object literal for the '<em><b>Assignments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNTABILITY_ITEM__ASSIGNMENTS = eINSTANCE.getAccountabilityItem_Assignments();

		/**
		 * The meta object literal for the '{@link org.intdesigner.model.impl.RaciAssignmentImpl <em>Raci Assignment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.impl.RaciAssignmentImpl
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getRaciAssignment()
		 * @generated
		 */
		EClass RACI_ASSIGNMENT = eINSTANCE.getRaciAssignment();

		/**
		 * The meta object literal for the '<em><b>Party</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RACI_ASSIGNMENT__PARTY = eINSTANCE.getRaciAssignment_Party();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RACI_ASSIGNMENT__CODE = eINSTANCE.getRaciAssignment_Code();

		/**
		 * The meta object literal for the '{@link org.intdesigner.model.impl.WisnStudyImpl <em>Wisn Study</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.impl.WisnStudyImpl
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getWisnStudy()
		 * @generated
		 */
		EClass WISN_STUDY = eINSTANCE.getWisnStudy();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WISN_STUDY__ROLE = eINSTANCE.getWisnStudy_Role();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WISN_STUDY__UNIT = eINSTANCE.getWisnStudy_Unit();

		/**
		 * The meta object literal for the '<em><b>Each Neighbourhood</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WISN_STUDY__EACH_NEIGHBOURHOOD = eINSTANCE.getWisnStudy_EachNeighbourhood();

		/**
		 * The meta object literal for the '<em><b>Working Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WISN_STUDY__WORKING_DAYS = eINSTANCE.getWisnStudy_WorkingDays();

		/**
		 * The meta object literal for the '<em><b>Public Holidays</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WISN_STUDY__PUBLIC_HOLIDAYS = eINSTANCE.getWisnStudy_PublicHolidays();

		/**
		 * The meta object literal for the '<em><b>Annual Leave</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WISN_STUDY__ANNUAL_LEAVE = eINSTANCE.getWisnStudy_AnnualLeave();

		/**
		 * The meta object literal for the '<em><b>Sick Leave</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WISN_STUDY__SICK_LEAVE = eINSTANCE.getWisnStudy_SickLeave();

		/**
		 * The meta object literal for the '<em><b>Other Leave</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WISN_STUDY__OTHER_LEAVE = eINSTANCE.getWisnStudy_OtherLeave();

		/**
		 * The meta object literal for the '<em><b>Hours Per Day</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WISN_STUDY__HOURS_PER_DAY = eINSTANCE.getWisnStudy_HoursPerDay();

		/**
		 * The meta object literal for the '<em><b>Hours Per Week</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WISN_STUDY__HOURS_PER_WEEK = eINSTANCE.getWisnStudy_HoursPerWeek();

		/**
		 * The meta object literal for the '<em><b>Current Staff</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WISN_STUDY__CURRENT_STAFF = eINSTANCE.getWisnStudy_CurrentStaff();

		/**
		 * The meta object literal for the '<em><b>Observed Sick Leave</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WISN_STUDY__OBSERVED_SICK_LEAVE = eINSTANCE.getWisnStudy_ObservedSickLeave();

		/**
		 * The meta object literal for the '<em><b>Activities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WISN_STUDY__ACTIVITIES = eINSTANCE.getWisnStudy_Activities();

		/**
		 * The meta object literal for the '<em><b>Category Allowances</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WISN_STUDY__CATEGORY_ALLOWANCES = eINSTANCE.getWisnStudy_CategoryAllowances();

		/**
		 * The meta object literal for the '<em><b>Individual Allowances</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WISN_STUDY__INDIVIDUAL_ALLOWANCES = eINSTANCE.getWisnStudy_IndividualAllowances();

		/**
		 * The meta object literal for the '{@link org.intdesigner.model.impl.ServiceActivityImpl <em>Service Activity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.impl.ServiceActivityImpl
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getServiceActivity()
		 * @generated
		 */
		EClass SERVICE_ACTIVITY = eINSTANCE.getServiceActivity();

		/**
		 * The meta object literal for the '<em><b>Activity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_ACTIVITY__ACTIVITY = eINSTANCE.getServiceActivity_Activity();

		/**
		 * The meta object literal for the '<em><b>Unit Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_ACTIVITY__UNIT_MINUTES = eINSTANCE.getServiceActivity_UnitMinutes();

		/**
		 * The meta object literal for the '<em><b>Rate Per Hour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_ACTIVITY__RATE_PER_HOUR = eINSTANCE.getServiceActivity_RatePerHour();

		/**
		 * The meta object literal for the '<em><b>Annual Workload</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_ACTIVITY__ANNUAL_WORKLOAD = eINSTANCE.getServiceActivity_AnnualWorkload();

		/**
		 * The meta object literal for the '<em><b>Cohort</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_ACTIVITY__COHORT = eINSTANCE.getServiceActivity_Cohort();

		/**
		 * The meta object literal for the '<em><b>Per Person</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_ACTIVITY__PER_PERSON = eINSTANCE.getServiceActivity_PerPerson();

		/**
		 * The meta object literal for the '{@link org.intdesigner.model.impl.CategoryAllowanceImpl <em>Category Allowance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.impl.CategoryAllowanceImpl
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getCategoryAllowance()
		 * @generated
		 */
		EClass CATEGORY_ALLOWANCE = eINSTANCE.getCategoryAllowance();

		/**
		 * The meta object literal for the '<em><b>Activity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATEGORY_ALLOWANCE__ACTIVITY = eINSTANCE.getCategoryAllowance_Activity();

		/**
		 * The meta object literal for the '<em><b>Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATEGORY_ALLOWANCE__PERCENT = eINSTANCE.getCategoryAllowance_Percent();

		/**
		 * The meta object literal for the '<em><b>Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATEGORY_ALLOWANCE__HOURS = eINSTANCE.getCategoryAllowance_Hours();

		/**
		 * The meta object literal for the '<em><b>Per</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATEGORY_ALLOWANCE__PER = eINSTANCE.getCategoryAllowance_Per();

		/**
		 * The meta object literal for the '{@link org.intdesigner.model.impl.IndividualAllowanceImpl <em>Individual Allowance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.impl.IndividualAllowanceImpl
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getIndividualAllowance()
		 * @generated
		 */
		EClass INDIVIDUAL_ALLOWANCE = eINSTANCE.getIndividualAllowance();

		/**
		 * The meta object literal for the '<em><b>Activity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDIVIDUAL_ALLOWANCE__ACTIVITY = eINSTANCE.getIndividualAllowance_Activity();

		/**
		 * The meta object literal for the '<em><b>Hours Per Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDIVIDUAL_ALLOWANCE__HOURS_PER_YEAR = eINSTANCE.getIndividualAllowance_HoursPerYear();

		/**
		 * The meta object literal for the '<em><b>Staff</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDIVIDUAL_ALLOWANCE__STAFF = eINSTANCE.getIndividualAllowance_Staff();

		/**
		 * The meta object literal for the '{@link org.intdesigner.model.impl.SupplyAssumptionImpl <em>Supply Assumption</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.impl.SupplyAssumptionImpl
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getSupplyAssumption()
		 * @generated
		 */
		EClass SUPPLY_ASSUMPTION = eINSTANCE.getSupplyAssumption();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPPLY_ASSUMPTION__ROLE = eINSTANCE.getSupplyAssumption_Role();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPPLY_ASSUMPTION__UNIT = eINSTANCE.getSupplyAssumption_Unit();

		/**
		 * The meta object literal for the '<em><b>Start Fte</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLY_ASSUMPTION__START_FTE = eINSTANCE.getSupplyAssumption_StartFte();

		/**
		 * The meta object literal for the '<em><b>Leaver Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLY_ASSUMPTION__LEAVER_RATE = eINSTANCE.getSupplyAssumption_LeaverRate();

		/**
		 * The meta object literal for the '<em><b>Leaver Rate High</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLY_ASSUMPTION__LEAVER_RATE_HIGH = eINSTANCE.getSupplyAssumption_LeaverRateHigh();

		/**
		 * The meta object literal for the '<em><b>Retirement Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLY_ASSUMPTION__RETIREMENT_RATE = eINSTANCE.getSupplyAssumption_RetirementRate();

		/**
		 * The meta object literal for the '<em><b>Retirement Rate High</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLY_ASSUMPTION__RETIREMENT_RATE_HIGH = eINSTANCE.getSupplyAssumption_RetirementRateHigh();

		/**
		 * The meta object literal for the '<em><b>Joiners Per Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLY_ASSUMPTION__JOINERS_PER_YEAR = eINSTANCE.getSupplyAssumption_JoinersPerYear();

		/**
		 * The meta object literal for the '<em><b>Joiners Per Year High</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLY_ASSUMPTION__JOINERS_PER_YEAR_HIGH = eINSTANCE.getSupplyAssumption_JoinersPerYearHigh();

		/**
		 * The meta object literal for the '<em><b>Trainees Per Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLY_ASSUMPTION__TRAINEES_PER_YEAR = eINSTANCE.getSupplyAssumption_TraineesPerYear();

		/**
		 * The meta object literal for the '<em><b>Trainee Intake</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLY_ASSUMPTION__TRAINEE_INTAKE = eINSTANCE.getSupplyAssumption_TraineeIntake();

		/**
		 * The meta object literal for the '<em><b>Course Years</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLY_ASSUMPTION__COURSE_YEARS = eINSTANCE.getSupplyAssumption_CourseYears();

		/**
		 * The meta object literal for the '<em><b>Completion Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLY_ASSUMPTION__COMPLETION_RATE = eINSTANCE.getSupplyAssumption_CompletionRate();

		/**
		 * The meta object literal for the '<em><b>Internal Moves</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLY_ASSUMPTION__INTERNAL_MOVES = eINSTANCE.getSupplyAssumption_InternalMoves();

		/**
		 * The meta object literal for the '<em><b>Years</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLY_ASSUMPTION__YEARS = eINSTANCE.getSupplyAssumption_Years();

		/**
		 * The meta object literal for the '{@link org.intdesigner.model.AreaKind <em>Area Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.AreaKind
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getAreaKind()
		 * @generated
		 */
		EEnum AREA_KIND = eINSTANCE.getAreaKind();

		/**
		 * The meta object literal for the '{@link org.intdesigner.model.CohortKind <em>Cohort Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.CohortKind
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getCohortKind()
		 * @generated
		 */
		EEnum COHORT_KIND = eINSTANCE.getCohortKind();

		/**
		 * The meta object literal for the '{@link org.intdesigner.model.Sector <em>Sector</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.Sector
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getSector()
		 * @generated
		 */
		EEnum SECTOR = eINSTANCE.getSector();

		/**
		 * The meta object literal for the '{@link org.intdesigner.model.ProficiencyLevel <em>Proficiency Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.ProficiencyLevel
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getProficiencyLevel()
		 * @generated
		 */
		EEnum PROFICIENCY_LEVEL = eINSTANCE.getProficiencyLevel();

		/**
		 * The meta object literal for the '{@link org.intdesigner.model.TeamKind <em>Team Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.TeamKind
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getTeamKind()
		 * @generated
		 */
		EEnum TEAM_KIND = eINSTANCE.getTeamKind();

		/**
		 * The meta object literal for the '{@link org.intdesigner.model.InteractionKind <em>Interaction Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.InteractionKind
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getInteractionKind()
		 * @generated
		 */
		EEnum INTERACTION_KIND = eINSTANCE.getInteractionKind();

		/**
		 * The meta object literal for the '{@link org.intdesigner.model.BoundaryKind <em>Boundary Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.BoundaryKind
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getBoundaryKind()
		 * @generated
		 */
		EEnum BOUNDARY_KIND = eINSTANCE.getBoundaryKind();

		/**
		 * The meta object literal for the '{@link org.intdesigner.model.ArrangementKind <em>Arrangement Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.ArrangementKind
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getArrangementKind()
		 * @generated
		 */
		EEnum ARRANGEMENT_KIND = eINSTANCE.getArrangementKind();

		/**
		 * The meta object literal for the '{@link org.intdesigner.model.AccountabilityKind <em>Accountability Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.AccountabilityKind
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getAccountabilityKind()
		 * @generated
		 */
		EEnum ACCOUNTABILITY_KIND = eINSTANCE.getAccountabilityKind();

		/**
		 * The meta object literal for the '{@link org.intdesigner.model.RaciCode <em>Raci Code</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.RaciCode
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getRaciCode()
		 * @generated
		 */
		EEnum RACI_CODE = eINSTANCE.getRaciCode();

		/**
		 * The meta object literal for the '{@link org.intdesigner.model.AllowancePeriod <em>Allowance Period</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.intdesigner.model.AllowancePeriod
		 * @see org.intdesigner.model.impl.IntdPackageImpl#getAllowancePeriod()
		 * @generated
		 */
		EEnum ALLOWANCE_PERIOD = eINSTANCE.getAllowancePeriod();

	}

} //IntdPackage
