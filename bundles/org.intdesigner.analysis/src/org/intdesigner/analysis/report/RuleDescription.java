package org.intdesigner.analysis.report;

import org.intdesigner.analysis.api.Category;
import org.intdesigner.analysis.api.Rule;
import org.intdesigner.analysis.api.Severity;

/** What a report says about a rule: its id, one-line title, why it matters, category and default severity. */
public record RuleDescription(String id, String title, String rationale, Category category, Severity defaultSeverity) {

	public static RuleDescription of(Rule rule) {
		return new RuleDescription(rule.id(), rule.title(), rule.rationale(), rule.category(), rule.defaultSeverity());
	}
}
