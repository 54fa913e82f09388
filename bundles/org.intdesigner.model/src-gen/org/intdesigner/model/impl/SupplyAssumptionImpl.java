/**
 */
package org.intdesigner.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.intdesigner.model.Element;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Role;
import org.intdesigner.model.SupplyAssumption;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Supply Assumption</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.impl.SupplyAssumptionImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.SupplyAssumptionImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.SupplyAssumptionImpl#getStartFte <em>Start Fte</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.SupplyAssumptionImpl#getLeaverRate <em>Leaver Rate</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.SupplyAssumptionImpl#getLeaverRateHigh <em>Leaver Rate High</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.SupplyAssumptionImpl#getRetirementRate <em>Retirement Rate</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.SupplyAssumptionImpl#getRetirementRateHigh <em>Retirement Rate High</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.SupplyAssumptionImpl#getJoinersPerYear <em>Joiners Per Year</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.SupplyAssumptionImpl#getJoinersPerYearHigh <em>Joiners Per Year High</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.SupplyAssumptionImpl#getTraineesPerYear <em>Trainees Per Year</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.SupplyAssumptionImpl#getTraineeIntake <em>Trainee Intake</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.SupplyAssumptionImpl#getCourseYears <em>Course Years</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.SupplyAssumptionImpl#getCompletionRate <em>Completion Rate</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.SupplyAssumptionImpl#getInternalMoves <em>Internal Moves</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.SupplyAssumptionImpl#getYears <em>Years</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SupplyAssumptionImpl extends ElementImpl implements SupplyAssumption {
	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected Role role;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected Element unit;

	/**
	 * The default value of the '{@link #getStartFte() <em>Start Fte</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartFte()
	 * @generated
	 * @ordered
	 */
	protected static final double START_FTE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getStartFte() <em>Start Fte</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartFte()
	 * @generated
	 * @ordered
	 */
	protected double startFte = START_FTE_EDEFAULT;

	/**
	 * This is true if the Start Fte attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean startFteESet;

	/**
	 * The default value of the '{@link #getLeaverRate() <em>Leaver Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeaverRate()
	 * @generated
	 * @ordered
	 */
	protected static final double LEAVER_RATE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLeaverRate() <em>Leaver Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeaverRate()
	 * @generated
	 * @ordered
	 */
	protected double leaverRate = LEAVER_RATE_EDEFAULT;

	/**
	 * This is true if the Leaver Rate attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean leaverRateESet;

	/**
	 * The default value of the '{@link #getLeaverRateHigh() <em>Leaver Rate High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeaverRateHigh()
	 * @generated
	 * @ordered
	 */
	protected static final double LEAVER_RATE_HIGH_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLeaverRateHigh() <em>Leaver Rate High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeaverRateHigh()
	 * @generated
	 * @ordered
	 */
	protected double leaverRateHigh = LEAVER_RATE_HIGH_EDEFAULT;

	/**
	 * This is true if the Leaver Rate High attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean leaverRateHighESet;

	/**
	 * The default value of the '{@link #getRetirementRate() <em>Retirement Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetirementRate()
	 * @generated
	 * @ordered
	 */
	protected static final double RETIREMENT_RATE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getRetirementRate() <em>Retirement Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetirementRate()
	 * @generated
	 * @ordered
	 */
	protected double retirementRate = RETIREMENT_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRetirementRateHigh() <em>Retirement Rate High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetirementRateHigh()
	 * @generated
	 * @ordered
	 */
	protected static final double RETIREMENT_RATE_HIGH_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getRetirementRateHigh() <em>Retirement Rate High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetirementRateHigh()
	 * @generated
	 * @ordered
	 */
	protected double retirementRateHigh = RETIREMENT_RATE_HIGH_EDEFAULT;

	/**
	 * This is true if the Retirement Rate High attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean retirementRateHighESet;

	/**
	 * The default value of the '{@link #getJoinersPerYear() <em>Joiners Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJoinersPerYear()
	 * @generated
	 * @ordered
	 */
	protected static final double JOINERS_PER_YEAR_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getJoinersPerYear() <em>Joiners Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJoinersPerYear()
	 * @generated
	 * @ordered
	 */
	protected double joinersPerYear = JOINERS_PER_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getJoinersPerYearHigh() <em>Joiners Per Year High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJoinersPerYearHigh()
	 * @generated
	 * @ordered
	 */
	protected static final double JOINERS_PER_YEAR_HIGH_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getJoinersPerYearHigh() <em>Joiners Per Year High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJoinersPerYearHigh()
	 * @generated
	 * @ordered
	 */
	protected double joinersPerYearHigh = JOINERS_PER_YEAR_HIGH_EDEFAULT;

	/**
	 * This is true if the Joiners Per Year High attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean joinersPerYearHighESet;

	/**
	 * The default value of the '{@link #getTraineesPerYear() <em>Trainees Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTraineesPerYear()
	 * @generated
	 * @ordered
	 */
	protected static final double TRAINEES_PER_YEAR_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTraineesPerYear() <em>Trainees Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTraineesPerYear()
	 * @generated
	 * @ordered
	 */
	protected double traineesPerYear = TRAINEES_PER_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getTraineeIntake() <em>Trainee Intake</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTraineeIntake()
	 * @generated
	 * @ordered
	 */
	protected static final double TRAINEE_INTAKE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTraineeIntake() <em>Trainee Intake</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTraineeIntake()
	 * @generated
	 * @ordered
	 */
	protected double traineeIntake = TRAINEE_INTAKE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCourseYears() <em>Course Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCourseYears()
	 * @generated
	 * @ordered
	 */
	protected static final int COURSE_YEARS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCourseYears() <em>Course Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCourseYears()
	 * @generated
	 * @ordered
	 */
	protected int courseYears = COURSE_YEARS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCompletionRate() <em>Completion Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletionRate()
	 * @generated
	 * @ordered
	 */
	protected static final double COMPLETION_RATE_EDEFAULT = 100.0;

	/**
	 * The cached value of the '{@link #getCompletionRate() <em>Completion Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletionRate()
	 * @generated
	 * @ordered
	 */
	protected double completionRate = COMPLETION_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getInternalMoves() <em>Internal Moves</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInternalMoves()
	 * @generated
	 * @ordered
	 */
	protected static final double INTERNAL_MOVES_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getInternalMoves() <em>Internal Moves</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInternalMoves()
	 * @generated
	 * @ordered
	 */
	protected double internalMoves = INTERNAL_MOVES_EDEFAULT;

	/**
	 * The default value of the '{@link #getYears() <em>Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYears()
	 * @generated
	 * @ordered
	 */
	protected static final int YEARS_EDEFAULT = 10;

	/**
	 * The cached value of the '{@link #getYears() <em>Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYears()
	 * @generated
	 * @ordered
	 */
	protected int years = YEARS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SupplyAssumptionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return IntdPackage.Literals.SUPPLY_ASSUMPTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Role getRole() {
		if (role != null && role.eIsProxy()) {
			InternalEObject oldRole = (InternalEObject)role;
			role = (Role)eResolveProxy(oldRole);
			if (role != oldRole) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, IntdPackage.SUPPLY_ASSUMPTION__ROLE, oldRole, role));
			}
		}
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Role basicGetRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(Role newRole) {
		Role oldRole = role;
		role = newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.SUPPLY_ASSUMPTION__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Element getUnit() {
		if (unit != null && unit.eIsProxy()) {
			InternalEObject oldUnit = (InternalEObject)unit;
			unit = (Element)eResolveProxy(oldUnit);
			if (unit != oldUnit) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, IntdPackage.SUPPLY_ASSUMPTION__UNIT, oldUnit, unit));
			}
		}
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Element basicGetUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(Element newUnit) {
		Element oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.SUPPLY_ASSUMPTION__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getStartFte() {
		return startFte;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartFte(double newStartFte) {
		double oldStartFte = startFte;
		startFte = newStartFte;
		boolean oldStartFteESet = startFteESet;
		startFteESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.SUPPLY_ASSUMPTION__START_FTE, oldStartFte, startFte, !oldStartFteESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetStartFte() {
		double oldStartFte = startFte;
		boolean oldStartFteESet = startFteESet;
		startFte = START_FTE_EDEFAULT;
		startFteESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, IntdPackage.SUPPLY_ASSUMPTION__START_FTE, oldStartFte, START_FTE_EDEFAULT, oldStartFteESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetStartFte() {
		return startFteESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLeaverRate() {
		return leaverRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeaverRate(double newLeaverRate) {
		double oldLeaverRate = leaverRate;
		leaverRate = newLeaverRate;
		boolean oldLeaverRateESet = leaverRateESet;
		leaverRateESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.SUPPLY_ASSUMPTION__LEAVER_RATE, oldLeaverRate, leaverRate, !oldLeaverRateESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetLeaverRate() {
		double oldLeaverRate = leaverRate;
		boolean oldLeaverRateESet = leaverRateESet;
		leaverRate = LEAVER_RATE_EDEFAULT;
		leaverRateESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, IntdPackage.SUPPLY_ASSUMPTION__LEAVER_RATE, oldLeaverRate, LEAVER_RATE_EDEFAULT, oldLeaverRateESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetLeaverRate() {
		return leaverRateESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLeaverRateHigh() {
		return leaverRateHigh;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeaverRateHigh(double newLeaverRateHigh) {
		double oldLeaverRateHigh = leaverRateHigh;
		leaverRateHigh = newLeaverRateHigh;
		boolean oldLeaverRateHighESet = leaverRateHighESet;
		leaverRateHighESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.SUPPLY_ASSUMPTION__LEAVER_RATE_HIGH, oldLeaverRateHigh, leaverRateHigh, !oldLeaverRateHighESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetLeaverRateHigh() {
		double oldLeaverRateHigh = leaverRateHigh;
		boolean oldLeaverRateHighESet = leaverRateHighESet;
		leaverRateHigh = LEAVER_RATE_HIGH_EDEFAULT;
		leaverRateHighESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, IntdPackage.SUPPLY_ASSUMPTION__LEAVER_RATE_HIGH, oldLeaverRateHigh, LEAVER_RATE_HIGH_EDEFAULT, oldLeaverRateHighESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetLeaverRateHigh() {
		return leaverRateHighESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRetirementRate() {
		return retirementRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetirementRate(double newRetirementRate) {
		double oldRetirementRate = retirementRate;
		retirementRate = newRetirementRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.SUPPLY_ASSUMPTION__RETIREMENT_RATE, oldRetirementRate, retirementRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRetirementRateHigh() {
		return retirementRateHigh;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetirementRateHigh(double newRetirementRateHigh) {
		double oldRetirementRateHigh = retirementRateHigh;
		retirementRateHigh = newRetirementRateHigh;
		boolean oldRetirementRateHighESet = retirementRateHighESet;
		retirementRateHighESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.SUPPLY_ASSUMPTION__RETIREMENT_RATE_HIGH, oldRetirementRateHigh, retirementRateHigh, !oldRetirementRateHighESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetRetirementRateHigh() {
		double oldRetirementRateHigh = retirementRateHigh;
		boolean oldRetirementRateHighESet = retirementRateHighESet;
		retirementRateHigh = RETIREMENT_RATE_HIGH_EDEFAULT;
		retirementRateHighESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, IntdPackage.SUPPLY_ASSUMPTION__RETIREMENT_RATE_HIGH, oldRetirementRateHigh, RETIREMENT_RATE_HIGH_EDEFAULT, oldRetirementRateHighESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetRetirementRateHigh() {
		return retirementRateHighESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getJoinersPerYear() {
		return joinersPerYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJoinersPerYear(double newJoinersPerYear) {
		double oldJoinersPerYear = joinersPerYear;
		joinersPerYear = newJoinersPerYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.SUPPLY_ASSUMPTION__JOINERS_PER_YEAR, oldJoinersPerYear, joinersPerYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getJoinersPerYearHigh() {
		return joinersPerYearHigh;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJoinersPerYearHigh(double newJoinersPerYearHigh) {
		double oldJoinersPerYearHigh = joinersPerYearHigh;
		joinersPerYearHigh = newJoinersPerYearHigh;
		boolean oldJoinersPerYearHighESet = joinersPerYearHighESet;
		joinersPerYearHighESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.SUPPLY_ASSUMPTION__JOINERS_PER_YEAR_HIGH, oldJoinersPerYearHigh, joinersPerYearHigh, !oldJoinersPerYearHighESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetJoinersPerYearHigh() {
		double oldJoinersPerYearHigh = joinersPerYearHigh;
		boolean oldJoinersPerYearHighESet = joinersPerYearHighESet;
		joinersPerYearHigh = JOINERS_PER_YEAR_HIGH_EDEFAULT;
		joinersPerYearHighESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, IntdPackage.SUPPLY_ASSUMPTION__JOINERS_PER_YEAR_HIGH, oldJoinersPerYearHigh, JOINERS_PER_YEAR_HIGH_EDEFAULT, oldJoinersPerYearHighESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetJoinersPerYearHigh() {
		return joinersPerYearHighESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTraineesPerYear() {
		return traineesPerYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTraineesPerYear(double newTraineesPerYear) {
		double oldTraineesPerYear = traineesPerYear;
		traineesPerYear = newTraineesPerYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.SUPPLY_ASSUMPTION__TRAINEES_PER_YEAR, oldTraineesPerYear, traineesPerYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTraineeIntake() {
		return traineeIntake;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTraineeIntake(double newTraineeIntake) {
		double oldTraineeIntake = traineeIntake;
		traineeIntake = newTraineeIntake;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.SUPPLY_ASSUMPTION__TRAINEE_INTAKE, oldTraineeIntake, traineeIntake));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCourseYears() {
		return courseYears;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCourseYears(int newCourseYears) {
		int oldCourseYears = courseYears;
		courseYears = newCourseYears;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.SUPPLY_ASSUMPTION__COURSE_YEARS, oldCourseYears, courseYears));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCompletionRate() {
		return completionRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompletionRate(double newCompletionRate) {
		double oldCompletionRate = completionRate;
		completionRate = newCompletionRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.SUPPLY_ASSUMPTION__COMPLETION_RATE, oldCompletionRate, completionRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getInternalMoves() {
		return internalMoves;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInternalMoves(double newInternalMoves) {
		double oldInternalMoves = internalMoves;
		internalMoves = newInternalMoves;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.SUPPLY_ASSUMPTION__INTERNAL_MOVES, oldInternalMoves, internalMoves));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getYears() {
		return years;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYears(int newYears) {
		int oldYears = years;
		years = newYears;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.SUPPLY_ASSUMPTION__YEARS, oldYears, years));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case IntdPackage.SUPPLY_ASSUMPTION__ROLE:
				if (resolve) return getRole();
				return basicGetRole();
			case IntdPackage.SUPPLY_ASSUMPTION__UNIT:
				if (resolve) return getUnit();
				return basicGetUnit();
			case IntdPackage.SUPPLY_ASSUMPTION__START_FTE:
				return getStartFte();
			case IntdPackage.SUPPLY_ASSUMPTION__LEAVER_RATE:
				return getLeaverRate();
			case IntdPackage.SUPPLY_ASSUMPTION__LEAVER_RATE_HIGH:
				return getLeaverRateHigh();
			case IntdPackage.SUPPLY_ASSUMPTION__RETIREMENT_RATE:
				return getRetirementRate();
			case IntdPackage.SUPPLY_ASSUMPTION__RETIREMENT_RATE_HIGH:
				return getRetirementRateHigh();
			case IntdPackage.SUPPLY_ASSUMPTION__JOINERS_PER_YEAR:
				return getJoinersPerYear();
			case IntdPackage.SUPPLY_ASSUMPTION__JOINERS_PER_YEAR_HIGH:
				return getJoinersPerYearHigh();
			case IntdPackage.SUPPLY_ASSUMPTION__TRAINEES_PER_YEAR:
				return getTraineesPerYear();
			case IntdPackage.SUPPLY_ASSUMPTION__TRAINEE_INTAKE:
				return getTraineeIntake();
			case IntdPackage.SUPPLY_ASSUMPTION__COURSE_YEARS:
				return getCourseYears();
			case IntdPackage.SUPPLY_ASSUMPTION__COMPLETION_RATE:
				return getCompletionRate();
			case IntdPackage.SUPPLY_ASSUMPTION__INTERNAL_MOVES:
				return getInternalMoves();
			case IntdPackage.SUPPLY_ASSUMPTION__YEARS:
				return getYears();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case IntdPackage.SUPPLY_ASSUMPTION__ROLE:
				setRole((Role)newValue);
				return;
			case IntdPackage.SUPPLY_ASSUMPTION__UNIT:
				setUnit((Element)newValue);
				return;
			case IntdPackage.SUPPLY_ASSUMPTION__START_FTE:
				setStartFte((Double)newValue);
				return;
			case IntdPackage.SUPPLY_ASSUMPTION__LEAVER_RATE:
				setLeaverRate((Double)newValue);
				return;
			case IntdPackage.SUPPLY_ASSUMPTION__LEAVER_RATE_HIGH:
				setLeaverRateHigh((Double)newValue);
				return;
			case IntdPackage.SUPPLY_ASSUMPTION__RETIREMENT_RATE:
				setRetirementRate((Double)newValue);
				return;
			case IntdPackage.SUPPLY_ASSUMPTION__RETIREMENT_RATE_HIGH:
				setRetirementRateHigh((Double)newValue);
				return;
			case IntdPackage.SUPPLY_ASSUMPTION__JOINERS_PER_YEAR:
				setJoinersPerYear((Double)newValue);
				return;
			case IntdPackage.SUPPLY_ASSUMPTION__JOINERS_PER_YEAR_HIGH:
				setJoinersPerYearHigh((Double)newValue);
				return;
			case IntdPackage.SUPPLY_ASSUMPTION__TRAINEES_PER_YEAR:
				setTraineesPerYear((Double)newValue);
				return;
			case IntdPackage.SUPPLY_ASSUMPTION__TRAINEE_INTAKE:
				setTraineeIntake((Double)newValue);
				return;
			case IntdPackage.SUPPLY_ASSUMPTION__COURSE_YEARS:
				setCourseYears((Integer)newValue);
				return;
			case IntdPackage.SUPPLY_ASSUMPTION__COMPLETION_RATE:
				setCompletionRate((Double)newValue);
				return;
			case IntdPackage.SUPPLY_ASSUMPTION__INTERNAL_MOVES:
				setInternalMoves((Double)newValue);
				return;
			case IntdPackage.SUPPLY_ASSUMPTION__YEARS:
				setYears((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case IntdPackage.SUPPLY_ASSUMPTION__ROLE:
				setRole((Role)null);
				return;
			case IntdPackage.SUPPLY_ASSUMPTION__UNIT:
				setUnit((Element)null);
				return;
			case IntdPackage.SUPPLY_ASSUMPTION__START_FTE:
				unsetStartFte();
				return;
			case IntdPackage.SUPPLY_ASSUMPTION__LEAVER_RATE:
				unsetLeaverRate();
				return;
			case IntdPackage.SUPPLY_ASSUMPTION__LEAVER_RATE_HIGH:
				unsetLeaverRateHigh();
				return;
			case IntdPackage.SUPPLY_ASSUMPTION__RETIREMENT_RATE:
				setRetirementRate(RETIREMENT_RATE_EDEFAULT);
				return;
			case IntdPackage.SUPPLY_ASSUMPTION__RETIREMENT_RATE_HIGH:
				unsetRetirementRateHigh();
				return;
			case IntdPackage.SUPPLY_ASSUMPTION__JOINERS_PER_YEAR:
				setJoinersPerYear(JOINERS_PER_YEAR_EDEFAULT);
				return;
			case IntdPackage.SUPPLY_ASSUMPTION__JOINERS_PER_YEAR_HIGH:
				unsetJoinersPerYearHigh();
				return;
			case IntdPackage.SUPPLY_ASSUMPTION__TRAINEES_PER_YEAR:
				setTraineesPerYear(TRAINEES_PER_YEAR_EDEFAULT);
				return;
			case IntdPackage.SUPPLY_ASSUMPTION__TRAINEE_INTAKE:
				setTraineeIntake(TRAINEE_INTAKE_EDEFAULT);
				return;
			case IntdPackage.SUPPLY_ASSUMPTION__COURSE_YEARS:
				setCourseYears(COURSE_YEARS_EDEFAULT);
				return;
			case IntdPackage.SUPPLY_ASSUMPTION__COMPLETION_RATE:
				setCompletionRate(COMPLETION_RATE_EDEFAULT);
				return;
			case IntdPackage.SUPPLY_ASSUMPTION__INTERNAL_MOVES:
				setInternalMoves(INTERNAL_MOVES_EDEFAULT);
				return;
			case IntdPackage.SUPPLY_ASSUMPTION__YEARS:
				setYears(YEARS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case IntdPackage.SUPPLY_ASSUMPTION__ROLE:
				return role != null;
			case IntdPackage.SUPPLY_ASSUMPTION__UNIT:
				return unit != null;
			case IntdPackage.SUPPLY_ASSUMPTION__START_FTE:
				return isSetStartFte();
			case IntdPackage.SUPPLY_ASSUMPTION__LEAVER_RATE:
				return isSetLeaverRate();
			case IntdPackage.SUPPLY_ASSUMPTION__LEAVER_RATE_HIGH:
				return isSetLeaverRateHigh();
			case IntdPackage.SUPPLY_ASSUMPTION__RETIREMENT_RATE:
				return retirementRate != RETIREMENT_RATE_EDEFAULT;
			case IntdPackage.SUPPLY_ASSUMPTION__RETIREMENT_RATE_HIGH:
				return isSetRetirementRateHigh();
			case IntdPackage.SUPPLY_ASSUMPTION__JOINERS_PER_YEAR:
				return joinersPerYear != JOINERS_PER_YEAR_EDEFAULT;
			case IntdPackage.SUPPLY_ASSUMPTION__JOINERS_PER_YEAR_HIGH:
				return isSetJoinersPerYearHigh();
			case IntdPackage.SUPPLY_ASSUMPTION__TRAINEES_PER_YEAR:
				return traineesPerYear != TRAINEES_PER_YEAR_EDEFAULT;
			case IntdPackage.SUPPLY_ASSUMPTION__TRAINEE_INTAKE:
				return traineeIntake != TRAINEE_INTAKE_EDEFAULT;
			case IntdPackage.SUPPLY_ASSUMPTION__COURSE_YEARS:
				return courseYears != COURSE_YEARS_EDEFAULT;
			case IntdPackage.SUPPLY_ASSUMPTION__COMPLETION_RATE:
				return completionRate != COMPLETION_RATE_EDEFAULT;
			case IntdPackage.SUPPLY_ASSUMPTION__INTERNAL_MOVES:
				return internalMoves != INTERNAL_MOVES_EDEFAULT;
			case IntdPackage.SUPPLY_ASSUMPTION__YEARS:
				return years != YEARS_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (startFte: ");
		if (startFteESet) result.append(startFte); else result.append("<unset>");
		result.append(", leaverRate: ");
		if (leaverRateESet) result.append(leaverRate); else result.append("<unset>");
		result.append(", leaverRateHigh: ");
		if (leaverRateHighESet) result.append(leaverRateHigh); else result.append("<unset>");
		result.append(", retirementRate: ");
		result.append(retirementRate);
		result.append(", retirementRateHigh: ");
		if (retirementRateHighESet) result.append(retirementRateHigh); else result.append("<unset>");
		result.append(", joinersPerYear: ");
		result.append(joinersPerYear);
		result.append(", joinersPerYearHigh: ");
		if (joinersPerYearHighESet) result.append(joinersPerYearHigh); else result.append("<unset>");
		result.append(", traineesPerYear: ");
		result.append(traineesPerYear);
		result.append(", traineeIntake: ");
		result.append(traineeIntake);
		result.append(", courseYears: ");
		result.append(courseYears);
		result.append(", completionRate: ");
		result.append(completionRate);
		result.append(", internalMoves: ");
		result.append(internalMoves);
		result.append(", years: ");
		result.append(years);
		result.append(')');
		return result.toString();
	}

} //SupplyAssumptionImpl
