/**
 */
package org.intdesigner.diagram.spec.impl;

import org.eclipse.emf.ecore.EClass;

import org.intdesigner.diagram.spec.DiagramSpecPackage;
import org.intdesigner.diagram.spec.RemoveElement;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Remove Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class RemoveElementImpl extends OperationImpl implements RemoveElement {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RemoveElementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DiagramSpecPackage.Literals.REMOVE_ELEMENT;
	}

} //RemoveElementImpl
