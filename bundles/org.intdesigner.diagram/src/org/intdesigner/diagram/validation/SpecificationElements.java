package org.intdesigner.diagram.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.diagram.spec.Named;

/**
 * How problems name the elements of a specification: by type and name, as an author finds them
 * in the file ({@code NodeMapping 'post'}); unnamed ones by position in the nearest named one
 * ({@code ConditionalStyle #2 in NodeMapping 'post'}).
 */
public final class SpecificationElements {

	private SpecificationElements() {
	}

	public static String label(EObject element) {
		String type = element.eClass().getName();
		if (element instanceof Named named && named.getName() != null && !named.getName().isBlank()) {
			return type + " '" + named.getName() + "'";
		}
		EObject container = element.eContainer();
		if (container == null) {
			return type;
		}
		String position = "";
		if (element.eContainingFeature().isMany()) {
			position = " #" + (((List<?>) container.eGet(element.eContainingFeature())).indexOf(element) + 1);
		}
		return type + position + " in " + label(container);
	}
}
