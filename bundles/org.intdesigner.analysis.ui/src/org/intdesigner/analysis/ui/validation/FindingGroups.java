package org.intdesigner.analysis.ui.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.api.Rule;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.analysis.engine.RuleRegistry;
import org.intdesigner.analysis.engine.ValidationReport;

/** Sorts a report into the view's branches: by severity or by rule, filtered by text, suppressed ones last. */
final class FindingGroups {

	private FindingGroups() {
	}

	static List<FindingGroup> of(ValidationReport report, boolean byRule, boolean showSuppressed, String filter) {
		List<FindingGroup> groups = new ArrayList<>();
		if (report == null) {
			return groups;
		}
		List<Finding> active = report.active().stream().filter(f -> matches(f, filter)).toList();
		if (byRule) {
			Map<String, List<Finding>> byId = new LinkedHashMap<>();
			active.stream().sorted((a, b) -> a.ruleId().compareTo(b.ruleId()))
					.forEach(f -> byId.computeIfAbsent(f.ruleId(), id -> new ArrayList<>()).add(f));
			byId.forEach((id, findings) -> groups.add(new FindingGroup(id + " " + title(id), findings.get(0).severity(), findings)));
		} else {
			for (Severity severity : Severity.values()) {
				List<Finding> findings = active.stream().filter(f -> f.severity() == severity).toList();
				if (!findings.isEmpty()) {
					groups.add(new FindingGroup(plural(severity), severity, findings));
				}
			}
		}
		if (showSuppressed) {
			List<Finding> suppressed = report.suppressed().stream().filter(f -> matches(f, filter)).toList();
			if (!suppressed.isEmpty()) {
				groups.add(new FindingGroup("Suppressed", null, suppressed));
			}
		}
		return groups;
	}

	static String title(String ruleId) {
		Rule rule = RuleRegistry.getDefault().find(ruleId);
		return rule == null ? "" : rule.title();
	}

	private static String plural(Severity severity) {
		return switch (severity) {
		case ERROR -> "Errors";
		case WARNING -> "Warnings";
		case INFO -> "Information";
		};
	}

	private static boolean matches(Finding finding, String filter) {
		if (filter == null || filter.isBlank()) {
			return true;
		}
		String needle = filter.toLowerCase(Locale.ROOT).trim();
		return finding.message().toLowerCase(Locale.ROOT).contains(needle)
				|| finding.ruleId().toLowerCase(Locale.ROOT).contains(needle)
				|| finding.elementName() != null && finding.elementName().toLowerCase(Locale.ROOT).contains(needle);
	}
}
