/**
 */
package org.intdesigner.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.intdesigner.model.Area;
import org.intdesigner.model.AreaKind;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.PopulationCohort;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Area</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.impl.AreaImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.AreaImpl#getPopulation <em>Population</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.AreaImpl#getGrowthRate <em>Growth Rate</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.AreaImpl#getSubAreas <em>Sub Areas</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.AreaImpl#getCohorts <em>Cohorts</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AreaImpl extends ElementImpl implements Area {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final AreaKind KIND_EDEFAULT = AreaKind.ICS;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected AreaKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getPopulation() <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulation()
	 * @generated
	 * @ordered
	 */
	protected static final int POPULATION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPopulation() <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulation()
	 * @generated
	 * @ordered
	 */
	protected int population = POPULATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getGrowthRate() <em>Growth Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrowthRate()
	 * @generated
	 * @ordered
	 */
	protected static final double GROWTH_RATE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getGrowthRate() <em>Growth Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrowthRate()
	 * @generated
	 * @ordered
	 */
	protected double growthRate = GROWTH_RATE_EDEFAULT;

	/**
	 * This is true if the Growth Rate attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean growthRateESet;

	/**
	 * The cached value of the '{@link #getSubAreas() <em>Sub Areas</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubAreas()
	 * @generated
	 * @ordered
	 */
	protected EList<Area> subAreas;

	/**
	 * The cached value of the '{@link #getCohorts() <em>Cohorts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCohorts()
	 * @generated
	 * @ordered
	 */
	protected EList<PopulationCohort> cohorts;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AreaImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return IntdPackage.Literals.AREA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AreaKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(AreaKind newKind) {
		AreaKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.AREA__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPopulation() {
		return population;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPopulation(int newPopulation) {
		int oldPopulation = population;
		population = newPopulation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.AREA__POPULATION, oldPopulation, population));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getGrowthRate() {
		return growthRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGrowthRate(double newGrowthRate) {
		double oldGrowthRate = growthRate;
		growthRate = newGrowthRate;
		boolean oldGrowthRateESet = growthRateESet;
		growthRateESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.AREA__GROWTH_RATE, oldGrowthRate, growthRate, !oldGrowthRateESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetGrowthRate() {
		double oldGrowthRate = growthRate;
		boolean oldGrowthRateESet = growthRateESet;
		growthRate = GROWTH_RATE_EDEFAULT;
		growthRateESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, IntdPackage.AREA__GROWTH_RATE, oldGrowthRate, GROWTH_RATE_EDEFAULT, oldGrowthRateESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetGrowthRate() {
		return growthRateESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Area> getSubAreas() {
		if (subAreas == null) {
			subAreas = new EObjectContainmentEList<Area>(Area.class, this, IntdPackage.AREA__SUB_AREAS);
		}
		return subAreas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PopulationCohort> getCohorts() {
		if (cohorts == null) {
			cohorts = new EObjectContainmentEList<PopulationCohort>(PopulationCohort.class, this, IntdPackage.AREA__COHORTS);
		}
		return cohorts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case IntdPackage.AREA__SUB_AREAS:
				return ((InternalEList<?>)getSubAreas()).basicRemove(otherEnd, msgs);
			case IntdPackage.AREA__COHORTS:
				return ((InternalEList<?>)getCohorts()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case IntdPackage.AREA__KIND:
				return getKind();
			case IntdPackage.AREA__POPULATION:
				return getPopulation();
			case IntdPackage.AREA__GROWTH_RATE:
				return getGrowthRate();
			case IntdPackage.AREA__SUB_AREAS:
				return getSubAreas();
			case IntdPackage.AREA__COHORTS:
				return getCohorts();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case IntdPackage.AREA__KIND:
				setKind((AreaKind)newValue);
				return;
			case IntdPackage.AREA__POPULATION:
				setPopulation((Integer)newValue);
				return;
			case IntdPackage.AREA__GROWTH_RATE:
				setGrowthRate((Double)newValue);
				return;
			case IntdPackage.AREA__SUB_AREAS:
				getSubAreas().clear();
				getSubAreas().addAll((Collection<? extends Area>)newValue);
				return;
			case IntdPackage.AREA__COHORTS:
				getCohorts().clear();
				getCohorts().addAll((Collection<? extends PopulationCohort>)newValue);
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
			case IntdPackage.AREA__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case IntdPackage.AREA__POPULATION:
				setPopulation(POPULATION_EDEFAULT);
				return;
			case IntdPackage.AREA__GROWTH_RATE:
				unsetGrowthRate();
				return;
			case IntdPackage.AREA__SUB_AREAS:
				getSubAreas().clear();
				return;
			case IntdPackage.AREA__COHORTS:
				getCohorts().clear();
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
			case IntdPackage.AREA__KIND:
				return kind != KIND_EDEFAULT;
			case IntdPackage.AREA__POPULATION:
				return population != POPULATION_EDEFAULT;
			case IntdPackage.AREA__GROWTH_RATE:
				return isSetGrowthRate();
			case IntdPackage.AREA__SUB_AREAS:
				return subAreas != null && !subAreas.isEmpty();
			case IntdPackage.AREA__COHORTS:
				return cohorts != null && !cohorts.isEmpty();
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", population: ");
		result.append(population);
		result.append(", growthRate: ");
		if (growthRateESet) result.append(growthRate); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //AreaImpl
