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
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.intdesigner.model.Area;
import org.intdesigner.model.CapabilityLevel;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.PopulationCohort;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;
import org.intdesigner.model.TeamKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Team</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.impl.TeamImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.TeamImpl#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.TeamImpl#getLead <em>Lead</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.TeamImpl#getArea <em>Area</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.TeamImpl#getHost <em>Host</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.TeamImpl#getServedCohorts <em>Served Cohorts</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.TeamImpl#getSubTeams <em>Sub Teams</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.TeamImpl#getRequiredCapabilities <em>Required Capabilities</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TeamImpl extends PartyImpl implements Team {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final TeamKind KIND_EDEFAULT = TeamKind.CORE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected TeamKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected static final String PURPOSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected String purpose = PURPOSE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLead() <em>Lead</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLead()
	 * @generated
	 * @ordered
	 */
	protected Post lead;

	/**
	 * The cached value of the '{@link #getArea() <em>Area</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArea()
	 * @generated
	 * @ordered
	 */
	protected Area area;

	/**
	 * The cached value of the '{@link #getHost() <em>Host</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected Organisation host;

	/**
	 * The cached value of the '{@link #getServedCohorts() <em>Served Cohorts</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServedCohorts()
	 * @generated
	 * @ordered
	 */
	protected EList<PopulationCohort> servedCohorts;

	/**
	 * The cached value of the '{@link #getSubTeams() <em>Sub Teams</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubTeams()
	 * @generated
	 * @ordered
	 */
	protected EList<Team> subTeams;

	/**
	 * The cached value of the '{@link #getRequiredCapabilities() <em>Required Capabilities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequiredCapabilities()
	 * @generated
	 * @ordered
	 */
	protected EList<CapabilityLevel> requiredCapabilities;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TeamImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return IntdPackage.Literals.TEAM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TeamKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(TeamKind newKind) {
		TeamKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.TEAM__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPurpose() {
		return purpose;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPurpose(String newPurpose) {
		String oldPurpose = purpose;
		purpose = newPurpose;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.TEAM__PURPOSE, oldPurpose, purpose));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Post getLead() {
		if (lead != null && lead.eIsProxy()) {
			InternalEObject oldLead = (InternalEObject)lead;
			lead = (Post)eResolveProxy(oldLead);
			if (lead != oldLead) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, IntdPackage.TEAM__LEAD, oldLead, lead));
			}
		}
		return lead;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Post basicGetLead() {
		return lead;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLead(Post newLead) {
		Post oldLead = lead;
		lead = newLead;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.TEAM__LEAD, oldLead, lead));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Area getArea() {
		if (area != null && area.eIsProxy()) {
			InternalEObject oldArea = (InternalEObject)area;
			area = (Area)eResolveProxy(oldArea);
			if (area != oldArea) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, IntdPackage.TEAM__AREA, oldArea, area));
			}
		}
		return area;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Area basicGetArea() {
		return area;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArea(Area newArea) {
		Area oldArea = area;
		area = newArea;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.TEAM__AREA, oldArea, area));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getHost() {
		if (host != null && host.eIsProxy()) {
			InternalEObject oldHost = (InternalEObject)host;
			host = (Organisation)eResolveProxy(oldHost);
			if (host != oldHost) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, IntdPackage.TEAM__HOST, oldHost, host));
			}
		}
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetHost() {
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHost(Organisation newHost) {
		Organisation oldHost = host;
		host = newHost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.TEAM__HOST, oldHost, host));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PopulationCohort> getServedCohorts() {
		if (servedCohorts == null) {
			servedCohorts = new EObjectResolvingEList<PopulationCohort>(PopulationCohort.class, this, IntdPackage.TEAM__SERVED_COHORTS);
		}
		return servedCohorts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Team> getSubTeams() {
		if (subTeams == null) {
			subTeams = new EObjectContainmentEList<Team>(Team.class, this, IntdPackage.TEAM__SUB_TEAMS);
		}
		return subTeams;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CapabilityLevel> getRequiredCapabilities() {
		if (requiredCapabilities == null) {
			requiredCapabilities = new EObjectContainmentEList<CapabilityLevel>(CapabilityLevel.class, this, IntdPackage.TEAM__REQUIRED_CAPABILITIES);
		}
		return requiredCapabilities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case IntdPackage.TEAM__SUB_TEAMS:
				return ((InternalEList<?>)getSubTeams()).basicRemove(otherEnd, msgs);
			case IntdPackage.TEAM__REQUIRED_CAPABILITIES:
				return ((InternalEList<?>)getRequiredCapabilities()).basicRemove(otherEnd, msgs);
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
			case IntdPackage.TEAM__KIND:
				return getKind();
			case IntdPackage.TEAM__PURPOSE:
				return getPurpose();
			case IntdPackage.TEAM__LEAD:
				if (resolve) return getLead();
				return basicGetLead();
			case IntdPackage.TEAM__AREA:
				if (resolve) return getArea();
				return basicGetArea();
			case IntdPackage.TEAM__HOST:
				if (resolve) return getHost();
				return basicGetHost();
			case IntdPackage.TEAM__SERVED_COHORTS:
				return getServedCohorts();
			case IntdPackage.TEAM__SUB_TEAMS:
				return getSubTeams();
			case IntdPackage.TEAM__REQUIRED_CAPABILITIES:
				return getRequiredCapabilities();
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
			case IntdPackage.TEAM__KIND:
				setKind((TeamKind)newValue);
				return;
			case IntdPackage.TEAM__PURPOSE:
				setPurpose((String)newValue);
				return;
			case IntdPackage.TEAM__LEAD:
				setLead((Post)newValue);
				return;
			case IntdPackage.TEAM__AREA:
				setArea((Area)newValue);
				return;
			case IntdPackage.TEAM__HOST:
				setHost((Organisation)newValue);
				return;
			case IntdPackage.TEAM__SERVED_COHORTS:
				getServedCohorts().clear();
				getServedCohorts().addAll((Collection<? extends PopulationCohort>)newValue);
				return;
			case IntdPackage.TEAM__SUB_TEAMS:
				getSubTeams().clear();
				getSubTeams().addAll((Collection<? extends Team>)newValue);
				return;
			case IntdPackage.TEAM__REQUIRED_CAPABILITIES:
				getRequiredCapabilities().clear();
				getRequiredCapabilities().addAll((Collection<? extends CapabilityLevel>)newValue);
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
			case IntdPackage.TEAM__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case IntdPackage.TEAM__PURPOSE:
				setPurpose(PURPOSE_EDEFAULT);
				return;
			case IntdPackage.TEAM__LEAD:
				setLead((Post)null);
				return;
			case IntdPackage.TEAM__AREA:
				setArea((Area)null);
				return;
			case IntdPackage.TEAM__HOST:
				setHost((Organisation)null);
				return;
			case IntdPackage.TEAM__SERVED_COHORTS:
				getServedCohorts().clear();
				return;
			case IntdPackage.TEAM__SUB_TEAMS:
				getSubTeams().clear();
				return;
			case IntdPackage.TEAM__REQUIRED_CAPABILITIES:
				getRequiredCapabilities().clear();
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
			case IntdPackage.TEAM__KIND:
				return kind != KIND_EDEFAULT;
			case IntdPackage.TEAM__PURPOSE:
				return PURPOSE_EDEFAULT == null ? purpose != null : !PURPOSE_EDEFAULT.equals(purpose);
			case IntdPackage.TEAM__LEAD:
				return lead != null;
			case IntdPackage.TEAM__AREA:
				return area != null;
			case IntdPackage.TEAM__HOST:
				return host != null;
			case IntdPackage.TEAM__SERVED_COHORTS:
				return servedCohorts != null && !servedCohorts.isEmpty();
			case IntdPackage.TEAM__SUB_TEAMS:
				return subTeams != null && !subTeams.isEmpty();
			case IntdPackage.TEAM__REQUIRED_CAPABILITIES:
				return requiredCapabilities != null && !requiredCapabilities.isEmpty();
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
		result.append(", purpose: ");
		result.append(purpose);
		result.append(')');
		return result.toString();
	}

} //TeamImpl
