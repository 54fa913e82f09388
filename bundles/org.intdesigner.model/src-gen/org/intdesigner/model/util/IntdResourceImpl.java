/**
 */
package org.intdesigner.model.util;

import org.eclipse.emf.common.util.URI;

import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * <!-- begin-user-doc -->
 * The <b>Resource </b> associated with the package.
 * <!-- end-user-doc -->
 * @see org.intdesigner.model.util.IntdResourceFactoryImpl
 * @generated
 */
public class IntdResourceImpl extends XMIResourceImpl {
	/**
	 * Creates an instance of the resource.
	 * <!-- begin-user-doc -->
	 * @param uri the URI of the new resource.
	 * Every .intd resource resolves references through an id map (constant time instead of a
	 * tree walk per reference) and reads and writes with the options in {@link IntdXmlOptions}.
	 * <!-- end-user-doc -->
	 * @param uri the URI of the new resource.
	 * @generated NOT
	 */
	public IntdResourceImpl(URI uri) {
		super(uri);
		setIntrinsicIDToEObjectMap(new java.util.HashMap<>());
		getDefaultLoadOptions().putAll(org.intdesigner.model.io.IntdXmlOptions.load());
		getDefaultSaveOptions().putAll(org.intdesigner.model.io.IntdXmlOptions.save());
	}

} //IntdResourceImpl
