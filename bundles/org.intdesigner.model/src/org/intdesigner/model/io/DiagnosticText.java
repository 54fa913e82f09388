package org.intdesigner.model.io;

import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.IllegalValueException;

/**
 * EMF's load diagnostics in words for the person fixing the file: without the "(file:..., 3, 55)" it
 * appends (the message gives line and column already), and a value that is not one of a kind's
 * literals says which would do.
 */
final class DiagnosticText {

	private DiagnosticText() {
	}

	static String of(Resource.Diagnostic diagnostic) {
		if (diagnostic instanceof IllegalValueException illegal && illegal.getFeature() instanceof EAttribute attribute
				&& attribute.getEAttributeType() instanceof EEnum kinds) {
			return "'" + illegal.getValue() + "' is not a " + attribute.getName() + " INT Designer knows: use one of "
					+ kinds.getELiterals().stream().map(EEnumLiteral::getLiteral).collect(Collectors.joining(", "));
		}
		String message = String.valueOf(diagnostic.getMessage());
		int location = message.lastIndexOf(" (");
		return location > 0 && message.endsWith(")") && message.substring(location).contains(", ")
				? message.substring(0, location) : message;
	}
}
