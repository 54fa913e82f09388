package org.intdesigner.diagram.sync;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * How notation finds its semantic elements again: by mapping name and the element's URI fragment
 * (its id in an INT model), so a view survives reloading both files and an element shown twice by
 * two mappings gets two views.
 */
record ViewKey(String mapping, String element) {

	static String fragment(EObject element) {
		if (element == null) {
			return "";
		}
		Resource resource = element.eResource();
		return resource == null ? "" : resource.getURIFragment(element);
	}

	static ViewKey of(String mapping, EObject element) {
		return new ViewKey(mapping, fragment(element));
	}
}
