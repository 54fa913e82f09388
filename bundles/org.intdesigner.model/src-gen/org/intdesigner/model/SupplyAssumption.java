/**
 */
package org.intdesigner.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Supply Assumption</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Stock and flow of one role in one unit (organisation, team or area), year by year: the FTE in post at the start, leavers and retirements (rates of the stock at the start of each year), joiners, trainees completing and internal moves. A rate or joiners may be a range (low to high) for the uncertainty bands.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.SupplyAssumption#getRole <em>Role</em>}</li>
 *   <li>{@link org.intdesigner.model.SupplyAssumption#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.intdesigner.model.SupplyAssumption#getStartFte <em>Start Fte</em>}</li>
 *   <li>{@link org.intdesigner.model.SupplyAssumption#getLeaverRate <em>Leaver Rate</em>}</li>
 *   <li>{@link org.intdesigner.model.SupplyAssumption#getLeaverRateHigh <em>Leaver Rate High</em>}</li>
 *   <li>{@link org.intdesigner.model.SupplyAssumption#getRetirementRate <em>Retirement Rate</em>}</li>
 *   <li>{@link org.intdesigner.model.SupplyAssumption#getRetirementRateHigh <em>Retirement Rate High</em>}</li>
 *   <li>{@link org.intdesigner.model.SupplyAssumption#getJoinersPerYear <em>Joiners Per Year</em>}</li>
 *   <li>{@link org.intdesigner.model.SupplyAssumption#getJoinersPerYearHigh <em>Joiners Per Year High</em>}</li>
 *   <li>{@link org.intdesigner.model.SupplyAssumption#getTraineesPerYear <em>Trainees Per Year</em>}</li>
 *   <li>{@link org.intdesigner.model.SupplyAssumption#getTraineeIntake <em>Trainee Intake</em>}</li>
 *   <li>{@link org.intdesigner.model.SupplyAssumption#getCourseYears <em>Course Years</em>}</li>
 *   <li>{@link org.intdesigner.model.SupplyAssumption#getCompletionRate <em>Completion Rate</em>}</li>
 *   <li>{@link org.intdesigner.model.SupplyAssumption#getInternalMoves <em>Internal Moves</em>}</li>
 *   <li>{@link org.intdesigner.model.SupplyAssumption#getYears <em>Years</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.model.IntdPackage#getSupplyAssumption()
 * @model
 * @generated
 */
public interface SupplyAssumption extends Element {
	/**
	 * Returns the value of the '<em><b>Role</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' reference.
	 * @see #setRole(Role)
	 * @see org.intdesigner.model.IntdPackage#getSupplyAssumption_Role()
	 * @model
	 * @generated
	 */
	Role getRole();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.SupplyAssumption#getRole <em>Role</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' reference.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(Role value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organisation, team or area.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' reference.
	 * @see #setUnit(Element)
	 * @see org.intdesigner.model.IntdPackage#getSupplyAssumption_Unit()
	 * @model
	 * @generated
	 */
	Element getUnit();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.SupplyAssumption#getUnit <em>Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' reference.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(Element value);

	/**
	 * Returns the value of the '<em><b>Start Fte</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * FTE in post at the start; unset: from the workforce store.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Fte</em>' attribute.
	 * @see #isSetStartFte()
	 * @see #unsetStartFte()
	 * @see #setStartFte(double)
	 * @see org.intdesigner.model.IntdPackage#getSupplyAssumption_StartFte()
	 * @model unsettable="true"
	 * @generated
	 */
	double getStartFte();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.SupplyAssumption#getStartFte <em>Start Fte</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Fte</em>' attribute.
	 * @see #isSetStartFte()
	 * @see #unsetStartFte()
	 * @see #getStartFte()
	 * @generated
	 */
	void setStartFte(double value);

	/**
	 * Unsets the value of the '{@link org.intdesigner.model.SupplyAssumption#getStartFte <em>Start Fte</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetStartFte()
	 * @see #getStartFte()
	 * @see #setStartFte(double)
	 * @generated
	 */
	void unsetStartFte();

	/**
	 * Returns whether the value of the '{@link org.intdesigner.model.SupplyAssumption#getStartFte <em>Start Fte</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Start Fte</em>' attribute is set.
	 * @see #unsetStartFte()
	 * @see #getStartFte()
	 * @see #setStartFte(double)
	 * @generated
	 */
	boolean isSetStartFte();

	/**
	 * Returns the value of the '<em><b>Leaver Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Leavers, % of the stock a year; unset: the store's FTE turnover of the role over the last 12 months.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Leaver Rate</em>' attribute.
	 * @see #isSetLeaverRate()
	 * @see #unsetLeaverRate()
	 * @see #setLeaverRate(double)
	 * @see org.intdesigner.model.IntdPackage#getSupplyAssumption_LeaverRate()
	 * @model unsettable="true"
	 * @generated
	 */
	double getLeaverRate();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.SupplyAssumption#getLeaverRate <em>Leaver Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Leaver Rate</em>' attribute.
	 * @see #isSetLeaverRate()
	 * @see #unsetLeaverRate()
	 * @see #getLeaverRate()
	 * @generated
	 */
	void setLeaverRate(double value);

	/**
	 * Unsets the value of the '{@link org.intdesigner.model.SupplyAssumption#getLeaverRate <em>Leaver Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLeaverRate()
	 * @see #getLeaverRate()
	 * @see #setLeaverRate(double)
	 * @generated
	 */
	void unsetLeaverRate();

	/**
	 * Returns whether the value of the '{@link org.intdesigner.model.SupplyAssumption#getLeaverRate <em>Leaver Rate</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Leaver Rate</em>' attribute is set.
	 * @see #unsetLeaverRate()
	 * @see #getLeaverRate()
	 * @see #setLeaverRate(double)
	 * @generated
	 */
	boolean isSetLeaverRate();

	/**
	 * Returns the value of the '<em><b>Leaver Rate High</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Set: the leaver rate is a range from leaverRate to this.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Leaver Rate High</em>' attribute.
	 * @see #isSetLeaverRateHigh()
	 * @see #unsetLeaverRateHigh()
	 * @see #setLeaverRateHigh(double)
	 * @see org.intdesigner.model.IntdPackage#getSupplyAssumption_LeaverRateHigh()
	 * @model unsettable="true"
	 * @generated
	 */
	double getLeaverRateHigh();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.SupplyAssumption#getLeaverRateHigh <em>Leaver Rate High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Leaver Rate High</em>' attribute.
	 * @see #isSetLeaverRateHigh()
	 * @see #unsetLeaverRateHigh()
	 * @see #getLeaverRateHigh()
	 * @generated
	 */
	void setLeaverRateHigh(double value);

	/**
	 * Unsets the value of the '{@link org.intdesigner.model.SupplyAssumption#getLeaverRateHigh <em>Leaver Rate High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLeaverRateHigh()
	 * @see #getLeaverRateHigh()
	 * @see #setLeaverRateHigh(double)
	 * @generated
	 */
	void unsetLeaverRateHigh();

	/**
	 * Returns whether the value of the '{@link org.intdesigner.model.SupplyAssumption#getLeaverRateHigh <em>Leaver Rate High</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Leaver Rate High</em>' attribute is set.
	 * @see #unsetLeaverRateHigh()
	 * @see #getLeaverRateHigh()
	 * @see #setLeaverRateHigh(double)
	 * @generated
	 */
	boolean isSetLeaverRateHigh();

	/**
	 * Returns the value of the '<em><b>Retirement Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Retirements, % of the stock a year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Retirement Rate</em>' attribute.
	 * @see #setRetirementRate(double)
	 * @see org.intdesigner.model.IntdPackage#getSupplyAssumption_RetirementRate()
	 * @model
	 * @generated
	 */
	double getRetirementRate();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.SupplyAssumption#getRetirementRate <em>Retirement Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retirement Rate</em>' attribute.
	 * @see #getRetirementRate()
	 * @generated
	 */
	void setRetirementRate(double value);

	/**
	 * Returns the value of the '<em><b>Retirement Rate High</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Retirement Rate High</em>' attribute.
	 * @see #isSetRetirementRateHigh()
	 * @see #unsetRetirementRateHigh()
	 * @see #setRetirementRateHigh(double)
	 * @see org.intdesigner.model.IntdPackage#getSupplyAssumption_RetirementRateHigh()
	 * @model unsettable="true"
	 * @generated
	 */
	double getRetirementRateHigh();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.SupplyAssumption#getRetirementRateHigh <em>Retirement Rate High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retirement Rate High</em>' attribute.
	 * @see #isSetRetirementRateHigh()
	 * @see #unsetRetirementRateHigh()
	 * @see #getRetirementRateHigh()
	 * @generated
	 */
	void setRetirementRateHigh(double value);

	/**
	 * Unsets the value of the '{@link org.intdesigner.model.SupplyAssumption#getRetirementRateHigh <em>Retirement Rate High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetRetirementRateHigh()
	 * @see #getRetirementRateHigh()
	 * @see #setRetirementRateHigh(double)
	 * @generated
	 */
	void unsetRetirementRateHigh();

	/**
	 * Returns whether the value of the '{@link org.intdesigner.model.SupplyAssumption#getRetirementRateHigh <em>Retirement Rate High</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Retirement Rate High</em>' attribute is set.
	 * @see #unsetRetirementRateHigh()
	 * @see #getRetirementRateHigh()
	 * @see #setRetirementRateHigh(double)
	 * @generated
	 */
	boolean isSetRetirementRateHigh();

	/**
	 * Returns the value of the '<em><b>Joiners Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * FTE joining a year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Joiners Per Year</em>' attribute.
	 * @see #setJoinersPerYear(double)
	 * @see org.intdesigner.model.IntdPackage#getSupplyAssumption_JoinersPerYear()
	 * @model
	 * @generated
	 */
	double getJoinersPerYear();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.SupplyAssumption#getJoinersPerYear <em>Joiners Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Joiners Per Year</em>' attribute.
	 * @see #getJoinersPerYear()
	 * @generated
	 */
	void setJoinersPerYear(double value);

	/**
	 * Returns the value of the '<em><b>Joiners Per Year High</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Joiners Per Year High</em>' attribute.
	 * @see #isSetJoinersPerYearHigh()
	 * @see #unsetJoinersPerYearHigh()
	 * @see #setJoinersPerYearHigh(double)
	 * @see org.intdesigner.model.IntdPackage#getSupplyAssumption_JoinersPerYearHigh()
	 * @model unsettable="true"
	 * @generated
	 */
	double getJoinersPerYearHigh();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.SupplyAssumption#getJoinersPerYearHigh <em>Joiners Per Year High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Joiners Per Year High</em>' attribute.
	 * @see #isSetJoinersPerYearHigh()
	 * @see #unsetJoinersPerYearHigh()
	 * @see #getJoinersPerYearHigh()
	 * @generated
	 */
	void setJoinersPerYearHigh(double value);

	/**
	 * Unsets the value of the '{@link org.intdesigner.model.SupplyAssumption#getJoinersPerYearHigh <em>Joiners Per Year High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetJoinersPerYearHigh()
	 * @see #getJoinersPerYearHigh()
	 * @see #setJoinersPerYearHigh(double)
	 * @generated
	 */
	void unsetJoinersPerYearHigh();

	/**
	 * Returns whether the value of the '{@link org.intdesigner.model.SupplyAssumption#getJoinersPerYearHigh <em>Joiners Per Year High</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Joiners Per Year High</em>' attribute is set.
	 * @see #unsetJoinersPerYearHigh()
	 * @see #getJoinersPerYearHigh()
	 * @see #setJoinersPerYearHigh(double)
	 * @generated
	 */
	boolean isSetJoinersPerYearHigh();

	/**
	 * Returns the value of the '<em><b>Trainees Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * FTE completing training a year from the pipeline already running.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trainees Per Year</em>' attribute.
	 * @see #setTraineesPerYear(double)
	 * @see org.intdesigner.model.IntdPackage#getSupplyAssumption_TraineesPerYear()
	 * @model
	 * @generated
	 */
	double getTraineesPerYear();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.SupplyAssumption#getTraineesPerYear <em>Trainees Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trainees Per Year</em>' attribute.
	 * @see #getTraineesPerYear()
	 * @generated
	 */
	void setTraineesPerYear(double value);

	/**
	 * Returns the value of the '<em><b>Trainee Intake</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * FTE starting a new course each year from the first year of the plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trainee Intake</em>' attribute.
	 * @see #setTraineeIntake(double)
	 * @see org.intdesigner.model.IntdPackage#getSupplyAssumption_TraineeIntake()
	 * @model
	 * @generated
	 */
	double getTraineeIntake();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.SupplyAssumption#getTraineeIntake <em>Trainee Intake</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trainee Intake</em>' attribute.
	 * @see #getTraineeIntake()
	 * @generated
	 */
	void setTraineeIntake(double value);

	/**
	 * Returns the value of the '<em><b>Course Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Length of that course: its first trainees complete after this many years.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Course Years</em>' attribute.
	 * @see #setCourseYears(int)
	 * @see org.intdesigner.model.IntdPackage#getSupplyAssumption_CourseYears()
	 * @model
	 * @generated
	 */
	int getCourseYears();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.SupplyAssumption#getCourseYears <em>Course Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Course Years</em>' attribute.
	 * @see #getCourseYears()
	 * @generated
	 */
	void setCourseYears(int value);

	/**
	 * Returns the value of the '<em><b>Completion Rate</b></em>' attribute.
	 * The default value is <code>"100.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * % of the intake that completes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Completion Rate</em>' attribute.
	 * @see #setCompletionRate(double)
	 * @see org.intdesigner.model.IntdPackage#getSupplyAssumption_CompletionRate()
	 * @model default="100.0"
	 * @generated
	 */
	double getCompletionRate();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.SupplyAssumption#getCompletionRate <em>Completion Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Completion Rate</em>' attribute.
	 * @see #getCompletionRate()
	 * @generated
	 */
	void setCompletionRate(double value);

	/**
	 * Returns the value of the '<em><b>Internal Moves</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * FTE a year moving in (positive) or out (negative) within the system.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Internal Moves</em>' attribute.
	 * @see #setInternalMoves(double)
	 * @see org.intdesigner.model.IntdPackage#getSupplyAssumption_InternalMoves()
	 * @model
	 * @generated
	 */
	double getInternalMoves();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.SupplyAssumption#getInternalMoves <em>Internal Moves</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Internal Moves</em>' attribute.
	 * @see #getInternalMoves()
	 * @generated
	 */
	void setInternalMoves(double value);

	/**
	 * Returns the value of the '<em><b>Years</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Horizon of the projection, 1 to 15 years.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Years</em>' attribute.
	 * @see #setYears(int)
	 * @see org.intdesigner.model.IntdPackage#getSupplyAssumption_Years()
	 * @model default="10"
	 * @generated
	 */
	int getYears();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.SupplyAssumption#getYears <em>Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Years</em>' attribute.
	 * @see #getYears()
	 * @generated
	 */
	void setYears(int value);

} // SupplyAssumption
