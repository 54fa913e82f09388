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

import org.intdesigner.model.CohortKind;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Need;
import org.intdesigner.model.PopulationCohort;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Population Cohort</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.impl.PopulationCohortImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.PopulationCohortImpl#getSize <em>Size</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.PopulationCohortImpl#getGrowthRate <em>Growth Rate</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.PopulationCohortImpl#getNeeds <em>Needs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PopulationCohortImpl extends ElementImpl implements PopulationCohort {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final CohortKind KIND_EDEFAULT = CohortKind.FRAILTY;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected CohortKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected static final int SIZE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected int size = SIZE_EDEFAULT;

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
	 * The cached value of the '{@link #getNeeds() <em>Needs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNeeds()
	 * @generated
	 * @ordered
	 */
	protected EList<Need> needs;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PopulationCohortImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return IntdPackage.Literals.POPULATION_COHORT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CohortKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(CohortKind newKind) {
		CohortKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.POPULATION_COHORT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSize() {
		return size;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSize(int newSize) {
		int oldSize = size;
		size = newSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.POPULATION_COHORT__SIZE, oldSize, size));
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
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.POPULATION_COHORT__GROWTH_RATE, oldGrowthRate, growthRate, !oldGrowthRateESet));
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
			eNotify(new ENotificationImpl(this, Notification.UNSET, IntdPackage.POPULATION_COHORT__GROWTH_RATE, oldGrowthRate, GROWTH_RATE_EDEFAULT, oldGrowthRateESet));
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
	public EList<Need> getNeeds() {
		if (needs == null) {
			needs = new EObjectContainmentEList<Need>(Need.class, this, IntdPackage.POPULATION_COHORT__NEEDS);
		}
		return needs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case IntdPackage.POPULATION_COHORT__NEEDS:
				return ((InternalEList<?>)getNeeds()).basicRemove(otherEnd, msgs);
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
			case IntdPackage.POPULATION_COHORT__KIND:
				return getKind();
			case IntdPackage.POPULATION_COHORT__SIZE:
				return getSize();
			case IntdPackage.POPULATION_COHORT__GROWTH_RATE:
				return getGrowthRate();
			case IntdPackage.POPULATION_COHORT__NEEDS:
				return getNeeds();
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
			case IntdPackage.POPULATION_COHORT__KIND:
				setKind((CohortKind)newValue);
				return;
			case IntdPackage.POPULATION_COHORT__SIZE:
				setSize((Integer)newValue);
				return;
			case IntdPackage.POPULATION_COHORT__GROWTH_RATE:
				setGrowthRate((Double)newValue);
				return;
			case IntdPackage.POPULATION_COHORT__NEEDS:
				getNeeds().clear();
				getNeeds().addAll((Collection<? extends Need>)newValue);
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
			case IntdPackage.POPULATION_COHORT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case IntdPackage.POPULATION_COHORT__SIZE:
				setSize(SIZE_EDEFAULT);
				return;
			case IntdPackage.POPULATION_COHORT__GROWTH_RATE:
				unsetGrowthRate();
				return;
			case IntdPackage.POPULATION_COHORT__NEEDS:
				getNeeds().clear();
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
			case IntdPackage.POPULATION_COHORT__KIND:
				return kind != KIND_EDEFAULT;
			case IntdPackage.POPULATION_COHORT__SIZE:
				return size != SIZE_EDEFAULT;
			case IntdPackage.POPULATION_COHORT__GROWTH_RATE:
				return isSetGrowthRate();
			case IntdPackage.POPULATION_COHORT__NEEDS:
				return needs != null && !needs.isEmpty();
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
		result.append(", size: ");
		result.append(size);
		result.append(", growthRate: ");
		if (growthRateESet) result.append(growthRate); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //PopulationCohortImpl
