package org.intdesigner.planning.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.SubMonitor;
import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.api.Rule;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.analysis.engine.RuleSettings;
import org.intdesigner.analysis.engine.ValidationReport;
import org.intdesigner.analysis.engine.Validator;
import org.intdesigner.model.IntdModel;
import org.intdesigner.planning.scenarios.SideBySide.Unit;

/**
 * Validation findings by rule, as {@code ./intd validate} finds them: the installed rules with the given settings
 * (switched-off rules do not run), suppressed findings not counted.
 */
final class RuleFindingsSection {

	static final String TITLE = "Validation findings by rule";
	static final String FINDINGS = "findings";
	static final String ALL_RULES = "All rules";
	private static final Object TOTAL = new Object();

	private RuleFindingsSection() {
	}

	static SideBySide.Section of(List<IntdModel> models, List<Rule> rules, RuleSettings settings, SubMonitor monitor) {
		Map<String, Rule> byId = rules.stream().collect(Collectors.toMap(Rule::id, Function.identity(), (a, b) -> a));
		Validator validator = new Validator(rules, settings);
		Tally byRule = new Tally(models.size());
		Tally totals = new Tally(models.size());
		monitor.setWorkRemaining(models.size());
		for (int i = 0; i < models.size(); i++) {
			ValidationReport report = validator.validate(models.get(i));
			for (Severity severity : Severity.values()) {
				totals.add(i, TOTAL, ALL_RULES, plural(severity), Unit.COUNT, 0);
			}
			for (Finding finding : report.active()) {
				Rule rule = byId.get(finding.ruleId());
				String label = rule == null ? finding.ruleId() : finding.ruleId() + " " + rule.title();
				byRule.add(i, finding.ruleId(), label, FINDINGS, Unit.COUNT, 1);
				totals.add(i, TOTAL, ALL_RULES, plural(finding.severity()), Unit.COUNT, 1);
			}
			monitor.split(1);
		}
		List<SideBySide.Row> rows = new ArrayList<>(byRule.rows());
		rows.sort(java.util.Comparator.comparing(SideBySide.Row::label));
		rows.addAll(totals.rows());
		return new SideBySide.Section(TITLE, "Rule", rows, List.of());
	}

	static String plural(Severity severity) {
		return switch (severity) {
		case ERROR -> "errors";
		case WARNING -> "warnings";
		case INFO -> "information";
		};
	}
}
