package org.intdesigner.analysis.ui.validation;

import java.util.List;

import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.api.Severity;

/** A branch of the Validation view: the findings of one severity or one rule, or the suppressed ones. */
record FindingGroup(String label, Severity severity, List<Finding> findings) {

	String text() {
		return label + " (" + findings.size() + ")";
	}
}
