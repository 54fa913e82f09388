/**
 */
package org.intdesigner.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.PayBand;
import org.intdesigner.model.Sector;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pay Band</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.impl.PayBandImpl#getScale <em>Scale</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.PayBandImpl#getBand <em>Band</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.PayBandImpl#getAnnualCost <em>Annual Cost</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.PayBandImpl#getSector <em>Sector</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PayBandImpl extends ElementImpl implements PayBand {
	/**
	 * The default value of the '{@link #getScale() <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScale()
	 * @generated
	 * @ordered
	 */
	protected static final String SCALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScale() <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScale()
	 * @generated
	 * @ordered
	 */
	protected String scale = SCALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBand() <em>Band</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBand()
	 * @generated
	 * @ordered
	 */
	protected static final String BAND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBand() <em>Band</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBand()
	 * @generated
	 * @ordered
	 */
	protected String band = BAND_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnnualCost() <em>Annual Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualCost()
	 * @generated
	 * @ordered
	 */
	protected static final double ANNUAL_COST_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAnnualCost() <em>Annual Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualCost()
	 * @generated
	 * @ordered
	 */
	protected double annualCost = ANNUAL_COST_EDEFAULT;

	/**
	 * The default value of the '{@link #getSector() <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSector()
	 * @generated
	 * @ordered
	 */
	protected static final Sector SECTOR_EDEFAULT = Sector.GENERAL_PRACTICE;

	/**
	 * The cached value of the '{@link #getSector() <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSector()
	 * @generated
	 * @ordered
	 */
	protected Sector sector = SECTOR_EDEFAULT;

	/**
	 * This is true if the Sector attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean sectorESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PayBandImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return IntdPackage.Literals.PAY_BAND;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScale() {
		return scale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScale(String newScale) {
		String oldScale = scale;
		scale = newScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.PAY_BAND__SCALE, oldScale, scale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBand() {
		return band;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBand(String newBand) {
		String oldBand = band;
		band = newBand;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.PAY_BAND__BAND, oldBand, band));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAnnualCost() {
		return annualCost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnualCost(double newAnnualCost) {
		double oldAnnualCost = annualCost;
		annualCost = newAnnualCost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.PAY_BAND__ANNUAL_COST, oldAnnualCost, annualCost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sector getSector() {
		return sector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSector(Sector newSector) {
		Sector oldSector = sector;
		sector = newSector == null ? SECTOR_EDEFAULT : newSector;
		boolean oldSectorESet = sectorESet;
		sectorESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.PAY_BAND__SECTOR, oldSector, sector, !oldSectorESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetSector() {
		Sector oldSector = sector;
		boolean oldSectorESet = sectorESet;
		sector = SECTOR_EDEFAULT;
		sectorESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, IntdPackage.PAY_BAND__SECTOR, oldSector, SECTOR_EDEFAULT, oldSectorESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetSector() {
		return sectorESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case IntdPackage.PAY_BAND__SCALE:
				return getScale();
			case IntdPackage.PAY_BAND__BAND:
				return getBand();
			case IntdPackage.PAY_BAND__ANNUAL_COST:
				return getAnnualCost();
			case IntdPackage.PAY_BAND__SECTOR:
				return getSector();
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
			case IntdPackage.PAY_BAND__SCALE:
				setScale((String)newValue);
				return;
			case IntdPackage.PAY_BAND__BAND:
				setBand((String)newValue);
				return;
			case IntdPackage.PAY_BAND__ANNUAL_COST:
				setAnnualCost((Double)newValue);
				return;
			case IntdPackage.PAY_BAND__SECTOR:
				setSector((Sector)newValue);
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
			case IntdPackage.PAY_BAND__SCALE:
				setScale(SCALE_EDEFAULT);
				return;
			case IntdPackage.PAY_BAND__BAND:
				setBand(BAND_EDEFAULT);
				return;
			case IntdPackage.PAY_BAND__ANNUAL_COST:
				setAnnualCost(ANNUAL_COST_EDEFAULT);
				return;
			case IntdPackage.PAY_BAND__SECTOR:
				unsetSector();
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
			case IntdPackage.PAY_BAND__SCALE:
				return SCALE_EDEFAULT == null ? scale != null : !SCALE_EDEFAULT.equals(scale);
			case IntdPackage.PAY_BAND__BAND:
				return BAND_EDEFAULT == null ? band != null : !BAND_EDEFAULT.equals(band);
			case IntdPackage.PAY_BAND__ANNUAL_COST:
				return annualCost != ANNUAL_COST_EDEFAULT;
			case IntdPackage.PAY_BAND__SECTOR:
				return isSetSector();
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
		result.append(" (scale: ");
		result.append(scale);
		result.append(", band: ");
		result.append(band);
		result.append(", annualCost: ");
		result.append(annualCost);
		result.append(", sector: ");
		if (sectorESet) result.append(sector); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //PayBandImpl
