/**
 */
package org.intdesigner.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Party;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Party</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class PartyImpl extends ElementImpl implements Party {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PartyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return IntdPackage.Literals.PARTY;
	}

} //PartyImpl
