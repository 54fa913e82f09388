/**
 */
package org.intdesigner.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.intdesigner.model.Arrangement;
import org.intdesigner.model.ArrangementKind;
import org.intdesigner.model.Boundary;
import org.intdesigner.model.Element;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Organisation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Arrangement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.model.impl.ArrangementImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.ArrangementImpl#getParties <em>Parties</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.ArrangementImpl#getHost <em>Host</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.ArrangementImpl#getBoundary <em>Boundary</em>}</li>
 *   <li>{@link org.intdesigner.model.impl.ArrangementImpl#getCovers <em>Covers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ArrangementImpl extends ElementImpl implements Arrangement {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ArrangementKind KIND_EDEFAULT = ArrangementKind.HOSTING;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ArrangementKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParties() <em>Parties</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParties()
	 * @generated
	 * @ordered
	 */
	protected EList<Organisation> parties;

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
	 * The cached value of the '{@link #getBoundary() <em>Boundary</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBoundary()
	 * @generated
	 * @ordered
	 */
	protected Boundary boundary;

	/**
	 * The cached value of the '{@link #getCovers() <em>Covers</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCovers()
	 * @generated
	 * @ordered
	 */
	protected EList<Element> covers;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ArrangementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return IntdPackage.Literals.ARRANGEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArrangementKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ArrangementKind newKind) {
		ArrangementKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.ARRANGEMENT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organisation> getParties() {
		if (parties == null) {
			parties = new EObjectResolvingEList<Organisation>(Organisation.class, this, IntdPackage.ARRANGEMENT__PARTIES);
		}
		return parties;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, IntdPackage.ARRANGEMENT__HOST, oldHost, host));
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
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.ARRANGEMENT__HOST, oldHost, host));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boundary getBoundary() {
		if (boundary != null && boundary.eIsProxy()) {
			InternalEObject oldBoundary = (InternalEObject)boundary;
			boundary = (Boundary)eResolveProxy(oldBoundary);
			if (boundary != oldBoundary) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, IntdPackage.ARRANGEMENT__BOUNDARY, oldBoundary, boundary));
			}
		}
		return boundary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Boundary basicGetBoundary() {
		return boundary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBoundary(Boundary newBoundary) {
		Boundary oldBoundary = boundary;
		boundary = newBoundary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntdPackage.ARRANGEMENT__BOUNDARY, oldBoundary, boundary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Element> getCovers() {
		if (covers == null) {
			covers = new EObjectResolvingEList<Element>(Element.class, this, IntdPackage.ARRANGEMENT__COVERS);
		}
		return covers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case IntdPackage.ARRANGEMENT__KIND:
				return getKind();
			case IntdPackage.ARRANGEMENT__PARTIES:
				return getParties();
			case IntdPackage.ARRANGEMENT__HOST:
				if (resolve) return getHost();
				return basicGetHost();
			case IntdPackage.ARRANGEMENT__BOUNDARY:
				if (resolve) return getBoundary();
				return basicGetBoundary();
			case IntdPackage.ARRANGEMENT__COVERS:
				return getCovers();
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
			case IntdPackage.ARRANGEMENT__KIND:
				setKind((ArrangementKind)newValue);
				return;
			case IntdPackage.ARRANGEMENT__PARTIES:
				getParties().clear();
				getParties().addAll((Collection<? extends Organisation>)newValue);
				return;
			case IntdPackage.ARRANGEMENT__HOST:
				setHost((Organisation)newValue);
				return;
			case IntdPackage.ARRANGEMENT__BOUNDARY:
				setBoundary((Boundary)newValue);
				return;
			case IntdPackage.ARRANGEMENT__COVERS:
				getCovers().clear();
				getCovers().addAll((Collection<? extends Element>)newValue);
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
			case IntdPackage.ARRANGEMENT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case IntdPackage.ARRANGEMENT__PARTIES:
				getParties().clear();
				return;
			case IntdPackage.ARRANGEMENT__HOST:
				setHost((Organisation)null);
				return;
			case IntdPackage.ARRANGEMENT__BOUNDARY:
				setBoundary((Boundary)null);
				return;
			case IntdPackage.ARRANGEMENT__COVERS:
				getCovers().clear();
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
			case IntdPackage.ARRANGEMENT__KIND:
				return kind != KIND_EDEFAULT;
			case IntdPackage.ARRANGEMENT__PARTIES:
				return parties != null && !parties.isEmpty();
			case IntdPackage.ARRANGEMENT__HOST:
				return host != null;
			case IntdPackage.ARRANGEMENT__BOUNDARY:
				return boundary != null;
			case IntdPackage.ARRANGEMENT__COVERS:
				return covers != null && !covers.isEmpty();
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
		result.append(')');
		return result.toString();
	}

} //ArrangementImpl
