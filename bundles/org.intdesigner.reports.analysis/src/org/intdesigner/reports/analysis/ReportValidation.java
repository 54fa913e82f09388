package org.intdesigner.reports.analysis;


import org.intdesigner.analysis.api.Rule;
import org.intdesigner.analysis.engine.RuleRegistry;
import org.intdesigner.analysis.engine.RuleSettings;
import org.intdesigner.analysis.engine.ValidationReport;
import org.intdesigner.analysis.engine.Validator;
import org.intdesigner.reports.ReportContext;

/**
 * The product's validation of a report's model, as {@code ./intd validate} runs it: every installed
 * rule with its default settings. Run once per run: the RACI and findings sections of one report, and
 * every place of an all-places run, share it (a London-scale model takes seconds to validate); the
 * next run validates again, so a model edited in between is never reported from an old run.
 */
final class ReportValidation {

	private ReportValidation() {
	}

	private static final String KEY = "org.intdesigner.analysis.validation";

	static ValidationReport of(ReportContext context) {
		java.util.List<Rule> rules = RuleRegistry.getDefault().getRules();
		return context.shared().get(KEY, () -> validate(context, rules));
	}

	/** Starts the validation on another core while the sections before the first that needs it are written. */
	static void startEarly(ReportContext context) {
		java.util.List<Rule> rules = RuleRegistry.getDefault().getRules(); // the registry is read on this thread
		context.shared().startEarly(KEY, () -> validate(context, rules));
	}

	private static ValidationReport validate(ReportContext context, java.util.List<Rule> rules) {
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
