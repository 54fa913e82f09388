/**
 */
package org.intdesigner.diagram.notation.util;

import org.eclipse.emf.common.util.URI;

import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * <!-- begin-user-doc -->
 * The <b>Resource </b> associated with the package.
 * <!-- end-user-doc -->
 * @see org.intdesigner.diagram.notation.util.NotationResourceFactoryImpl
 * @generated
 */
public class NotationResourceImpl extends XMIResourceImpl {
	/**
	 * Creates an instance of the resource.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param uri the URI of the new resource.
	 * @generated
	 */
	public NotationResourceImpl(URI uri) {
		super(uri);
	}

} //NotationResourceImpl
