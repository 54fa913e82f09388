package org.intdesigner.planning;

import org.eclipse.emf.ecore.EObject;

/**
 * Where an element of the model came from, for messages: "wisn_studies.csv:3" for a model read from CSV files,
 * nothing for an .intd (whose elements are named by their names).
 */
@FunctionalInterface
public interface ElementPlaces {

	ElementPlaces NONE = element -> null;

	/** The file and row of {@code element}, or null. */
	String of(EObject element);
}
