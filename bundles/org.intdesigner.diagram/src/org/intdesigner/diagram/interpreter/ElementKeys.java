package org.intdesigner.diagram.interpreter;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** How an element is known across two versions of a model: its id, else its URI fragment (as notation names it). */
public final class ElementKeys {

	private ElementKeys() {
	}

	public static String of(EObject element) {
		if (element == null) {
			return "";
		}
		String id = EcoreUtil.getID(element);
		if (id != null) {
			return id;
		}
		Resource resource = element.eResource();
		return resource == null ? "" : resource.getURIFragment(element);
	}
}
