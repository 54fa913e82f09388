package org.intdesigner.analysis.api;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.model.Suppression;

/**
 * One thing a rule found on one element. {@code suppression} is set when a person accepted the
 * finding on that element (it then counts for nothing but is still listed in reports). A rule that
 * failed is reported as a finding with no element, against the rule itself.
 */
public record Finding(String ruleId, Severity severity, Category category, String message, EObject element,
		String elementId, String elementName, List<EObject> related, Suppression suppression) {

	public boolean isSuppressed() {
		return suppression != null;
	}
}
