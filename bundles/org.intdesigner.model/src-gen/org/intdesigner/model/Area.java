/**
 */
package org.intdesigner.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Area</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A geography: an Integrated Care System holds places (boroughs), a place holds neighbourhoods of 30-50k people.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.Area#getKind <em>Kind</em>}</li>
 *   <li>{@link org.intdesigner.model.Area#getPopulation <em>Population</em>}</li>
 *   <li>{@link org.intdesigner.model.Area#getGrowthRate <em>Growth Rate</em>}</li>
 *   <li>{@link org.intdesigner.model.Area#getSubAreas <em>Sub Areas</em>}</li>
 *   <li>{@link org.intdesigner.model.Area#getCohorts <em>Cohorts</em>}</li>
 * </ul>
 *
 * @see org.intdesigner.model.IntdPackage#getArea()
 * @model
 * @generated
 */
public interface Area extends Element {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.intdesigner.model.AreaKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.intdesigner.model.AreaKind
	 * @see #setKind(AreaKind)
	 * @see org.intdesigner.model.IntdPackage#getArea_Kind()
	 * @model
	 * @generated
	 */
	AreaKind getKind();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Area#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.intdesigner.model.AreaKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(AreaKind value);

	/**
	 * Returns the value of the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Population</em>' attribute.
	 * @see #setPopulation(int)
	 * @see org.intdesigner.model.IntdPackage#getArea_Population()
	 * @model
	 * @generated
	 */
	int getPopulation();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Area#getPopulation <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Population</em>' attribute.
	 * @see #getPopulation()
	 * @generated
	 */
	void setPopulation(int value);

	/**
	 * Returns the value of the '<em><b>Growth Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Population growth, % a year, for the need in future years; unset: the enclosing area's, or none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Growth Rate</em>' attribute.
	 * @see #isSetGrowthRate()
	 * @see #unsetGrowthRate()
	 * @see #setGrowthRate(double)
	 * @see org.intdesigner.model.IntdPackage#getArea_GrowthRate()
	 * @model unsettable="true"
	 * @generated
	 */
	double getGrowthRate();

	/**
	 * Sets the value of the '{@link org.intdesigner.model.Area#getGrowthRate <em>Growth Rate</em>}' attribute.
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
	 * Unsets the value of the '{@link org.intdesigner.model.Area#getGrowthRate <em>Growth Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetGrowthRate()
	 * @see #getGrowthRate()
	 * @see #setGrowthRate(double)
	 * @generated
	 */
	void unsetGrowthRate();

	/**
	 * Returns whether the value of the '{@link org.intdesigner.model.Area#getGrowthRate <em>Growth Rate</em>}' attribute is set.
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
	 * Returns the value of the '<em><b>Sub Areas</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.model.Area}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sub Areas</em>' containment reference list.
	 * @see org.intdesigner.model.IntdPackage#getArea_SubAreas()
	 * @model containment="true"
	 * @generated
	 */
	EList<Area> getSubAreas();

	/**
	 * Returns the value of the '<em><b>Cohorts</b></em>' containment reference list.
	 * The list contents are of type {@link org.intdesigner.model.PopulationCohort}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cohorts</em>' containment reference list.
	 * @see org.intdesigner.model.IntdPackage#getArea_Cohorts()
	 * @model containment="true"
	 * @generated
	 */
	EList<PopulationCohort> getCohorts();

} // Area
