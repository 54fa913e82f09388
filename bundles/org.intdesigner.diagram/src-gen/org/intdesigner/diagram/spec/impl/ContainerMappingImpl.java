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
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.intdesigner.diagram.spec.AbstractNodeMapping;
import org.intdesigner.diagram.spec.ChildrenLayout;
import org.intdesigner.diagram.spec.ContainerMapping;
import org.intdesigner.diagram.spec.DiagramSpecPackage;
import org.intdesigner.diagram.spec.NodeMapping;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Container Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.intdesigner.diagram.spec.impl.ContainerMappingImpl#getSubNodeMappings <em>Sub Node Mappings</em>}</li>
 *   <li>{@link org.intdesigner.diagram.spec.impl.ContainerMappingImpl#getSubContainerMappings <em>Sub Container Mappings</em>}</li>
 *   <li>{@link org.intdesigner.diagram.spec.impl.ContainerMappingImpl#getReusedMappings <em>Reused Mappings</em>}</li>
 *   <li>{@link org.intdesigner.diagram.spec.impl.ContainerMappingImpl#getChildrenLayout <em>Children Layout</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContainerMappingImpl extends AbstractNodeMappingImpl implements ContainerMapping {
	/**
	 * The cached value of the '{@link #getSubNodeMappings() <em>Sub Node Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubNodeMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<NodeMapping> subNodeMappings;

	/**
	 * The cached value of the '{@link #getSubContainerMappings() <em>Sub Container Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubContainerMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<ContainerMapping> subContainerMappings;

	/**
	 * The cached value of the '{@link #getReusedMappings() <em>Reused Mappings</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReusedMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<AbstractNodeMapping> reusedMappings;

	/**
	 * The default value of the '{@link #getChildrenLayout() <em>Children Layout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChildrenLayout()
	 * @generated
	 * @ordered
	 */
	protected static final ChildrenLayout CHILDREN_LAYOUT_EDEFAULT = ChildrenLayout.LAYERED;

	/**
	 * The cached value of the '{@link #getChildrenLayout() <em>Children Layout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChildrenLayout()
	 * @generated
	 * @ordered
	 */
	protected ChildrenLayout childrenLayout = CHILDREN_LAYOUT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContainerMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DiagramSpecPackage.Literals.CONTAINER_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NodeMapping> getSubNodeMappings() {
		if (subNodeMappings == null) {
			subNodeMappings = new EObjectContainmentEList<NodeMapping>(NodeMapping.class, this, DiagramSpecPackage.CONTAINER_MAPPING__SUB_NODE_MAPPINGS);
		}
		return subNodeMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ContainerMapping> getSubContainerMappings() {
		if (subContainerMappings == null) {
			subContainerMappings = new EObjectContainmentEList<ContainerMapping>(ContainerMapping.class, this, DiagramSpecPackage.CONTAINER_MAPPING__SUB_CONTAINER_MAPPINGS);
		}
		return subContainerMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AbstractNodeMapping> getReusedMappings() {
		if (reusedMappings == null) {
			reusedMappings = new EObjectResolvingEList<AbstractNodeMapping>(AbstractNodeMapping.class, this, DiagramSpecPackage.CONTAINER_MAPPING__REUSED_MAPPINGS);
		}
		return reusedMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChildrenLayout getChildrenLayout() {
		return childrenLayout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChildrenLayout(ChildrenLayout newChildrenLayout) {
		ChildrenLayout oldChildrenLayout = childrenLayout;
		childrenLayout = newChildrenLayout == null ? CHILDREN_LAYOUT_EDEFAULT : newChildrenLayout;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramSpecPackage.CONTAINER_MAPPING__CHILDREN_LAYOUT, oldChildrenLayout, childrenLayout));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DiagramSpecPackage.CONTAINER_MAPPING__SUB_NODE_MAPPINGS:
				return ((InternalEList<?>)getSubNodeMappings()).basicRemove(otherEnd, msgs);
			case DiagramSpecPackage.CONTAINER_MAPPING__SUB_CONTAINER_MAPPINGS:
				return ((InternalEList<?>)getSubContainerMappings()).basicRemove(otherEnd, msgs);
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
			case DiagramSpecPackage.CONTAINER_MAPPING__SUB_NODE_MAPPINGS:
				return getSubNodeMappings();
			case DiagramSpecPackage.CONTAINER_MAPPING__SUB_CONTAINER_MAPPINGS:
				return getSubContainerMappings();
			case DiagramSpecPackage.CONTAINER_MAPPING__REUSED_MAPPINGS:
				return getReusedMappings();
			case DiagramSpecPackage.CONTAINER_MAPPING__CHILDREN_LAYOUT:
				return getChildrenLayout();
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
			case DiagramSpecPackage.CONTAINER_MAPPING__SUB_NODE_MAPPINGS:
				getSubNodeMappings().clear();
				getSubNodeMappings().addAll((Collection<? extends NodeMapping>)newValue);
				return;
			case DiagramSpecPackage.CONTAINER_MAPPING__SUB_CONTAINER_MAPPINGS:
				getSubContainerMappings().clear();
				getSubContainerMappings().addAll((Collection<? extends ContainerMapping>)newValue);
				return;
			case DiagramSpecPackage.CONTAINER_MAPPING__REUSED_MAPPINGS:
				getReusedMappings().clear();
				getReusedMappings().addAll((Collection<? extends AbstractNodeMapping>)newValue);
				return;
			case DiagramSpecPackage.CONTAINER_MAPPING__CHILDREN_LAYOUT:
				setChildrenLayout((ChildrenLayout)newValue);
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
			case DiagramSpecPackage.CONTAINER_MAPPING__SUB_NODE_MAPPINGS:
				getSubNodeMappings().clear();
				return;
			case DiagramSpecPackage.CONTAINER_MAPPING__SUB_CONTAINER_MAPPINGS:
				getSubContainerMappings().clear();
				return;
			case DiagramSpecPackage.CONTAINER_MAPPING__REUSED_MAPPINGS:
				getReusedMappings().clear();
				return;
			case DiagramSpecPackage.CONTAINER_MAPPING__CHILDREN_LAYOUT:
				setChildrenLayout(CHILDREN_LAYOUT_EDEFAULT);
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
			case DiagramSpecPackage.CONTAINER_MAPPING__SUB_NODE_MAPPINGS:
				return subNodeMappings != null && !subNodeMappings.isEmpty();
			case DiagramSpecPackage.CONTAINER_MAPPING__SUB_CONTAINER_MAPPINGS:
				return subContainerMappings != null && !subContainerMappings.isEmpty();
			case DiagramSpecPackage.CONTAINER_MAPPING__REUSED_MAPPINGS:
				return reusedMappings != null && !reusedMappings.isEmpty();
			case DiagramSpecPackage.CONTAINER_MAPPING__CHILDREN_LAYOUT:
				return childrenLayout != CHILDREN_LAYOUT_EDEFAULT;
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
		result.append(" (childrenLayout: ");
		result.append(childrenLayout);
		result.append(')');
		return result.toString();
	}

} //ContainerMappingImpl
