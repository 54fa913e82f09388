package org.intdesigner.analysis.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.api.Severity;

/**
 * The outcome of one validation run: the findings (suppressed ones included, marked), the rules
 * that ran, how long each took, and the rules that failed (each also a finding against itself).
 */
public record ValidationReport(List<Finding> findings, List<String> rulesRun, Map<String, Long> ruleNanos,
		List<String> failedRules, long totalNanos) {

	/** Findings that count: not suppressed. */
	public List<Finding> active() {
		return findings.stream().filter(f -> !f.isSuppressed()).toList();
	}

	/**
	 * The active findings of each element, in report order; findings with no element (a failed rule)
	 * are left out. What the RACI matrix, its exports and the decorations show beside an element.
	 */
	public Map<EObject, List<Finding>> activeByElement() {
		Map<EObject, List<Finding>> byElement = new HashMap<>();
		for (Finding finding : findings) {
			if (!finding.isSuppressed() && finding.element() != null) {
				byElement.computeIfAbsent(finding.element(), e -> new ArrayList<>()).add(finding);
			}
		}
		return byElement;
	}

	public List<Finding> suppressed() {
		return findings.stream().filter(Finding::isSuppressed).toList();
	}

	/** Is there an active finding at least as serious as {@code level}? */
	public boolean hasAtLeast(Severity level) {
		return active().stream().anyMatch(f -> f.severity().atLeast(level));
	}

	public long count(Severity severity) {
		return active().stream().filter(f -> f.severity() == severity).count();
	}
}
