package org.intdesigner.model.diagrams;

import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.analysis.engine.LatestFindings;

/**
 * What diagram specifications call as {@code validation:...}: the findings of the last validation of
 * the element's model (kept current by the workbench as the model changes), for decorations.
 */
public class ValidationServices {

	/** Does the element have an active error? */
	public boolean hasErrors(EObject element) {
		return LatestFindings.worst(element) == Severity.ERROR;
	}

	/** Does the element have an active warning (and no error)? */
	public boolean hasWarnings(EObject element) {
		return LatestFindings.worst(element) == Severity.WARNING;
	}

	/** The element's findings, one per line, as a tooltip shows them. */
	public String messages(EObject element) {
		return LatestFindings.of(element).stream().map(f -> f.ruleId() + ": " + f.message())
				.collect(Collectors.joining("\n"));
	}

	/** How many active findings the element has. */
	public int count(EObject element) {
		return LatestFindings.of(element).size();
	}
}
