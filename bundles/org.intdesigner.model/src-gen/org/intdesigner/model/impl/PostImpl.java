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

import org.intdesigner.model.Allocation;
import org.intdesigner.model.Arrangement;
import org.intdesigner.model.CapabilityLevel;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Post;
import org.intdesigner.model.Role;
import org.intdesigner.model.TermsAndConditions;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Post</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.impl.PostImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.PostImpl#getEmployer <em>Employer</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.PostImpl#getFte <em>Fte</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.PostImpl#getBand <em>Band</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.PostImpl#getHolder <em>Holder</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.PostImpl#isVacant <em>Vacant</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.PostImpl#isTopOfOrganisation <em>Top Of Organisation</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.PostImpl#getLineManager <em>Line Manager</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.PostImpl#getSupervisor <em>Supervisor</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.PostImpl#getHostArrangement <em>Host Arrangement</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.PostImpl#getTerms <em>Terms</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.PostImpl#getAllocations <em>Allocations</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.PostImpl#getCapabilities <em>Capabilities</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PostImpl extends PartyImpl implements Post {
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
	 * The cached value of the '{@link #getEmployer() <em>Employer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmployer()
	 * @generated
	 * @ordered
	 */
	protected Organisation employer;

	/**
	 * The default value of the '{@link #getFte() <em>Fte</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFte()
	 * @generated
	 * @ordered
	 */
	protected static final double FTE_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getFte() <em>Fte</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFte()
	 * @generated
	 * @ordered
	 */
	protected double fte = FTE_EDEFAULT;

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
	 * The default value of the '{@link #getHolder() <em>Holder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHolder()
	 * @generated
	 * @ordered
	 */
	protected static final String HOLDER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHolder() <em>Holder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHolder()
	 * @generated
	 * @ordered
	 */
	protected String holder = HOLDER_EDEFAULT;

	/**
	 * The default value of the '{@link #isVacant() <em>Vacant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVacant()
	 * @generated
	 * @ordered
	 */
	protected static final boolean VACANT_EDEFAULT = false;

	/**
	 * The default value of the '{@link #isTopOfOrganisation() <em>Top Of Organisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTopOfOrganisation()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TOP_OF_ORGANISATION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isTopOfOrganisation() <em>Top Of Organisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTopOfOrganisation()
	 * @generated
	 * @ordered
	 */
	protected boolean topOfOrganisation = TOP_OF_ORGANISATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLineManager() <em>Line Manager</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineManager()
	 * @generated
	 * @ordered
	 */
	protected Post lineManager;

	/**
	 * The cached value of the '{@link #getSupervisor() <em>Supervisor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupervisor()
	 * @generated
	 * @ordered
	 */
	protected Post supervisor;

	/**
	 * The cached value of the '{@link #getHostArrangement() <em>Host Arrangement</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostArrangement()
	 * @generated
	 * @ordered
	 */
	protected Arrangement hostArrangement;

	/**
	 * The cached value of the '{@link #getTerms() <em>Terms</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerms()
	 * @generated
	 * @ordered
	 */
	protected TermsAndConditions terms;

	/**
	 * The cached value of the '{@link #getAllocations() <em>Allocations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllocations()
	 * @generated
	 * @ordered
	 */
	protected EList<Allocation> allocations;

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
	protected PostImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return IntdPackage.Literals.POST;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, IntdPackage.POST__ROLE, oldRole, role));
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
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.POST__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getEmployer() {
		if (employer != null && employer.eIsProxy()) {
			InternalEObject oldEmployer = (InternalEObject)employer;
			employer = (Organisation)eResolveProxy(oldEmployer);
			if (employer != oldEmployer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, IntdPackage.POST__EMPLOYER, oldEmployer, employer));
			}
		}
		return employer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetEmployer() {
		return employer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmployer(Organisation newEmployer) {
		Organisation oldEmployer = employer;
		employer = newEmployer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.POST__EMPLOYER, oldEmployer, employer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getFte() {
		return fte;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFte(double newFte) {
		double oldFte = fte;
		fte = newFte;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.POST__FTE, oldFte, fte));
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
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.POST__BAND, oldBand, band));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHolder() {
		return holder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHolder(String newHolder) {
		String oldHolder = holder;
		holder = newHolder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.POST__HOLDER, oldHolder, holder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * A post is vacant when nobody holds it.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public boolean isVacant() {
		return holder == null || holder.isBlank();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTopOfOrganisation() {
		return topOfOrganisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTopOfOrganisation(boolean newTopOfOrganisation) {
		boolean oldTopOfOrganisation = topOfOrganisation;
		topOfOrganisation = newTopOfOrganisation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.POST__TOP_OF_ORGANISATION, oldTopOfOrganisation, topOfOrganisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Post getLineManager() {
		if (lineManager != null && lineManager.eIsProxy()) {
			InternalEObject oldLineManager = (InternalEObject)lineManager;
			lineManager = (Post)eResolveProxy(oldLineManager);
			if (lineManager != oldLineManager) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, IntdPackage.POST__LINE_MANAGER, oldLineManager, lineManager));
			}
		}
		return lineManager;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Post basicGetLineManager() {
		return lineManager;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLineManager(Post newLineManager) {
		Post oldLineManager = lineManager;
		lineManager = newLineManager;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.POST__LINE_MANAGER, oldLineManager, lineManager));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Post getSupervisor() {
		if (supervisor != null && supervisor.eIsProxy()) {
			InternalEObject oldSupervisor = (InternalEObject)supervisor;
			supervisor = (Post)eResolveProxy(oldSupervisor);
			if (supervisor != oldSupervisor) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, IntdPackage.POST__SUPERVISOR, oldSupervisor, supervisor));
			}
		}
		return supervisor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Post basicGetSupervisor() {
		return supervisor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupervisor(Post newSupervisor) {
		Post oldSupervisor = supervisor;
		supervisor = newSupervisor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.POST__SUPERVISOR, oldSupervisor, supervisor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Arrangement getHostArrangement() {
		if (hostArrangement != null && hostArrangement.eIsProxy()) {
			InternalEObject oldHostArrangement = (InternalEObject)hostArrangement;
			hostArrangement = (Arrangement)eResolveProxy(oldHostArrangement);
			if (hostArrangement != oldHostArrangement) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, IntdPackage.POST__HOST_ARRANGEMENT, oldHostArrangement, hostArrangement));
			}
		}
		return hostArrangement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Arrangement basicGetHostArrangement() {
		return hostArrangement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostArrangement(Arrangement newHostArrangement) {
		Arrangement oldHostArrangement = hostArrangement;
		hostArrangement = newHostArrangement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.POST__HOST_ARRANGEMENT, oldHostArrangement, hostArrangement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TermsAndConditions getTerms() {
		if (terms != null && terms.eIsProxy()) {
			InternalEObject oldTerms = (InternalEObject)terms;
			terms = (TermsAndConditions)eResolveProxy(oldTerms);
			if (terms != oldTerms) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, IntdPackage.POST__TERMS, oldTerms, terms));
			}
		}
		return terms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TermsAndConditions basicGetTerms() {
		return terms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTerms(TermsAndConditions newTerms) {
		TermsAndConditions oldTerms = terms;
		terms = newTerms;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.POST__TERMS, oldTerms, terms));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Allocation> getAllocations() {
		if (allocations == null) {
			allocations = new EObjectContainmentEList<Allocation>(Allocation.class, this, IntdPackage.POST__ALLOCATIONS);
		}
		return allocations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CapabilityLevel> getCapabilities() {
		if (capabilities == null) {
			capabilities = new EObjectContainmentEList<CapabilityLevel>(CapabilityLevel.class, this, IntdPackage.POST__CAPABILITIES);
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
			case IntdPackage.POST__ALLOCATIONS:
				return ((InternalEList<?>)getAllocations()).basicRemove(otherEnd, msgs);
			case IntdPackage.POST__CAPABILITIES:
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
			case IntdPackage.POST__ROLE:
				if (resolve) return getRole();
				return basicGetRole();
			case IntdPackage.POST__EMPLOYER:
				if (resolve) return getEmployer();
				return basicGetEmployer();
			case IntdPackage.POST__FTE:
				return getFte();
			case IntdPackage.POST__BAND:
				return getBand();
			case IntdPackage.POST__HOLDER:
				return getHolder();
			case IntdPackage.POST__VACANT:
				return isVacant();
			case IntdPackage.POST__TOP_OF_ORGANISATION:
				return isTopOfOrganisation();
			case IntdPackage.POST__LINE_MANAGER:
				if (resolve) return getLineManager();
				return basicGetLineManager();
			case IntdPackage.POST__SUPERVISOR:
				if (resolve) return getSupervisor();
				return basicGetSupervisor();
			case IntdPackage.POST__HOST_ARRANGEMENT:
				if (resolve) return getHostArrangement();
				return basicGetHostArrangement();
			case IntdPackage.POST__TERMS:
				if (resolve) return getTerms();
				return basicGetTerms();
			case IntdPackage.POST__ALLOCATIONS:
				return getAllocations();
			case IntdPackage.POST__CAPABILITIES:
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
			case IntdPackage.POST__ROLE:
				setRole((Role)newValue);
				return;
			case IntdPackage.POST__EMPLOYER:
				setEmployer((Organisation)newValue);
				return;
			case IntdPackage.POST__FTE:
				setFte((Double)newValue);
				return;
			case IntdPackage.POST__BAND:
				setBand((String)newValue);
				return;
			case IntdPackage.POST__HOLDER:
				setHolder((String)newValue);
				return;
			case IntdPackage.POST__TOP_OF_ORGANISATION:
				setTopOfOrganisation((Boolean)newValue);
				return;
			case IntdPackage.POST__LINE_MANAGER:
				setLineManager((Post)newValue);
				return;
			case IntdPackage.POST__SUPERVISOR:
				setSupervisor((Post)newValue);
				return;
			case IntdPackage.POST__HOST_ARRANGEMENT:
				setHostArrangement((Arrangement)newValue);
				return;
			case IntdPackage.POST__TERMS:
				setTerms((TermsAndConditions)newValue);
				return;
			case IntdPackage.POST__ALLOCATIONS:
				getAllocations().clear();
				getAllocations().addAll((Collection<? extends Allocation>)newValue);
				return;
			case IntdPackage.POST__CAPABILITIES:
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
			case IntdPackage.POST__ROLE:
				setRole((Role)null);
				return;
			case IntdPackage.POST__EMPLOYER:
				setEmployer((Organisation)null);
				return;
			case IntdPackage.POST__FTE:
				setFte(FTE_EDEFAULT);
				return;
			case IntdPackage.POST__BAND:
				setBand(BAND_EDEFAULT);
				return;
			case IntdPackage.POST__HOLDER:
				setHolder(HOLDER_EDEFAULT);
				return;
			case IntdPackage.POST__TOP_OF_ORGANISATION:
				setTopOfOrganisation(TOP_OF_ORGANISATION_EDEFAULT);
				return;
			case IntdPackage.POST__LINE_MANAGER:
				setLineManager((Post)null);
				return;
			case IntdPackage.POST__SUPERVISOR:
				setSupervisor((Post)null);
				return;
			case IntdPackage.POST__HOST_ARRANGEMENT:
				setHostArrangement((Arrangement)null);
				return;
			case IntdPackage.POST__TERMS:
				setTerms((TermsAndConditions)null);
				return;
			case IntdPackage.POST__ALLOCATIONS:
				getAllocations().clear();
				return;
			case IntdPackage.POST__CAPABILITIES:
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
			case IntdPackage.POST__ROLE:
				return role != null;
			case IntdPackage.POST__EMPLOYER:
				return employer != null;
			case IntdPackage.POST__FTE:
				return fte != FTE_EDEFAULT;
			case IntdPackage.POST__BAND:
				return BAND_EDEFAULT == null ? band != null : !BAND_EDEFAULT.equals(band);
			case IntdPackage.POST__HOLDER:
				return HOLDER_EDEFAULT == null ? holder != null : !HOLDER_EDEFAULT.equals(holder);
			case IntdPackage.POST__VACANT:
				return isVacant() != VACANT_EDEFAULT;
			case IntdPackage.POST__TOP_OF_ORGANISATION:
				return topOfOrganisation != TOP_OF_ORGANISATION_EDEFAULT;
			case IntdPackage.POST__LINE_MANAGER:
				return lineManager != null;
			case IntdPackage.POST__SUPERVISOR:
				return supervisor != null;
			case IntdPackage.POST__HOST_ARRANGEMENT:
				return hostArrangement != null;
			case IntdPackage.POST__TERMS:
				return terms != null;
			case IntdPackage.POST__ALLOCATIONS:
				return allocations != null && !allocations.isEmpty();
			case IntdPackage.POST__CAPABILITIES:
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
		result.append(" (fte: ");
		result.append(fte);
		result.append(", band: ");
		result.append(band);
		result.append(", holder: ");
		result.append(holder);
		result.append(", topOfOrganisation: ");
		result.append(topOfOrganisation);
		result.append(')');
		return result.toString();
	}

} //PostImpl
