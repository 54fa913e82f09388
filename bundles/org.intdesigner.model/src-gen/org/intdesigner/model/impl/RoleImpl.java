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

import org.intdesigner.model.CapabilityLevel;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Role;
import org.intdesigner.model.Sector;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Role</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.impl.RoleImpl#getProfession <em>Profession</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.RoleImpl#getSector <em>Sector</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.RoleImpl#isClinical <em>Clinical</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.RoleImpl#isNewRole <em>New Role</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.RoleImpl#isArrs <em>Arrs</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.RoleImpl#getCapabilities <em>Capabilities</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RoleImpl extends PartyImpl implements Role {
	/**
	 * The default value of the '{@link #getProfession() <em>Profession</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfession()
	 * @generated
	 * @ordered
	 */
	protected static final String PROFESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProfession() <em>Profession</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfession()
	 * @generated
	 * @ordered
	 */
	protected String profession = PROFESSION_EDEFAULT;

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
	 * The default value of the '{@link #isClinical() <em>Clinical</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isClinical()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CLINICAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isClinical() <em>Clinical</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isClinical()
	 * @generated
	 * @ordered
	 */
	protected boolean clinical = CLINICAL_EDEFAULT;

	/**
	 * The default value of the '{@link #isNewRole() <em>New Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNewRole()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NEW_ROLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isNewRole() <em>New Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNewRole()
	 * @generated
	 * @ordered
	 */
	protected boolean newRole = NEW_ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #isArrs() <em>Arrs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isArrs()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ARRS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isArrs() <em>Arrs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isArrs()
	 * @generated
	 * @ordered
	 */
	protected boolean arrs = ARRS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCapabilities() <em>Capabilities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapabilities()
	 * @generated
	 * @ordered
	 */
	protected EList<CapabilityLevel> capabilities;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RoleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return IntdPackage.Literals.ROLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProfession() {
		return profession;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProfession(String newProfession) {
		String oldProfession = profession;
		profession = newProfession;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.ROLE__PROFESSION, oldProfession, profession));
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
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.ROLE__SECTOR, oldSector, sector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isClinical() {
		return clinical;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClinical(boolean newClinical) {
		boolean oldClinical = clinical;
		clinical = newClinical;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.ROLE__CLINICAL, oldClinical, clinical));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNewRole() {
		return newRole;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewRole(boolean newNewRole) {
		boolean oldNewRole = newRole;
		newRole = newNewRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.ROLE__NEW_ROLE, oldNewRole, newRole));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isArrs() {
		return arrs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArrs(boolean newArrs) {
		boolean oldArrs = arrs;
		arrs = newArrs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.ROLE__ARRS, oldArrs, arrs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CapabilityLevel> getCapabilities() {
		if (capabilities == null) {
			capabilities = new EObjectContainmentEList<CapabilityLevel>(CapabilityLevel.class, this, IntdPackage.ROLE__CAPABILITIES);
		}
		return capabilities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case IntdPackage.ROLE__CAPABILITIES:
				return ((InternalEList<?>)getCapabilities()).basicRemove(otherEnd, msgs);
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
			case IntdPackage.ROLE__PROFESSION:
				return getProfession();
			case IntdPackage.ROLE__SECTOR:
				return getSector();
			case IntdPackage.ROLE__CLINICAL:
				return isClinical();
			case IntdPackage.ROLE__NEW_ROLE:
				return isNewRole();
			case IntdPackage.ROLE__ARRS:
				return isArrs();
			case IntdPackage.ROLE__CAPABILITIES:
				return getCapabilities();
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
			case IntdPackage.ROLE__PROFESSION:
				setProfession((String)newValue);
				return;
			case IntdPackage.ROLE__SECTOR:
				setSector((Sector)newValue);
				return;
			case IntdPackage.ROLE__CLINICAL:
				setClinical((Boolean)newValue);
				return;
			case IntdPackage.ROLE__NEW_ROLE:
				setNewRole((Boolean)newValue);
				return;
			case IntdPackage.ROLE__ARRS:
				setArrs((Boolean)newValue);
				return;
			case IntdPackage.ROLE__CAPABILITIES:
				getCapabilities().clear();
				getCapabilities().addAll((Collection<? extends CapabilityLevel>)newValue);
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
			case IntdPackage.ROLE__PROFESSION:
				setProfession(PROFESSION_EDEFAULT);
				return;
			case IntdPackage.ROLE__SECTOR:
				setSector(SECTOR_EDEFAULT);
				return;
			case IntdPackage.ROLE__CLINICAL:
				setClinical(CLINICAL_EDEFAULT);
				return;
			case IntdPackage.ROLE__NEW_ROLE:
				setNewRole(NEW_ROLE_EDEFAULT);
				return;
			case IntdPackage.ROLE__ARRS:
				setArrs(ARRS_EDEFAULT);
				return;
			case IntdPackage.ROLE__CAPABILITIES:
				getCapabilities().clear();
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
			case IntdPackage.ROLE__PROFESSION:
				return PROFESSION_EDEFAULT == null ? profession != null : !PROFESSION_EDEFAULT.equals(profession);
			case IntdPackage.ROLE__SECTOR:
				return sector != SECTOR_EDEFAULT;
			case IntdPackage.ROLE__CLINICAL:
				return clinical != CLINICAL_EDEFAULT;
			case IntdPackage.ROLE__NEW_ROLE:
				return newRole != NEW_ROLE_EDEFAULT;
			case IntdPackage.ROLE__ARRS:
				return arrs != ARRS_EDEFAULT;
			case IntdPackage.ROLE__CAPABILITIES:
				return capabilities != null && !capabilities.isEmpty();
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
		result.append(" (profession: ");
		result.append(profession);
		result.append(", sector: ");
		result.append(sector);
		result.append(", clinical: ");
		result.append(clinical);
		result.append(", newRole: ");
		result.append(newRole);
		result.append(", arrs: ");
		result.append(arrs);
		result.append(')');
		return result.toString();
	}

} //RoleImpl
