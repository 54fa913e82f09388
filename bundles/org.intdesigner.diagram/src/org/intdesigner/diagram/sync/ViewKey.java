package org.intdesigner.diagram.sync;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.diagram.interpreter.ElementKeys;

/**
 * How notation finds its semantic elements again: by mapping name and the element's URI fragment
 * (its id in an INT model), so a view survives reloading both files and an element shown twice by
 * two mappings gets two views.
 */
record ViewKey(String mapping, String element) {

	static String fragment(EObject element) {
		// an element's id is its fragment in its resource; a baseline's element (a ghost's) is known by it too
		return ElementKeys.of(element);
	}

	static ViewKey of(String mapping, EObject element) {
		return new ViewKey(mapping, fragment(element));
	}
}
