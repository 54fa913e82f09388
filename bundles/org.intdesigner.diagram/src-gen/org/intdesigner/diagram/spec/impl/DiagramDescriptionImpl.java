/**
 */
package org.intdesigner.diagram.spec.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.intdesigner.diagram.spec.DiagramDescription;
import org.intdesigner.diagram.spec.DiagramSpecPackage;
import org.intdesigner.diagram.spec.Layer;
import org.intdesigner.diagram.spec.LayoutDirection;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Diagram Description</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.diagram.spec.impl.DiagramDescriptionImpl#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.intdesigner.diagram.spec.impl.DiagramDescriptionImpl#getTitleExpression <em>Title Expression</em>}</li>
 *   <li>{@link org.intdesigner.diagram.spec.impl.DiagramDescriptionImpl#getLayoutDirection <em>Layout Direction</em>}</li>
 *   <li>{@link org.intdesigner.diagram.spec.impl.DiagramDescriptionImpl#getLayers <em>Layers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DiagramDescriptionImpl extends NamedImpl implements DiagramDescription {
	/**
	 * The default value of the '{@link #getDomainClass() <em>Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomainClass()
	 * @generated
	 * @ordered
	 */
	protected static final String DOMAIN_CLASS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDomainClass() <em>Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomainClass()
	 * @generated
	 * @ordered
	 */
	protected String domainClass = DOMAIN_CLASS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitleExpression() <em>Title Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitleExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitleExpression() <em>Title Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitleExpression()
	 * @generated
	 * @ordered
	 */
	protected String titleExpression = TITLE_EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getLayoutDirection() <em>Layout Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayoutDirection()
	 * @generated
	 * @ordered
	 */
	protected static final LayoutDirection LAYOUT_DIRECTION_EDEFAULT = LayoutDirection.DOWN;

	/**
	 * The cached value of the '{@link #getLayoutDirection() <em>Layout Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayoutDirection()
	 * @generated
	 * @ordered
	 */
	protected LayoutDirection layoutDirection = LAYOUT_DIRECTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLayers() <em>Layers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayers()
	 * @generated
	 * @ordered
	 */
	protected EList<Layer> layers;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DiagramDescriptionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DiagramSpecPackage.Literals.DIAGRAM_DESCRIPTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDomainClass() {
		return domainClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDomainClass(String newDomainClass) {
		String oldDomainClass = domainClass;
		domainClass = newDomainClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramSpecPackage.DIAGRAM_DESCRIPTION__DOMAIN_CLASS, oldDomainClass, domainClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitleExpression() {
		return titleExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitleExpression(String newTitleExpression) {
		String oldTitleExpression = titleExpression;
		titleExpression = newTitleExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramSpecPackage.DIAGRAM_DESCRIPTION__TITLE_EXPRESSION, oldTitleExpression, titleExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LayoutDirection getLayoutDirection() {
		return layoutDirection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLayoutDirection(LayoutDirection newLayoutDirection) {
		LayoutDirection oldLayoutDirection = layoutDirection;
		layoutDirection = newLayoutDirection == null ? LAYOUT_DIRECTION_EDEFAULT : newLayoutDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramSpecPackage.DIAGRAM_DESCRIPTION__LAYOUT_DIRECTION, oldLayoutDirection, layoutDirection));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Layer> getLayers() {
		if (layers == null) {
			layers = new EObjectContainmentEList<Layer>(Layer.class, this, DiagramSpecPackage.DIAGRAM_DESCRIPTION__LAYERS);
		}
		return layers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DiagramSpecPackage.DIAGRAM_DESCRIPTION__LAYERS:
				return ((InternalEList<?>)getLayers()).basicRemove(otherEnd, msgs);
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
			case DiagramSpecPackage.DIAGRAM_DESCRIPTION__DOMAIN_CLASS:
				return getDomainClass();
			case DiagramSpecPackage.DIAGRAM_DESCRIPTION__TITLE_EXPRESSION:
				return getTitleExpression();
			case DiagramSpecPackage.DIAGRAM_DESCRIPTION__LAYOUT_DIRECTION:
				return getLayoutDirection();
			case DiagramSpecPackage.DIAGRAM_DESCRIPTION__LAYERS:
				return getLayers();
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
			case DiagramSpecPackage.DIAGRAM_DESCRIPTION__DOMAIN_CLASS:
				setDomainClass((String)newValue);
				return;
			case DiagramSpecPackage.DIAGRAM_DESCRIPTION__TITLE_EXPRESSION:
				setTitleExpression((String)newValue);
				return;
			case DiagramSpecPackage.DIAGRAM_DESCRIPTION__LAYOUT_DIRECTION:
				setLayoutDirection((LayoutDirection)newValue);
				return;
			case DiagramSpecPackage.DIAGRAM_DESCRIPTION__LAYERS:
				getLayers().clear();
				getLayers().addAll((Collection<? extends Layer>)newValue);
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
			case DiagramSpecPackage.DIAGRAM_DESCRIPTION__DOMAIN_CLASS:
				setDomainClass(DOMAIN_CLASS_EDEFAULT);
				return;
			case DiagramSpecPackage.DIAGRAM_DESCRIPTION__TITLE_EXPRESSION:
				setTitleExpression(TITLE_EXPRESSION_EDEFAULT);
				return;
			case DiagramSpecPackage.DIAGRAM_DESCRIPTION__LAYOUT_DIRECTION:
				setLayoutDirection(LAYOUT_DIRECTION_EDEFAULT);
				return;
			case DiagramSpecPackage.DIAGRAM_DESCRIPTION__LAYERS:
				getLayers().clear();
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
			case DiagramSpecPackage.DIAGRAM_DESCRIPTION__DOMAIN_CLASS:
				return DOMAIN_CLASS_EDEFAULT == null ? domainClass != null : !DOMAIN_CLASS_EDEFAULT.equals(domainClass);
			case DiagramSpecPackage.DIAGRAM_DESCRIPTION__TITLE_EXPRESSION:
				return TITLE_EXPRESSION_EDEFAULT == null ? titleExpression != null : !TITLE_EXPRESSION_EDEFAULT.equals(titleExpression);
			case DiagramSpecPackage.DIAGRAM_DESCRIPTION__LAYOUT_DIRECTION:
				return layoutDirection != LAYOUT_DIRECTION_EDEFAULT;
			case DiagramSpecPackage.DIAGRAM_DESCRIPTION__LAYERS:
				return layers != null && !layers.isEmpty();
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
		result.append(" (domainClass: ");
		result.append(domainClass);
		result.append(", titleExpression: ");
		result.append(titleExpression);
		result.append(", layoutDirection: ");
		result.append(layoutDirection);
		result.append(')');
		return result.toString();
	}

} //DiagramDescriptionImpl
