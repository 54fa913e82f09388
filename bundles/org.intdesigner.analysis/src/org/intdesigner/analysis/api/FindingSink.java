package org.intdesigner.analysis.api;

import org.eclipse.emf.ecore.EObject;

/** Where a rule reports what it found: on which element, in words a person can act on, and what else is involved. */
@FunctionalInterface
public interface FindingSink {

	void report(EObject element, String message, EObject... related);
}
