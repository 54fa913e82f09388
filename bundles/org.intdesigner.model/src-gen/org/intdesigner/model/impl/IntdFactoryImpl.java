/**
 */
package org.intdesigner.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.intdesigner.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class IntdFactoryImpl extends EFactoryImpl implements IntdFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static IntdFactory init() {
		try {
			IntdFactory theIntdFactory = (IntdFactory)EPackage.Registry.INSTANCE.getEFactory(IntdPackage.eNS_URI);
			if (theIntdFactory != null) {
				return theIntdFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new IntdFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IntdFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case IntdPackage.PROPERTY: return createProperty();
			case IntdPackage.SUPPRESSION: return createSuppression();
			case IntdPackage.INTD_MODEL: return createIntdModel();
			case IntdPackage.AREA: return createArea();
			case IntdPackage.POPULATION_COHORT: return createPopulationCohort();
			case IntdPackage.NEED: return createNeed();
			case IntdPackage.ORGANISATION: return createOrganisation();
			case IntdPackage.TERMS_AND_CONDITIONS: return createTermsAndConditions();
			case IntdPackage.CAPABILITY: return createCapability();
			case IntdPackage.CAPABILITY_LEVEL: return createCapabilityLevel();
			case IntdPackage.COURSE: return createCourse();
			case IntdPackage.PAY_BAND: return createPayBand();
			case IntdPackage.TRANSITION_WAVE: return createTransitionWave();
			case IntdPackage.ROLE: return createRole();
			case IntdPackage.POST: return createPost();
			case IntdPackage.ALLOCATION: return createAllocation();
			case IntdPackage.TEAM: return createTeam();
			case IntdPackage.INTERACTION: return createInteraction();
			case IntdPackage.BOUNDARY: return createBoundary();
			case IntdPackage.ARRANGEMENT: return createArrangement();
			case IntdPackage.ACCOUNTABILITY_ITEM: return createAccountabilityItem();
			case IntdPackage.RACI_ASSIGNMENT: return createRaciAssignment();
			case IntdPackage.WISN_STUDY: return createWisnStudy();
			case IntdPackage.SERVICE_ACTIVITY: return createServiceActivity();
			case IntdPackage.CATEGORY_ALLOWANCE: return createCategoryAllowance();
			case IntdPackage.INDIVIDUAL_ALLOWANCE: return createIndividualAllowance();
			case IntdPackage.SUPPLY_ASSUMPTION: return createSupplyAssumption();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case IntdPackage.AREA_KIND:
				return createAreaKindFromString(eDataType, initialValue);
			case IntdPackage.COHORT_KIND:
				return createCohortKindFromString(eDataType, initialValue);
			case IntdPackage.SECTOR:
				return createSectorFromString(eDataType, initialValue);
			case IntdPackage.PROFICIENCY_LEVEL:
				return createProficiencyLevelFromString(eDataType, initialValue);
			case IntdPackage.TEAM_KIND:
				return createTeamKindFromString(eDataType, initialValue);
			case IntdPackage.INTERACTION_KIND:
				return createInteractionKindFromString(eDataType, initialValue);
			case IntdPackage.BOUNDARY_KIND:
				return createBoundaryKindFromString(eDataType, initialValue);
			case IntdPackage.ARRANGEMENT_KIND:
				return createArrangementKindFromString(eDataType, initialValue);
			case IntdPackage.ACCOUNTABILITY_KIND:
				return createAccountabilityKindFromString(eDataType, initialValue);
			case IntdPackage.RACI_CODE:
				return createRaciCodeFromString(eDataType, initialValue);
			case IntdPackage.ALLOWANCE_PERIOD:
				return createAllowancePeriodFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case IntdPackage.AREA_KIND:
				return convertAreaKindToString(eDataType, instanceValue);
			case IntdPackage.COHORT_KIND:
				return convertCohortKindToString(eDataType, instanceValue);
			case IntdPackage.SECTOR:
				return convertSectorToString(eDataType, instanceValue);
			case IntdPackage.PROFICIENCY_LEVEL:
				return convertProficiencyLevelToString(eDataType, instanceValue);
			case IntdPackage.TEAM_KIND:
				return convertTeamKindToString(eDataType, instanceValue);
			case IntdPackage.INTERACTION_KIND:
				return convertInteractionKindToString(eDataType, instanceValue);
			case IntdPackage.BOUNDARY_KIND:
				return convertBoundaryKindToString(eDataType, instanceValue);
			case IntdPackage.ARRANGEMENT_KIND:
				return convertArrangementKindToString(eDataType, instanceValue);
			case IntdPackage.ACCOUNTABILITY_KIND:
				return convertAccountabilityKindToString(eDataType, instanceValue);
			case IntdPackage.RACI_CODE:
				return convertRaciCodeToString(eDataType, instanceValue);
			case IntdPackage.ALLOWANCE_PERIOD:
				return convertAllowancePeriodToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Property createProperty() {
		PropertyImpl property = new PropertyImpl();
		return property;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Suppression createSuppression() {
		SuppressionImpl suppression = new SuppressionImpl();
		return suppression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntdModel createIntdModel() {
		IntdModelImpl intdModel = new IntdModelImpl();
		return intdModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Area createArea() {
		AreaImpl area = new AreaImpl();
		return area;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PopulationCohort createPopulationCohort() {
		PopulationCohortImpl populationCohort = new PopulationCohortImpl();
		return populationCohort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Need createNeed() {
		NeedImpl need = new NeedImpl();
		return need;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation createOrganisation() {
		OrganisationImpl organisation = new OrganisationImpl();
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TermsAndConditions createTermsAndConditions() {
		TermsAndConditionsImpl termsAndConditions = new TermsAndConditionsImpl();
		return termsAndConditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Capability createCapability() {
		CapabilityImpl capability = new CapabilityImpl();
		return capability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CapabilityLevel createCapabilityLevel() {
		CapabilityLevelImpl capabilityLevel = new CapabilityLevelImpl();
		return capabilityLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Course createCourse() {
		CourseImpl course = new CourseImpl();
		return course;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PayBand createPayBand() {
		PayBandImpl payBand = new PayBandImpl();
		return payBand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TransitionWave createTransitionWave() {
		TransitionWaveImpl transitionWave = new TransitionWaveImpl();
		return transitionWave;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Role createRole() {
		RoleImpl role = new RoleImpl();
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Post createPost() {
		PostImpl post = new PostImpl();
		return post;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Allocation createAllocation() {
		AllocationImpl allocation = new AllocationImpl();
		return allocation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Team createTeam() {
		TeamImpl team = new TeamImpl();
		return team;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Interaction createInteraction() {
		InteractionImpl interaction = new InteractionImpl();
		return interaction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boundary createBoundary() {
		BoundaryImpl boundary = new BoundaryImpl();
		return boundary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Arrangement createArrangement() {
		ArrangementImpl arrangement = new ArrangementImpl();
		return arrangement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AccountabilityItem createAccountabilityItem() {
		AccountabilityItemImpl accountabilityItem = new AccountabilityItemImpl();
		return accountabilityItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RaciAssignment createRaciAssignment() {
		RaciAssignmentImpl raciAssignment = new RaciAssignmentImpl();
		return raciAssignment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WisnStudy createWisnStudy() {
		WisnStudyImpl wisnStudy = new WisnStudyImpl();
		return wisnStudy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceActivity createServiceActivity() {
		ServiceActivityImpl serviceActivity = new ServiceActivityImpl();
		return serviceActivity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CategoryAllowance createCategoryAllowance() {
		CategoryAllowanceImpl categoryAllowance = new CategoryAllowanceImpl();
		return categoryAllowance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndividualAllowance createIndividualAllowance() {
		IndividualAllowanceImpl individualAllowance = new IndividualAllowanceImpl();
		return individualAllowance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SupplyAssumption createSupplyAssumption() {
		SupplyAssumptionImpl supplyAssumption = new SupplyAssumptionImpl();
		return supplyAssumption;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AreaKind createAreaKindFromString(EDataType eDataType, String initialValue) {
		AreaKind result = AreaKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAreaKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CohortKind createCohortKindFromString(EDataType eDataType, String initialValue) {
		CohortKind result = CohortKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCohortKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Sector createSectorFromString(EDataType eDataType, String initialValue) {
		Sector result = Sector.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSectorToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProficiencyLevel createProficiencyLevelFromString(EDataType eDataType, String initialValue) {
		ProficiencyLevel result = ProficiencyLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProficiencyLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TeamKind createTeamKindFromString(EDataType eDataType, String initialValue) {
		TeamKind result = TeamKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTeamKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InteractionKind createInteractionKindFromString(EDataType eDataType, String initialValue) {
		InteractionKind result = InteractionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInteractionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BoundaryKind createBoundaryKindFromString(EDataType eDataType, String initialValue) {
		BoundaryKind result = BoundaryKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBoundaryKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ArrangementKind createArrangementKindFromString(EDataType eDataType, String initialValue) {
		ArrangementKind result = ArrangementKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertArrangementKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AccountabilityKind createAccountabilityKindFromString(EDataType eDataType, String initialValue) {
		AccountabilityKind result = AccountabilityKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAccountabilityKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RaciCode createRaciCodeFromString(EDataType eDataType, String initialValue) {
		RaciCode result = RaciCode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRaciCodeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AllowancePeriod createAllowancePeriodFromString(EDataType eDataType, String initialValue) {
		AllowancePeriod result = AllowancePeriod.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAllowancePeriodToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntdPackage getIntdPackage() {
		return (IntdPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static IntdPackage getPackage() {
		return IntdPackage.eINSTANCE;
	}

} //IntdFactoryImpl
