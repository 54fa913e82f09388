package org.intdesigner.planning.transition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.engine.ValidationReport;
import org.intdesigner.analysis.engine.Validator;
import org.intdesigner.model.IntdModel;

/**
 * The findings each wave brings: the validation rules run on the model after the wave, and the findings (not
 * suppressed) that the model before it did not have, by rule and element; the baseline's own findings are never a
 * wave's. A finding a wave brings and a later wave keeps is that first wave's only.
 */
final class WaveFindings {

	private final Validator validator;
	private Set<String> before;

	WaveFindings(Validator validator, IntdModel baseline) {
		this.validator = validator;
		this.before = keys(validator.validate(baseline).active());
	}

	/** The findings of {@code state}, the model after the next wave, that the model before it had not. */
	List<PlanFinding> after(IntdModel state) {
		List<Finding> active = validator.validate(state).active();
		List<PlanFinding> brought = new ArrayList<>();
		for (Finding finding : active) {
			if (!before.contains(key(finding))) {
				brought.add(new PlanFinding(finding.ruleId(), finding.severity().name().toLowerCase(java.util.Locale.ROOT),
						text(finding.elementId()), text(finding.elementName()), finding.message()));
			}
		}
		before = keys(active);
		return brought;
	}

	private static Set<String> keys(List<Finding> findings) {
		Set<String> keys = new HashSet<>();
		findings.forEach(finding -> keys.add(key(finding)));
		return keys;
	}

	/** A rule on an element: the message changes with names and counts, the finding is the same. */
	private static String key(Finding finding) {
		return finding.ruleId() + '\u0000' + (finding.elementId() != null ? finding.elementId() : finding.message());
	}

	private static String text(String text) {
		return text == null ? "" : text;
	}
}
