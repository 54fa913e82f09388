/**
 */
package org.intdesigner.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.AccountabilityKind;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.AllowancePeriod;
import org.intdesigner.model.Area;
import org.intdesigner.model.AreaKind;
import org.intdesigner.model.Arrangement;
import org.intdesigner.model.ArrangementKind;
import org.intdesigner.model.Boundary;
import org.intdesigner.model.BoundaryKind;
import org.intdesigner.model.Capability;
import org.intdesigner.model.CapabilityLevel;
import org.intdesigner.model.CategoryAllowance;
import org.intdesigner.model.CohortKind;
import org.intdesigner.model.Course;
import org.intdesigner.model.Element;
import org.intdesigner.model.Identified;
import org.intdesigner.model.IndividualAllowance;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Interaction;
import org.intdesigner.model.InteractionKind;
import org.intdesigner.model.Need;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Party;
import org.intdesigner.model.PayBand;
import org.intdesigner.model.PopulationCohort;
import org.intdesigner.model.Post;
import org.intdesigner.model.ProficiencyLevel;
import org.intdesigner.model.Property;
import org.intdesigner.model.RaciAssignment;
import org.intdesigner.model.RaciCode;
import org.intdesigner.model.Role;
import org.intdesigner.model.Sector;
import org.intdesigner.model.ServiceActivity;
import org.intdesigner.model.SupplyAssumption;
import org.intdesigner.model.Suppression;
import org.intdesigner.model.Team;
import org.intdesigner.model.TeamKind;
import org.intdesigner.model.TermsAndConditions;
import org.intdesigner.model.TransitionWave;
import org.intdesigner.model.WisnStudy;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class IntdPackageImpl extends EPackageImpl implements IntdPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass elementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass propertyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass suppressionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass partyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass intdModelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass areaEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass populationCohortEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass needEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass organisationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass termsAndConditionsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass capabilityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass capabilityLevelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass courseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass payBandEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass transitionWaveEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass roleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass postEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass allocationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass teamEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interactionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass boundaryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass arrangementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass accountabilityItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass raciAssignmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass wisnStudyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceActivityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass categoryAllowanceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass individualAllowanceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass supplyAssumptionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum areaKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum cohortKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sectorEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum proficiencyLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum teamKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum interactionKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum boundaryKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum arrangementKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum accountabilityKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum raciCodeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum allowancePeriodEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.intdesigner.model.IntdPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private IntdPackageImpl() {
		super(eNS_URI, IntdFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link IntdPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static IntdPackage init() {
		if (isInited) return (IntdPackage)EPackage.Registry.INSTANCE.getEPackage(IntdPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredIntdPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		IntdPackageImpl theIntdPackage = registeredIntdPackage instanceof IntdPackageImpl ? (IntdPackageImpl)registeredIntdPackage : new IntdPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theIntdPackage.createPackageContents();

		// Initialize created meta-data
		theIntdPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theIntdPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(IntdPackage.eNS_URI, theIntdPackage);
		return theIntdPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentified() {
		return identifiedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Id() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getElement() {
		return elementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElement_Name() {
		return (EAttribute)elementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElement_Code() {
		return (EAttribute)elementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElement_Description() {
		return (EAttribute)elementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getElement_Properties() {
		return (EReference)elementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getElement_Suppressions() {
		return (EReference)elementEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProperty() {
		return propertyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProperty_Key() {
		return (EAttribute)propertyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProperty_Value() {
		return (EAttribute)propertyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSuppression() {
		return suppressionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSuppression_RuleId() {
		return (EAttribute)suppressionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSuppression_Reason() {
		return (EAttribute)suppressionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSuppression_SuppressedBy() {
		return (EAttribute)suppressionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSuppression_Date() {
		return (EAttribute)suppressionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getParty() {
		return partyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIntdModel() {
		return intdModelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntdModel_FormatVersion() {
		return (EAttribute)intdModelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntdModel_Baseline() {
		return (EAttribute)intdModelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIntdModel_Areas() {
		return (EReference)intdModelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIntdModel_Organisations() {
		return (EReference)intdModelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIntdModel_Capabilities() {
		return (EReference)intdModelEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIntdModel_Roles() {
		return (EReference)intdModelEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIntdModel_Posts() {
		return (EReference)intdModelEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIntdModel_Teams() {
		return (EReference)intdModelEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIntdModel_Accountabilities() {
		return (EReference)intdModelEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIntdModel_Boundaries() {
		return (EReference)intdModelEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIntdModel_Arrangements() {
		return (EReference)intdModelEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIntdModel_Interactions() {
		return (EReference)intdModelEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIntdModel_WisnStudies() {
		return (EReference)intdModelEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIntdModel_SupplyAssumptions() {
		return (EReference)intdModelEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIntdModel_Courses() {
		return (EReference)intdModelEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIntdModel_PayBands() {
		return (EReference)intdModelEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIntdModel_TransitionWaves() {
		return (EReference)intdModelEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getArea() {
		return areaEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArea_Kind() {
		return (EAttribute)areaEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArea_Population() {
		return (EAttribute)areaEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArea_GrowthRate() {
		return (EAttribute)areaEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArea_SubAreas() {
		return (EReference)areaEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArea_Cohorts() {
		return (EReference)areaEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPopulationCohort() {
		return populationCohortEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPopulationCohort_Kind() {
		return (EAttribute)populationCohortEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPopulationCohort_Size() {
		return (EAttribute)populationCohortEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPopulationCohort_GrowthRate() {
		return (EAttribute)populationCohortEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPopulationCohort_Needs() {
		return (EReference)populationCohortEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNeed() {
		return needEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNeed_Priority() {
		return (EAttribute)needEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNeed_RequiredCapabilities() {
		return (EReference)needEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOrganisation() {
		return organisationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Sector() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganisation_Terms() {
		return (EReference)organisationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTermsAndConditions() {
		return termsAndConditionsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTermsAndConditions_PayScale() {
		return (EAttribute)termsAndConditionsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTermsAndConditions_WeeklyHours() {
		return (EAttribute)termsAndConditionsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTermsAndConditions_AnnualLeaveDays() {
		return (EAttribute)termsAndConditionsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTermsAndConditions_Roles() {
		return (EReference)termsAndConditionsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCapability() {
		return capabilityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCapability_Category() {
		return (EAttribute)capabilityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCapability_Generalist() {
		return (EAttribute)capabilityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCapabilityLevel() {
		return capabilityLevelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCapabilityLevel_Capability() {
		return (EReference)capabilityLevelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCapabilityLevel_Level() {
		return (EAttribute)capabilityLevelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCapabilityLevel_People() {
		return (EAttribute)capabilityLevelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCourse() {
		return courseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCourse_Capability() {
		return (EReference)courseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCourse_Level() {
		return (EAttribute)courseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCourse_Hours() {
		return (EAttribute)courseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCourse_Cost() {
		return (EAttribute)courseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCourse_Provider() {
		return (EAttribute)courseEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCourse_Joint() {
		return (EAttribute)courseEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPayBand() {
		return payBandEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPayBand_Scale() {
		return (EAttribute)payBandEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPayBand_Band() {
		return (EAttribute)payBandEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPayBand_AnnualCost() {
		return (EAttribute)payBandEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPayBand_Sector() {
		return (EAttribute)payBandEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTransitionWave() {
		return transitionWaveEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransitionWave_EffectiveDate() {
		return (EAttribute)transitionWaveEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransitionWave_Owner() {
		return (EAttribute)transitionWaveEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransitionWave_Reason() {
		return (EAttribute)transitionWaveEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransitionWave_ElementIds() {
		return (EAttribute)transitionWaveEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRole() {
		return roleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRole_Profession() {
		return (EAttribute)roleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRole_Sector() {
		return (EAttribute)roleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRole_Clinical() {
		return (EAttribute)roleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRole_NewRole() {
		return (EAttribute)roleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRole_Arrs() {
		return (EAttribute)roleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRole_Capabilities() {
		return (EReference)roleEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPost() {
		return postEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPost_Role() {
		return (EReference)postEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPost_Employer() {
		return (EReference)postEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPost_Fte() {
		return (EAttribute)postEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPost_Band() {
		return (EAttribute)postEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPost_Holder() {
		return (EAttribute)postEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPost_Vacant() {
		return (EAttribute)postEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPost_TopOfOrganisation() {
		return (EAttribute)postEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPost_LineManager() {
		return (EReference)postEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPost_Supervisor() {
		return (EReference)postEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPost_HostArrangement() {
		return (EReference)postEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPost_Terms() {
		return (EReference)postEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPost_Allocations() {
		return (EReference)postEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPost_Capabilities() {
		return (EReference)postEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAllocation() {
		return allocationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAllocation_Team() {
		return (EReference)allocationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAllocation_Fte() {
		return (EAttribute)allocationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTeam() {
		return teamEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTeam_Kind() {
		return (EAttribute)teamEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTeam_Purpose() {
		return (EAttribute)teamEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTeam_Lead() {
		return (EReference)teamEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTeam_Area() {
		return (EReference)teamEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTeam_Host() {
		return (EReference)teamEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTeam_ServedCohorts() {
		return (EReference)teamEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTeam_SubTeams() {
		return (EReference)teamEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTeam_RequiredCapabilities() {
		return (EReference)teamEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInteraction() {
		return interactionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteraction_Kind() {
		return (EAttribute)interactionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInteraction_Source() {
		return (EReference)interactionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInteraction_Target() {
		return (EReference)interactionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBoundary() {
		return boundaryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoundary_Kind() {
		return (EAttribute)boundaryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBoundary_Members() {
		return (EReference)boundaryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getArrangement() {
		return arrangementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArrangement_Kind() {
		return (EAttribute)arrangementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArrangement_Parties() {
		return (EReference)arrangementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArrangement_Host() {
		return (EReference)arrangementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArrangement_Boundary() {
		return (EReference)arrangementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArrangement_Covers() {
		return (EReference)arrangementEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAccountabilityItem() {
		return accountabilityItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccountabilityItem_Kind() {
		return (EAttribute)accountabilityItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountabilityItem_Team() {
		return (EReference)accountabilityItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountabilityItem_Assignments() {
		return (EReference)accountabilityItemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRaciAssignment() {
		return raciAssignmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRaciAssignment_Party() {
		return (EReference)raciAssignmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRaciAssignment_Code() {
		return (EAttribute)raciAssignmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWisnStudy() {
		return wisnStudyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWisnStudy_Role() {
		return (EReference)wisnStudyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWisnStudy_Unit() {
		return (EReference)wisnStudyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWisnStudy_EachNeighbourhood() {
		return (EAttribute)wisnStudyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWisnStudy_WorkingDays() {
		return (EAttribute)wisnStudyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWisnStudy_PublicHolidays() {
		return (EAttribute)wisnStudyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWisnStudy_AnnualLeave() {
		return (EAttribute)wisnStudyEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWisnStudy_SickLeave() {
		return (EAttribute)wisnStudyEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWisnStudy_OtherLeave() {
		return (EAttribute)wisnStudyEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWisnStudy_HoursPerDay() {
		return (EAttribute)wisnStudyEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWisnStudy_HoursPerWeek() {
		return (EAttribute)wisnStudyEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWisnStudy_CurrentStaff() {
		return (EAttribute)wisnStudyEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWisnStudy_ObservedSickLeave() {
		return (EAttribute)wisnStudyEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWisnStudy_Activities() {
		return (EReference)wisnStudyEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWisnStudy_CategoryAllowances() {
		return (EReference)wisnStudyEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWisnStudy_IndividualAllowances() {
		return (EReference)wisnStudyEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServiceActivity() {
		return serviceActivityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceActivity_Activity() {
		return (EAttribute)serviceActivityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceActivity_UnitMinutes() {
		return (EAttribute)serviceActivityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceActivity_RatePerHour() {
		return (EAttribute)serviceActivityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceActivity_AnnualWorkload() {
		return (EAttribute)serviceActivityEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceActivity_Cohort() {
		return (EReference)serviceActivityEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceActivity_PerPerson() {
		return (EAttribute)serviceActivityEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCategoryAllowance() {
		return categoryAllowanceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCategoryAllowance_Activity() {
		return (EAttribute)categoryAllowanceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCategoryAllowance_Percent() {
		return (EAttribute)categoryAllowanceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCategoryAllowance_Hours() {
		return (EAttribute)categoryAllowanceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCategoryAllowance_Per() {
		return (EAttribute)categoryAllowanceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIndividualAllowance() {
		return individualAllowanceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndividualAllowance_Activity() {
		return (EAttribute)individualAllowanceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndividualAllowance_HoursPerYear() {
		return (EAttribute)individualAllowanceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndividualAllowance_Staff() {
		return (EAttribute)individualAllowanceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSupplyAssumption() {
		return supplyAssumptionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSupplyAssumption_Role() {
		return (EReference)supplyAssumptionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSupplyAssumption_Unit() {
		return (EReference)supplyAssumptionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplyAssumption_StartFte() {
		return (EAttribute)supplyAssumptionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplyAssumption_LeaverRate() {
		return (EAttribute)supplyAssumptionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplyAssumption_LeaverRateHigh() {
		return (EAttribute)supplyAssumptionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplyAssumption_RetirementRate() {
		return (EAttribute)supplyAssumptionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplyAssumption_RetirementRateHigh() {
		return (EAttribute)supplyAssumptionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplyAssumption_JoinersPerYear() {
		return (EAttribute)supplyAssumptionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplyAssumption_JoinersPerYearHigh() {
		return (EAttribute)supplyAssumptionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplyAssumption_TraineesPerYear() {
		return (EAttribute)supplyAssumptionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplyAssumption_TraineeIntake() {
		return (EAttribute)supplyAssumptionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplyAssumption_CourseYears() {
		return (EAttribute)supplyAssumptionEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplyAssumption_CompletionRate() {
		return (EAttribute)supplyAssumptionEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplyAssumption_InternalMoves() {
		return (EAttribute)supplyAssumptionEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplyAssumption_Years() {
		return (EAttribute)supplyAssumptionEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAreaKind() {
		return areaKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCohortKind() {
		return cohortKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSector() {
		return sectorEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProficiencyLevel() {
		return proficiencyLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTeamKind() {
		return teamKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInteractionKind() {
		return interactionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBoundaryKind() {
		return boundaryKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getArrangementKind() {
		return arrangementKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAccountabilityKind() {
		return accountabilityKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRaciCode() {
		return raciCodeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAllowancePeriod() {
		return allowancePeriodEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntdFactory getIntdFactory() {
		return (IntdFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		identifiedEClass = createEClass(IDENTIFIED);
		createEAttribute(identifiedEClass, IDENTIFIED__ID);

		elementEClass = createEClass(ELEMENT);
		createEAttribute(elementEClass, ELEMENT__NAME);
		createEAttribute(elementEClass, ELEMENT__CODE);
		createEAttribute(elementEClass, ELEMENT__DESCRIPTION);
		createEReference(elementEClass, ELEMENT__PROPERTIES);
		createEReference(elementEClass, ELEMENT__SUPPRESSIONS);

		propertyEClass = createEClass(PROPERTY);
		createEAttribute(propertyEClass, PROPERTY__KEY);
		createEAttribute(propertyEClass, PROPERTY__VALUE);

		suppressionEClass = createEClass(SUPPRESSION);
		createEAttribute(suppressionEClass, SUPPRESSION__RULE_ID);
		createEAttribute(suppressionEClass, SUPPRESSION__REASON);
		createEAttribute(suppressionEClass, SUPPRESSION__SUPPRESSED_BY);
		createEAttribute(suppressionEClass, SUPPRESSION__DATE);

		partyEClass = createEClass(PARTY);

		intdModelEClass = createEClass(INTD_MODEL);
		createEAttribute(intdModelEClass, INTD_MODEL__FORMAT_VERSION);
		createEAttribute(intdModelEClass, INTD_MODEL__BASELINE);
		createEReference(intdModelEClass, INTD_MODEL__AREAS);
		createEReference(intdModelEClass, INTD_MODEL__ORGANISATIONS);
		createEReference(intdModelEClass, INTD_MODEL__CAPABILITIES);
		createEReference(intdModelEClass, INTD_MODEL__ROLES);
		createEReference(intdModelEClass, INTD_MODEL__POSTS);
		createEReference(intdModelEClass, INTD_MODEL__TEAMS);
		createEReference(intdModelEClass, INTD_MODEL__ACCOUNTABILITIES);
		createEReference(intdModelEClass, INTD_MODEL__BOUNDARIES);
		createEReference(intdModelEClass, INTD_MODEL__ARRANGEMENTS);
		createEReference(intdModelEClass, INTD_MODEL__INTERACTIONS);
		createEReference(intdModelEClass, INTD_MODEL__WISN_STUDIES);
		createEReference(intdModelEClass, INTD_MODEL__SUPPLY_ASSUMPTIONS);
		createEReference(intdModelEClass, INTD_MODEL__COURSES);
		createEReference(intdModelEClass, INTD_MODEL__PAY_BANDS);
		createEReference(intdModelEClass, INTD_MODEL__TRANSITION_WAVES);

		areaEClass = createEClass(AREA);
		createEAttribute(areaEClass, AREA__KIND);
		createEAttribute(areaEClass, AREA__POPULATION);
		createEAttribute(areaEClass, AREA__GROWTH_RATE);
		createEReference(areaEClass, AREA__SUB_AREAS);
		createEReference(areaEClass, AREA__COHORTS);

		populationCohortEClass = createEClass(POPULATION_COHORT);
		createEAttribute(populationCohortEClass, POPULATION_COHORT__KIND);
		createEAttribute(populationCohortEClass, POPULATION_COHORT__SIZE);
		createEAttribute(populationCohortEClass, POPULATION_COHORT__GROWTH_RATE);
		createEReference(populationCohortEClass, POPULATION_COHORT__NEEDS);

		needEClass = createEClass(NEED);
		createEAttribute(needEClass, NEED__PRIORITY);
		createEReference(needEClass, NEED__REQUIRED_CAPABILITIES);

		organisationEClass = createEClass(ORGANISATION);
		createEAttribute(organisationEClass, ORGANISATION__SECTOR);
		createEReference(organisationEClass, ORGANISATION__TERMS);

		termsAndConditionsEClass = createEClass(TERMS_AND_CONDITIONS);
		createEAttribute(termsAndConditionsEClass, TERMS_AND_CONDITIONS__PAY_SCALE);
		createEAttribute(termsAndConditionsEClass, TERMS_AND_CONDITIONS__WEEKLY_HOURS);
		createEAttribute(termsAndConditionsEClass, TERMS_AND_CONDITIONS__ANNUAL_LEAVE_DAYS);
		createEReference(termsAndConditionsEClass, TERMS_AND_CONDITIONS__ROLES);

		capabilityEClass = createEClass(CAPABILITY);
		createEAttribute(capabilityEClass, CAPABILITY__CATEGORY);
		createEAttribute(capabilityEClass, CAPABILITY__GENERALIST);

		capabilityLevelEClass = createEClass(CAPABILITY_LEVEL);
		createEReference(capabilityLevelEClass, CAPABILITY_LEVEL__CAPABILITY);
		createEAttribute(capabilityLevelEClass, CAPABILITY_LEVEL__LEVEL);
		createEAttribute(capabilityLevelEClass, CAPABILITY_LEVEL__PEOPLE);

		courseEClass = createEClass(COURSE);
		createEReference(courseEClass, COURSE__CAPABILITY);
		createEAttribute(courseEClass, COURSE__LEVEL);
		createEAttribute(courseEClass, COURSE__HOURS);
		createEAttribute(courseEClass, COURSE__COST);
		createEAttribute(courseEClass, COURSE__PROVIDER);
		createEAttribute(courseEClass, COURSE__JOINT);

		payBandEClass = createEClass(PAY_BAND);
		createEAttribute(payBandEClass, PAY_BAND__SCALE);
		createEAttribute(payBandEClass, PAY_BAND__BAND);
		createEAttribute(payBandEClass, PAY_BAND__ANNUAL_COST);
		createEAttribute(payBandEClass, PAY_BAND__SECTOR);

		transitionWaveEClass = createEClass(TRANSITION_WAVE);
		createEAttribute(transitionWaveEClass, TRANSITION_WAVE__EFFECTIVE_DATE);
		createEAttribute(transitionWaveEClass, TRANSITION_WAVE__OWNER);
		createEAttribute(transitionWaveEClass, TRANSITION_WAVE__REASON);
		createEAttribute(transitionWaveEClass, TRANSITION_WAVE__ELEMENT_IDS);

		roleEClass = createEClass(ROLE);
		createEAttribute(roleEClass, ROLE__PROFESSION);
		createEAttribute(roleEClass, ROLE__SECTOR);
		createEAttribute(roleEClass, ROLE__CLINICAL);
		createEAttribute(roleEClass, ROLE__NEW_ROLE);
		createEAttribute(roleEClass, ROLE__ARRS);
		createEReference(roleEClass, ROLE__CAPABILITIES);

		postEClass = createEClass(POST);
		createEReference(postEClass, POST__ROLE);
		createEReference(postEClass, POST__EMPLOYER);
		createEAttribute(postEClass, POST__FTE);
		createEAttribute(postEClass, POST__BAND);
		createEAttribute(postEClass, POST__HOLDER);
		createEAttribute(postEClass, POST__VACANT);
		createEAttribute(postEClass, POST__TOP_OF_ORGANISATION);
		createEReference(postEClass, POST__LINE_MANAGER);
		createEReference(postEClass, POST__SUPERVISOR);
		createEReference(postEClass, POST__HOST_ARRANGEMENT);
		createEReference(postEClass, POST__TERMS);
		createEReference(postEClass, POST__ALLOCATIONS);
		createEReference(postEClass, POST__CAPABILITIES);

		allocationEClass = createEClass(ALLOCATION);
		createEReference(allocationEClass, ALLOCATION__TEAM);
		createEAttribute(allocationEClass, ALLOCATION__FTE);

		teamEClass = createEClass(TEAM);
		createEAttribute(teamEClass, TEAM__KIND);
		createEAttribute(teamEClass, TEAM__PURPOSE);
		createEReference(teamEClass, TEAM__LEAD);
		createEReference(teamEClass, TEAM__AREA);
		createEReference(teamEClass, TEAM__HOST);
		createEReference(teamEClass, TEAM__SERVED_COHORTS);
		createEReference(teamEClass, TEAM__SUB_TEAMS);
		createEReference(teamEClass, TEAM__REQUIRED_CAPABILITIES);

		interactionEClass = createEClass(INTERACTION);
		createEAttribute(interactionEClass, INTERACTION__KIND);
		createEReference(interactionEClass, INTERACTION__SOURCE);
		createEReference(interactionEClass, INTERACTION__TARGET);

		boundaryEClass = createEClass(BOUNDARY);
		createEAttribute(boundaryEClass, BOUNDARY__KIND);
		createEReference(boundaryEClass, BOUNDARY__MEMBERS);

		arrangementEClass = createEClass(ARRANGEMENT);
		createEAttribute(arrangementEClass, ARRANGEMENT__KIND);
		createEReference(arrangementEClass, ARRANGEMENT__PARTIES);
		createEReference(arrangementEClass, ARRANGEMENT__HOST);
		createEReference(arrangementEClass, ARRANGEMENT__BOUNDARY);
		createEReference(arrangementEClass, ARRANGEMENT__COVERS);

		accountabilityItemEClass = createEClass(ACCOUNTABILITY_ITEM);
		createEAttribute(accountabilityItemEClass, ACCOUNTABILITY_ITEM__KIND);
		createEReference(accountabilityItemEClass, ACCOUNTABILITY_ITEM__TEAM);
		createEReference(accountabilityItemEClass, ACCOUNTABILITY_ITEM__ASSIGNMENTS);

		raciAssignmentEClass = createEClass(RACI_ASSIGNMENT);
		createEReference(raciAssignmentEClass, RACI_ASSIGNMENT__PARTY);
		createEAttribute(raciAssignmentEClass, RACI_ASSIGNMENT__CODE);

		wisnStudyEClass = createEClass(WISN_STUDY);
		createEReference(wisnStudyEClass, WISN_STUDY__ROLE);
		createEReference(wisnStudyEClass, WISN_STUDY__UNIT);
		createEAttribute(wisnStudyEClass, WISN_STUDY__EACH_NEIGHBOURHOOD);
		createEAttribute(wisnStudyEClass, WISN_STUDY__WORKING_DAYS);
		createEAttribute(wisnStudyEClass, WISN_STUDY__PUBLIC_HOLIDAYS);
		createEAttribute(wisnStudyEClass, WISN_STUDY__ANNUAL_LEAVE);
		createEAttribute(wisnStudyEClass, WISN_STUDY__SICK_LEAVE);
		createEAttribute(wisnStudyEClass, WISN_STUDY__OTHER_LEAVE);
		createEAttribute(wisnStudyEClass, WISN_STUDY__HOURS_PER_DAY);
		createEAttribute(wisnStudyEClass, WISN_STUDY__HOURS_PER_WEEK);
		createEAttribute(wisnStudyEClass, WISN_STUDY__CURRENT_STAFF);
		createEAttribute(wisnStudyEClass, WISN_STUDY__OBSERVED_SICK_LEAVE);
		createEReference(wisnStudyEClass, WISN_STUDY__ACTIVITIES);
		createEReference(wisnStudyEClass, WISN_STUDY__CATEGORY_ALLOWANCES);
		createEReference(wisnStudyEClass, WISN_STUDY__INDIVIDUAL_ALLOWANCES);

		serviceActivityEClass = createEClass(SERVICE_ACTIVITY);
		createEAttribute(serviceActivityEClass, SERVICE_ACTIVITY__ACTIVITY);
		createEAttribute(serviceActivityEClass, SERVICE_ACTIVITY__UNIT_MINUTES);
		createEAttribute(serviceActivityEClass, SERVICE_ACTIVITY__RATE_PER_HOUR);
		createEAttribute(serviceActivityEClass, SERVICE_ACTIVITY__ANNUAL_WORKLOAD);
		createEReference(serviceActivityEClass, SERVICE_ACTIVITY__COHORT);
		createEAttribute(serviceActivityEClass, SERVICE_ACTIVITY__PER_PERSON);

		categoryAllowanceEClass = createEClass(CATEGORY_ALLOWANCE);
		createEAttribute(categoryAllowanceEClass, CATEGORY_ALLOWANCE__ACTIVITY);
		createEAttribute(categoryAllowanceEClass, CATEGORY_ALLOWANCE__PERCENT);
		createEAttribute(categoryAllowanceEClass, CATEGORY_ALLOWANCE__HOURS);
		createEAttribute(categoryAllowanceEClass, CATEGORY_ALLOWANCE__PER);

		individualAllowanceEClass = createEClass(INDIVIDUAL_ALLOWANCE);
		createEAttribute(individualAllowanceEClass, INDIVIDUAL_ALLOWANCE__ACTIVITY);
		createEAttribute(individualAllowanceEClass, INDIVIDUAL_ALLOWANCE__HOURS_PER_YEAR);
		createEAttribute(individualAllowanceEClass, INDIVIDUAL_ALLOWANCE__STAFF);

		supplyAssumptionEClass = createEClass(SUPPLY_ASSUMPTION);
		createEReference(supplyAssumptionEClass, SUPPLY_ASSUMPTION__ROLE);
		createEReference(supplyAssumptionEClass, SUPPLY_ASSUMPTION__UNIT);
		createEAttribute(supplyAssumptionEClass, SUPPLY_ASSUMPTION__START_FTE);
		createEAttribute(supplyAssumptionEClass, SUPPLY_ASSUMPTION__LEAVER_RATE);
		createEAttribute(supplyAssumptionEClass, SUPPLY_ASSUMPTION__LEAVER_RATE_HIGH);
		createEAttribute(supplyAssumptionEClass, SUPPLY_ASSUMPTION__RETIREMENT_RATE);
		createEAttribute(supplyAssumptionEClass, SUPPLY_ASSUMPTION__RETIREMENT_RATE_HIGH);
		createEAttribute(supplyAssumptionEClass, SUPPLY_ASSUMPTION__JOINERS_PER_YEAR);
		createEAttribute(supplyAssumptionEClass, SUPPLY_ASSUMPTION__JOINERS_PER_YEAR_HIGH);
		createEAttribute(supplyAssumptionEClass, SUPPLY_ASSUMPTION__TRAINEES_PER_YEAR);
		createEAttribute(supplyAssumptionEClass, SUPPLY_ASSUMPTION__TRAINEE_INTAKE);
		createEAttribute(supplyAssumptionEClass, SUPPLY_ASSUMPTION__COURSE_YEARS);
		createEAttribute(supplyAssumptionEClass, SUPPLY_ASSUMPTION__COMPLETION_RATE);
		createEAttribute(supplyAssumptionEClass, SUPPLY_ASSUMPTION__INTERNAL_MOVES);
		createEAttribute(supplyAssumptionEClass, SUPPLY_ASSUMPTION__YEARS);

		// Create enums
		areaKindEEnum = createEEnum(AREA_KIND);
		cohortKindEEnum = createEEnum(COHORT_KIND);
		sectorEEnum = createEEnum(SECTOR);
		proficiencyLevelEEnum = createEEnum(PROFICIENCY_LEVEL);
		teamKindEEnum = createEEnum(TEAM_KIND);
		interactionKindEEnum = createEEnum(INTERACTION_KIND);
		boundaryKindEEnum = createEEnum(BOUNDARY_KIND);
		arrangementKindEEnum = createEEnum(ARRANGEMENT_KIND);
		accountabilityKindEEnum = createEEnum(ACCOUNTABILITY_KIND);
		raciCodeEEnum = createEEnum(RACI_CODE);
		allowancePeriodEEnum = createEEnum(ALLOWANCE_PERIOD);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		elementEClass.getESuperTypes().add(this.getIdentified());
		suppressionEClass.getESuperTypes().add(this.getIdentified());
		partyEClass.getESuperTypes().add(this.getElement());
		intdModelEClass.getESuperTypes().add(this.getElement());
		areaEClass.getESuperTypes().add(this.getElement());
		populationCohortEClass.getESuperTypes().add(this.getElement());
		needEClass.getESuperTypes().add(this.getElement());
		organisationEClass.getESuperTypes().add(this.getParty());
		termsAndConditionsEClass.getESuperTypes().add(this.getElement());
		capabilityEClass.getESuperTypes().add(this.getElement());
		capabilityLevelEClass.getESuperTypes().add(this.getIdentified());
		courseEClass.getESuperTypes().add(this.getElement());
		payBandEClass.getESuperTypes().add(this.getElement());
		transitionWaveEClass.getESuperTypes().add(this.getElement());
		roleEClass.getESuperTypes().add(this.getParty());
		postEClass.getESuperTypes().add(this.getParty());
		allocationEClass.getESuperTypes().add(this.getIdentified());
		teamEClass.getESuperTypes().add(this.getParty());
		interactionEClass.getESuperTypes().add(this.getElement());
		boundaryEClass.getESuperTypes().add(this.getElement());
		arrangementEClass.getESuperTypes().add(this.getElement());
		accountabilityItemEClass.getESuperTypes().add(this.getElement());
		raciAssignmentEClass.getESuperTypes().add(this.getIdentified());
		wisnStudyEClass.getESuperTypes().add(this.getElement());
		serviceActivityEClass.getESuperTypes().add(this.getIdentified());
		categoryAllowanceEClass.getESuperTypes().add(this.getIdentified());
		individualAllowanceEClass.getESuperTypes().add(this.getIdentified());
		supplyAssumptionEClass.getESuperTypes().add(this.getElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiedEClass, Identified.class, "Identified", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentified_Id(), ecorePackage.getEString(), "id", null, 0, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(elementEClass, Element.class, "Element", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getElement_Name(), ecorePackage.getEString(), "name", null, 0, 1, Element.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElement_Code(), ecorePackage.getEString(), "code", null, 0, 1, Element.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElement_Description(), ecorePackage.getEString(), "description", null, 0, 1, Element.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getElement_Properties(), this.getProperty(), null, "properties", null, 0, -1, Element.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getElement_Suppressions(), this.getSuppression(), null, "suppressions", null, 0, -1, Element.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(propertyEClass, Property.class, "Property", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProperty_Key(), ecorePackage.getEString(), "key", null, 0, 1, Property.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProperty_Value(), ecorePackage.getEString(), "value", null, 0, 1, Property.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(suppressionEClass, Suppression.class, "Suppression", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSuppression_RuleId(), ecorePackage.getEString(), "ruleId", null, 0, 1, Suppression.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSuppression_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, Suppression.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSuppression_SuppressedBy(), ecorePackage.getEString(), "suppressedBy", null, 0, 1, Suppression.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSuppression_Date(), ecorePackage.getEString(), "date", null, 0, 1, Suppression.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(partyEClass, Party.class, "Party", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(intdModelEClass, IntdModel.class, "IntdModel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIntdModel_FormatVersion(), ecorePackage.getEString(), "formatVersion", "1.0", 0, 1, IntdModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIntdModel_Baseline(), ecorePackage.getEString(), "baseline", null, 0, 1, IntdModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIntdModel_Areas(), this.getArea(), null, "areas", null, 0, -1, IntdModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIntdModel_Organisations(), this.getOrganisation(), null, "organisations", null, 0, -1, IntdModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIntdModel_Capabilities(), this.getCapability(), null, "capabilities", null, 0, -1, IntdModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIntdModel_Roles(), this.getRole(), null, "roles", null, 0, -1, IntdModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIntdModel_Posts(), this.getPost(), null, "posts", null, 0, -1, IntdModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIntdModel_Teams(), this.getTeam(), null, "teams", null, 0, -1, IntdModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIntdModel_Accountabilities(), this.getAccountabilityItem(), null, "accountabilities", null, 0, -1, IntdModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIntdModel_Boundaries(), this.getBoundary(), null, "boundaries", null, 0, -1, IntdModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIntdModel_Arrangements(), this.getArrangement(), null, "arrangements", null, 0, -1, IntdModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIntdModel_Interactions(), this.getInteraction(), null, "interactions", null, 0, -1, IntdModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIntdModel_WisnStudies(), this.getWisnStudy(), null, "wisnStudies", null, 0, -1, IntdModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIntdModel_SupplyAssumptions(), this.getSupplyAssumption(), null, "supplyAssumptions", null, 0, -1, IntdModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIntdModel_Courses(), this.getCourse(), null, "courses", null, 0, -1, IntdModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIntdModel_PayBands(), this.getPayBand(), null, "payBands", null, 0, -1, IntdModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIntdModel_TransitionWaves(), this.getTransitionWave(), null, "transitionWaves", null, 0, -1, IntdModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(areaEClass, Area.class, "Area", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getArea_Kind(), this.getAreaKind(), "kind", null, 0, 1, Area.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArea_Population(), ecorePackage.getEInt(), "population", null, 0, 1, Area.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArea_GrowthRate(), ecorePackage.getEDouble(), "growthRate", null, 0, 1, Area.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getArea_SubAreas(), this.getArea(), null, "subAreas", null, 0, -1, Area.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getArea_Cohorts(), this.getPopulationCohort(), null, "cohorts", null, 0, -1, Area.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(populationCohortEClass, PopulationCohort.class, "PopulationCohort", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPopulationCohort_Kind(), this.getCohortKind(), "kind", null, 0, 1, PopulationCohort.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPopulationCohort_Size(), ecorePackage.getEInt(), "size", null, 0, 1, PopulationCohort.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPopulationCohort_GrowthRate(), ecorePackage.getEDouble(), "growthRate", null, 0, 1, PopulationCohort.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPopulationCohort_Needs(), this.getNeed(), null, "needs", null, 0, -1, PopulationCohort.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(needEClass, Need.class, "Need", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNeed_Priority(), ecorePackage.getEInt(), "priority", null, 0, 1, Need.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNeed_RequiredCapabilities(), this.getCapability(), null, "requiredCapabilities", null, 0, -1, Need.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(organisationEClass, Organisation.class, "Organisation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOrganisation_Sector(), this.getSector(), "sector", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOrganisation_Terms(), this.getTermsAndConditions(), null, "terms", null, 0, -1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(termsAndConditionsEClass, TermsAndConditions.class, "TermsAndConditions", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTermsAndConditions_PayScale(), ecorePackage.getEString(), "payScale", null, 0, 1, TermsAndConditions.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTermsAndConditions_WeeklyHours(), ecorePackage.getEDouble(), "weeklyHours", null, 0, 1, TermsAndConditions.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTermsAndConditions_AnnualLeaveDays(), ecorePackage.getEDouble(), "annualLeaveDays", null, 0, 1, TermsAndConditions.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTermsAndConditions_Roles(), this.getRole(), null, "roles", null, 0, -1, TermsAndConditions.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(capabilityEClass, Capability.class, "Capability", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCapability_Category(), ecorePackage.getEString(), "category", null, 0, 1, Capability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCapability_Generalist(), ecorePackage.getEBoolean(), "generalist", null, 0, 1, Capability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(capabilityLevelEClass, CapabilityLevel.class, "CapabilityLevel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCapabilityLevel_Capability(), this.getCapability(), null, "capability", null, 0, 1, CapabilityLevel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCapabilityLevel_Level(), this.getProficiencyLevel(), "level", null, 0, 1, CapabilityLevel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCapabilityLevel_People(), ecorePackage.getEInt(), "people", "1", 0, 1, CapabilityLevel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(courseEClass, Course.class, "Course", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCourse_Capability(), this.getCapability(), null, "capability", null, 0, 1, Course.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCourse_Level(), this.getProficiencyLevel(), "level", null, 0, 1, Course.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCourse_Hours(), ecorePackage.getEDouble(), "hours", null, 0, 1, Course.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCourse_Cost(), ecorePackage.getEDouble(), "cost", null, 0, 1, Course.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCourse_Provider(), ecorePackage.getEString(), "provider", null, 0, 1, Course.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCourse_Joint(), ecorePackage.getEBoolean(), "joint", null, 0, 1, Course.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(payBandEClass, PayBand.class, "PayBand", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPayBand_Scale(), ecorePackage.getEString(), "scale", null, 0, 1, PayBand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPayBand_Band(), ecorePackage.getEString(), "band", null, 0, 1, PayBand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPayBand_AnnualCost(), ecorePackage.getEDouble(), "annualCost", null, 0, 1, PayBand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPayBand_Sector(), this.getSector(), "sector", null, 0, 1, PayBand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(transitionWaveEClass, TransitionWave.class, "TransitionWave", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTransitionWave_EffectiveDate(), ecorePackage.getEString(), "effectiveDate", null, 0, 1, TransitionWave.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTransitionWave_Owner(), ecorePackage.getEString(), "owner", null, 0, 1, TransitionWave.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTransitionWave_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, TransitionWave.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTransitionWave_ElementIds(), ecorePackage.getEString(), "elementIds", null, 0, -1, TransitionWave.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(roleEClass, Role.class, "Role", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRole_Profession(), ecorePackage.getEString(), "profession", null, 0, 1, Role.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRole_Sector(), this.getSector(), "sector", null, 0, 1, Role.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRole_Clinical(), ecorePackage.getEBoolean(), "clinical", null, 0, 1, Role.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRole_NewRole(), ecorePackage.getEBoolean(), "newRole", null, 0, 1, Role.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRole_Arrs(), ecorePackage.getEBoolean(), "arrs", null, 0, 1, Role.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRole_Capabilities(), this.getCapabilityLevel(), null, "capabilities", null, 0, -1, Role.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(postEClass, Post.class, "Post", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPost_Role(), this.getRole(), null, "role", null, 0, 1, Post.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPost_Employer(), this.getOrganisation(), null, "employer", null, 0, 1, Post.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPost_Fte(), ecorePackage.getEDouble(), "fte", "1.0", 0, 1, Post.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPost_Band(), ecorePackage.getEString(), "band", null, 0, 1, Post.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPost_Holder(), ecorePackage.getEString(), "holder", null, 0, 1, Post.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPost_Vacant(), ecorePackage.getEBoolean(), "vacant", null, 0, 1, Post.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getPost_TopOfOrganisation(), ecorePackage.getEBoolean(), "topOfOrganisation", null, 0, 1, Post.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPost_LineManager(), this.getPost(), null, "lineManager", null, 0, 1, Post.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPost_Supervisor(), this.getPost(), null, "supervisor", null, 0, 1, Post.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPost_HostArrangement(), this.getArrangement(), null, "hostArrangement", null, 0, 1, Post.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPost_Terms(), this.getTermsAndConditions(), null, "terms", null, 0, 1, Post.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPost_Allocations(), this.getAllocation(), null, "allocations", null, 0, -1, Post.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPost_Capabilities(), this.getCapabilityLevel(), null, "capabilities", null, 0, -1, Post.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(allocationEClass, Allocation.class, "Allocation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAllocation_Team(), this.getTeam(), null, "team", null, 0, 1, Allocation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAllocation_Fte(), ecorePackage.getEDouble(), "fte", null, 0, 1, Allocation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(teamEClass, Team.class, "Team", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTeam_Kind(), this.getTeamKind(), "kind", null, 0, 1, Team.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTeam_Purpose(), ecorePackage.getEString(), "purpose", null, 0, 1, Team.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTeam_Lead(), this.getPost(), null, "lead", null, 0, 1, Team.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTeam_Area(), this.getArea(), null, "area", null, 0, 1, Team.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTeam_Host(), this.getOrganisation(), null, "host", null, 0, 1, Team.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTeam_ServedCohorts(), this.getPopulationCohort(), null, "servedCohorts", null, 0, -1, Team.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTeam_SubTeams(), this.getTeam(), null, "subTeams", null, 0, -1, Team.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTeam_RequiredCapabilities(), this.getCapabilityLevel(), null, "requiredCapabilities", null, 0, -1, Team.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interactionEClass, Interaction.class, "Interaction", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInteraction_Kind(), this.getInteractionKind(), "kind", null, 0, 1, Interaction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInteraction_Source(), this.getTeam(), null, "source", null, 0, 1, Interaction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInteraction_Target(), this.getTeam(), null, "target", null, 0, 1, Interaction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(boundaryEClass, Boundary.class, "Boundary", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBoundary_Kind(), this.getBoundaryKind(), "kind", null, 0, 1, Boundary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBoundary_Members(), this.getElement(), null, "members", null, 0, -1, Boundary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(arrangementEClass, Arrangement.class, "Arrangement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getArrangement_Kind(), this.getArrangementKind(), "kind", null, 0, 1, Arrangement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getArrangement_Parties(), this.getOrganisation(), null, "parties", null, 0, -1, Arrangement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getArrangement_Host(), this.getOrganisation(), null, "host", null, 0, 1, Arrangement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getArrangement_Boundary(), this.getBoundary(), null, "boundary", null, 0, 1, Arrangement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getArrangement_Covers(), this.getElement(), null, "covers", null, 0, -1, Arrangement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(accountabilityItemEClass, AccountabilityItem.class, "AccountabilityItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAccountabilityItem_Kind(), this.getAccountabilityKind(), "kind", null, 0, 1, AccountabilityItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccountabilityItem_Team(), this.getTeam(), null, "team", null, 0, 1, AccountabilityItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccountabilityItem_Assignments(), this.getRaciAssignment(), null, "assignments", null, 0, -1, AccountabilityItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(raciAssignmentEClass, RaciAssignment.class, "RaciAssignment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRaciAssignment_Party(), this.getParty(), null, "party", null, 0, 1, RaciAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRaciAssignment_Code(), this.getRaciCode(), "code", null, 0, 1, RaciAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(wisnStudyEClass, WisnStudy.class, "WisnStudy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getWisnStudy_Role(), this.getRole(), null, "role", null, 0, 1, WisnStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWisnStudy_Unit(), this.getElement(), null, "unit", null, 0, 1, WisnStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWisnStudy_EachNeighbourhood(), ecorePackage.getEBoolean(), "eachNeighbourhood", null, 0, 1, WisnStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWisnStudy_WorkingDays(), ecorePackage.getEDouble(), "workingDays", null, 0, 1, WisnStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWisnStudy_PublicHolidays(), ecorePackage.getEDouble(), "publicHolidays", null, 0, 1, WisnStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWisnStudy_AnnualLeave(), ecorePackage.getEDouble(), "annualLeave", null, 0, 1, WisnStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWisnStudy_SickLeave(), ecorePackage.getEDouble(), "sickLeave", null, 0, 1, WisnStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWisnStudy_OtherLeave(), ecorePackage.getEDouble(), "otherLeave", null, 0, 1, WisnStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWisnStudy_HoursPerDay(), ecorePackage.getEDouble(), "hoursPerDay", null, 0, 1, WisnStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWisnStudy_HoursPerWeek(), ecorePackage.getEDouble(), "hoursPerWeek", null, 0, 1, WisnStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWisnStudy_CurrentStaff(), ecorePackage.getEDouble(), "currentStaff", null, 0, 1, WisnStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWisnStudy_ObservedSickLeave(), ecorePackage.getEBoolean(), "observedSickLeave", null, 0, 1, WisnStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWisnStudy_Activities(), this.getServiceActivity(), null, "activities", null, 0, -1, WisnStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWisnStudy_CategoryAllowances(), this.getCategoryAllowance(), null, "categoryAllowances", null, 0, -1, WisnStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWisnStudy_IndividualAllowances(), this.getIndividualAllowance(), null, "individualAllowances", null, 0, -1, WisnStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(serviceActivityEClass, ServiceActivity.class, "ServiceActivity", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getServiceActivity_Activity(), ecorePackage.getEString(), "activity", null, 0, 1, ServiceActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceActivity_UnitMinutes(), ecorePackage.getEDouble(), "unitMinutes", null, 0, 1, ServiceActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceActivity_RatePerHour(), ecorePackage.getEDouble(), "ratePerHour", null, 0, 1, ServiceActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceActivity_AnnualWorkload(), ecorePackage.getEDouble(), "annualWorkload", null, 0, 1, ServiceActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServiceActivity_Cohort(), this.getPopulationCohort(), null, "cohort", null, 0, 1, ServiceActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceActivity_PerPerson(), ecorePackage.getEDouble(), "perPerson", null, 0, 1, ServiceActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(categoryAllowanceEClass, CategoryAllowance.class, "CategoryAllowance", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCategoryAllowance_Activity(), ecorePackage.getEString(), "activity", null, 0, 1, CategoryAllowance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCategoryAllowance_Percent(), ecorePackage.getEDouble(), "percent", null, 0, 1, CategoryAllowance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCategoryAllowance_Hours(), ecorePackage.getEDouble(), "hours", null, 0, 1, CategoryAllowance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCategoryAllowance_Per(), this.getAllowancePeriod(), "per", null, 0, 1, CategoryAllowance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(individualAllowanceEClass, IndividualAllowance.class, "IndividualAllowance", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIndividualAllowance_Activity(), ecorePackage.getEString(), "activity", null, 0, 1, IndividualAllowance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndividualAllowance_HoursPerYear(), ecorePackage.getEDouble(), "hoursPerYear", null, 0, 1, IndividualAllowance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndividualAllowance_Staff(), ecorePackage.getEDouble(), "staff", null, 0, 1, IndividualAllowance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(supplyAssumptionEClass, SupplyAssumption.class, "SupplyAssumption", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSupplyAssumption_Role(), this.getRole(), null, "role", null, 0, 1, SupplyAssumption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSupplyAssumption_Unit(), this.getElement(), null, "unit", null, 0, 1, SupplyAssumption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplyAssumption_StartFte(), ecorePackage.getEDouble(), "startFte", null, 0, 1, SupplyAssumption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplyAssumption_LeaverRate(), ecorePackage.getEDouble(), "leaverRate", null, 0, 1, SupplyAssumption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplyAssumption_LeaverRateHigh(), ecorePackage.getEDouble(), "leaverRateHigh", null, 0, 1, SupplyAssumption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplyAssumption_RetirementRate(), ecorePackage.getEDouble(), "retirementRate", null, 0, 1, SupplyAssumption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplyAssumption_RetirementRateHigh(), ecorePackage.getEDouble(), "retirementRateHigh", null, 0, 1, SupplyAssumption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplyAssumption_JoinersPerYear(), ecorePackage.getEDouble(), "joinersPerYear", null, 0, 1, SupplyAssumption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplyAssumption_JoinersPerYearHigh(), ecorePackage.getEDouble(), "joinersPerYearHigh", null, 0, 1, SupplyAssumption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplyAssumption_TraineesPerYear(), ecorePackage.getEDouble(), "traineesPerYear", null, 0, 1, SupplyAssumption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplyAssumption_TraineeIntake(), ecorePackage.getEDouble(), "traineeIntake", null, 0, 1, SupplyAssumption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplyAssumption_CourseYears(), ecorePackage.getEInt(), "courseYears", null, 0, 1, SupplyAssumption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplyAssumption_CompletionRate(), ecorePackage.getEDouble(), "completionRate", "100.0", 0, 1, SupplyAssumption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplyAssumption_InternalMoves(), ecorePackage.getEDouble(), "internalMoves", null, 0, 1, SupplyAssumption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplyAssumption_Years(), ecorePackage.getEInt(), "years", "10", 0, 1, SupplyAssumption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(areaKindEEnum, AreaKind.class, "AreaKind");
		addEEnumLiteral(areaKindEEnum, AreaKind.ICS);
		addEEnumLiteral(areaKindEEnum, AreaKind.PLACE);
		addEEnumLiteral(areaKindEEnum, AreaKind.NEIGHBOURHOOD);

		initEEnum(cohortKindEEnum, CohortKind.class, "CohortKind");
		addEEnumLiteral(cohortKindEEnum, CohortKind.FRAILTY);
		addEEnumLiteral(cohortKindEEnum, CohortKind.CHILDREN_AND_FAMILIES);
		addEEnumLiteral(cohortKindEEnum, CohortKind.COMPLEX_NEEDS);
		addEEnumLiteral(cohortKindEEnum, CohortKind.END_OF_LIFE);
		addEEnumLiteral(cohortKindEEnum, CohortKind.MENTAL_HEALTH);
		addEEnumLiteral(cohortKindEEnum, CohortKind.LONG_TERM_CONDITIONS);
		addEEnumLiteral(cohortKindEEnum, CohortKind.OTHER);

		initEEnum(sectorEEnum, Sector.class, "Sector");
		addEEnumLiteral(sectorEEnum, Sector.GENERAL_PRACTICE);
		addEEnumLiteral(sectorEEnum, Sector.COMMUNITY_HEALTH);
		addEEnumLiteral(sectorEEnum, Sector.MENTAL_HEALTH);
		addEEnumLiteral(sectorEEnum, Sector.ACUTE);
		addEEnumLiteral(sectorEEnum, Sector.SOCIAL_CARE);
		addEEnumLiteral(sectorEEnum, Sector.CHILDRENS_SERVICES);
		addEEnumLiteral(sectorEEnum, Sector.COMMUNITY_PHARMACY);
		addEEnumLiteral(sectorEEnum, Sector.VCFSE);
		addEEnumLiteral(sectorEEnum, Sector.VOLUNTEERS);
		addEEnumLiteral(sectorEEnum, Sector.INFORMAL_CARERS);
		addEEnumLiteral(sectorEEnum, Sector.OTHER);

		initEEnum(proficiencyLevelEEnum, ProficiencyLevel.class, "ProficiencyLevel");
		addEEnumLiteral(proficiencyLevelEEnum, ProficiencyLevel.AWARENESS);
		addEEnumLiteral(proficiencyLevelEEnum, ProficiencyLevel.WORKING);
		addEEnumLiteral(proficiencyLevelEEnum, ProficiencyLevel.PRACTITIONER);
		addEEnumLiteral(proficiencyLevelEEnum, ProficiencyLevel.EXPERT);

		initEEnum(teamKindEEnum, TeamKind.class, "TeamKind");
		addEEnumLiteral(teamKindEEnum, TeamKind.CORE);
		addEEnumLiteral(teamKindEEnum, TeamKind.MDT);
		addEEnumLiteral(teamKindEEnum, TeamKind.SPECIALIST);
		addEEnumLiteral(teamKindEEnum, TeamKind.WIDER_PARTNER);
		addEEnumLiteral(teamKindEEnum, TeamKind.ENABLING);

		initEEnum(interactionKindEEnum, InteractionKind.class, "InteractionKind");
		addEEnumLiteral(interactionKindEEnum, InteractionKind.COLLABORATION);
		addEEnumLiteral(interactionKindEEnum, InteractionKind.SERVICE);
		addEEnumLiteral(interactionKindEEnum, InteractionKind.FACILITATION);

		initEEnum(boundaryKindEEnum, BoundaryKind.class, "BoundaryKind");
		addEEnumLiteral(boundaryKindEEnum, BoundaryKind.ORGANISATIONAL);
		addEEnumLiteral(boundaryKindEEnum, BoundaryKind.PROFESSIONAL);
		addEEnumLiteral(boundaryKindEEnum, BoundaryKind.SECTOR);
		addEEnumLiteral(boundaryKindEEnum, BoundaryKind.GEOGRAPHIC);

		initEEnum(arrangementKindEEnum, ArrangementKind.class, "ArrangementKind");
		addEEnumLiteral(arrangementKindEEnum, ArrangementKind.HOSTING);
		addEEnumLiteral(arrangementKindEEnum, ArrangementKind.LINE_MANAGEMENT);
		addEEnumLiteral(arrangementKindEEnum, ArrangementKind.PROFESSIONAL_SUPERVISION);
		addEEnumLiteral(arrangementKindEEnum, ArrangementKind.INFORMATION_SHARING);
		addEEnumLiteral(arrangementKindEEnum, ArrangementKind.SHARED_GOVERNANCE);

		initEEnum(accountabilityKindEEnum, AccountabilityKind.class, "AccountabilityKind");
		addEEnumLiteral(accountabilityKindEEnum, AccountabilityKind.CARE_FUNCTION);
		addEEnumLiteral(accountabilityKindEEnum, AccountabilityKind.DECISION);
		addEEnumLiteral(accountabilityKindEEnum, AccountabilityKind.OUTCOME);
		addEEnumLiteral(accountabilityKindEEnum, AccountabilityKind.RISK);

		initEEnum(raciCodeEEnum, RaciCode.class, "RaciCode");
		addEEnumLiteral(raciCodeEEnum, RaciCode.R);
		addEEnumLiteral(raciCodeEEnum, RaciCode.A);
		addEEnumLiteral(raciCodeEEnum, RaciCode.S);
		addEEnumLiteral(raciCodeEEnum, RaciCode.C);
		addEEnumLiteral(raciCodeEEnum, RaciCode.I);

		initEEnum(allowancePeriodEEnum, AllowancePeriod.class, "AllowancePeriod");
		addEEnumLiteral(allowancePeriodEEnum, AllowancePeriod.DAY);
		addEEnumLiteral(allowancePeriodEEnum, AllowancePeriod.WEEK);
		addEEnumLiteral(allowancePeriodEEnum, AllowancePeriod.MONTH);
		addEEnumLiteral(allowancePeriodEEnum, AllowancePeriod.YEAR);

		// Create resource
		createResource(eNS_URI);
	}

} //IntdPackageImpl
