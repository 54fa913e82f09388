/**
 */
package org.intdesigner.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Population Cohort</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A group of people in an area with shared needs (frailty, children and families, complex needs, ...); MDTs form around cohorts.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.PopulationCohort#getKind <em>Kind</em>}</li>
 *   <li>{@link org.intdesigner.model.PopulationCohort#getSize <em>Size</em>}</li>
 *   <li>{@link org.intdesigner.model.PopulationCohort#getGrowthRate <em>Growth Rate</em>}</li>
 *   <li>{@link org.intdesigner.model.PopulationCohort#getNeeds <em>Needs</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.model.IntdPackage#getPopulationCohort()
 * @model
 * @generated
 */
public interface PopulationCohort extends Element {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.intdesigner.model.CohortKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.intdesigner.model.CohortKind
	 * @see #setKind(CohortKind)
	 * @see org.intdesigner.model.IntdPackage#getPopulationCohort_Kind()
	 * @model
	 * @generated
	 */
	CohortKind getKind();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.PopulationCohort#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.intdesigner.model.CohortKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(CohortKind value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(int)
	 * @see org.intdesigner.model.IntdPackage#getPopulationCohort_Size()
	 * @model
	 * @generated
	 */
	int getSize();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.PopulationCohort#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(int value);

	/**
	 * Returns the value of the '<em><b>Growth Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Growth of this cohort, % a year; unset: its area's.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Growth Rate</em>' attribute.
	 * @see #isSetGrowthRate()
	 * @see #unsetGrowthRate()
	 * @see #setGrowthRate(double)
	 * @see org.intdesigner.model.IntdPackage#getPopulationCohort_GrowthRate()
	 * @model unsettable="true"
	 * @generated
	 */
	double getGrowthRate();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.PopulationCohort#getGrowthRate <em>Growth Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Growth Rate</em>' attribute.
	 * @see #isSetGrowthRate()
	 * @see #unsetGrowthRate()
	 * @see #getGrowthRate()
	 * @generated
	 */
	void setGrowthRate(double value);

	/**
	 * Unsets the value of the '{@link org.intdesigner.model.PopulationCohort#getGrowthRate <em>Growth Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetGrowthRate()
	 * @see #getGrowthRate()
	 * @see #setGrowthRate(double)
	 * @generated
	 */
	void unsetGrowthRate();

	/**
	 * Returns whether the value of the '{@link org.intdesigner.model.PopulationCohort#getGrowthRate <em>Growth Rate</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Growth Rate</em>' attribute is set.
	 * @see #unsetGrowthRate()
	 * @see #getGrowthRate()
	 * @see #setGrowthRate(double)
	 * @generated
	 */
	boolean isSetGrowthRate();

	/**
	 * Returns the value of the '<em><b>Needs</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.model.Need}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Needs</em>' containment reference list.
	 * @see org.intdesigner.model.IntdPackage#getPopulationCohort_Needs()
	 * @model containment="true"
	 * @generated
	 */
	EList<Need> getNeeds();

} // PopulationCohort
