package org.intdesigner.reports.analysis;

import java.util.Map;
import java.util.WeakHashMap;

import org.intdesigner.analysis.api.Rule;
import org.intdesigner.analysis.engine.RuleRegistry;
import org.intdesigner.analysis.engine.RuleSettings;
import org.intdesigner.analysis.engine.ValidationReport;
import org.intdesigner.analysis.engine.Validator;
import org.intdesigner.reports.ReportContext;

/**
 * The product's validation of a report's model, as {@code ./intd validate} runs it: every installed
 * rule with its default settings. Run once per report: the RACI and findings sections of one report
 * share it (a London-scale model takes seconds to validate), and the next report validates again,
 * so a model edited in between is never reported from an old run. Held weakly by the report's context.
 */
final class ReportValidation {

	private static final Map<ReportContext, ValidationReport> BY_REPORT = new WeakHashMap<>();

	private ReportValidation() {
	}

	static ValidationReport of(ReportContext context) {
		synchronized (BY_REPORT) {
			return BY_REPORT.computeIfAbsent(context, ReportValidation::validate);
		}
	}

	private static ValidationReport validate(ReportContext context) {
		java.util.List<Rule> rules = RuleRegistry.getDefault().getRules();
		return new Validator(rules, RuleSettings.defaults()).validate(context.model());
	}

	/** A rule's title, or the id when the rule is not installed (the metamodel's constraints have none). */
	static String title(String ruleId) {
		if (Validator.METAMODEL_RULE.equals(ruleId)) {
			return "Model structure (metamodel constraints)";
		}
		Rule rule = RuleRegistry.getDefault().find(ruleId);
		return rule == null ? ruleId : rule.title();
	}
}
