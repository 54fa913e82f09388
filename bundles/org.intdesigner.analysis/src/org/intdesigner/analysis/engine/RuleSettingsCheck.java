package org.intdesigner.analysis.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.intdesigner.analysis.api.Parameter;
import org.intdesigner.analysis.api.Rule;
import org.intdesigner.analysis.api.Severity;

/**
 * Checks settings a person typed (on the command line, in a rules file) against the installed
 * rules, because {@link RuleSettings} quietly falls back to a rule's defaults on anything it cannot
 * use, and a typo would then pass unnoticed. A value that cannot mean anything ({@code severity=fatal},
 * {@code max=lots}, a parameter the rule does not have) is an error; a rule that is not installed is
 * only a warning, as a shared rules file may name rules of a plug-in installed elsewhere.
 */
public final class RuleSettingsCheck {

	/** What is wrong with the settings: errors make them unusable, warnings do not. */
	public record Problems(List<String> errors, List<String> warnings) {
		public boolean hasErrors() {
			return !errors.isEmpty();
		}
	}

	private RuleSettingsCheck() {
	}

	public static Problems check(Map<String, String> settings, List<Rule> rules) {
		RuleRegistry registry = RuleRegistry.of(rules);
		List<String> errors = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		settings.forEach((key, value) -> {
			int dot = key.lastIndexOf('.');
			if (dot <= 0 || dot == key.length() - 1) {
				errors.add(key + "=" + value + ": a setting is RULE.enabled, RULE.severity or RULE.PARAMETER (such as"
						+ " SPAN-001.max=20)");
				return;
			}
			String ruleId = key.substring(0, dot);
			String name = key.substring(dot + 1);
			Rule rule = registry.find(ruleId);
			if (rule == null) {
				warnings.add(key + ": no rule " + ruleId + " is installed; the setting is ignored");
				return;
			}
			String problem = problem(rule, name, value.trim());
			if (problem != null) {
				errors.add(key + "=" + value + ": " + problem);
			}
		});
		return new Problems(List.copyOf(errors), List.copyOf(warnings));
	}

	private static String problem(Rule rule, String name, String value) {
		if (name.equals("enabled")) {
			return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false") ? null : "use true or false";
		}
		if (name.equals("severity")) {
			try {
				Severity.valueOf(value.toUpperCase(Locale.ROOT));
				return null;
			} catch (IllegalArgumentException e) {
				return "use error, warning or info";
			}
		}
		for (Parameter parameter : rule.parameters()) {
			if (parameter.key().equals(name)) {
				return parameterProblem(parameter, value);
			}
		}
		List<String> known = new ArrayList<>(List.of("enabled", "severity"));
		rule.parameters().forEach(p -> known.add(p.key()));
		return rule.id() + " has no setting '" + name + "' (it has " + String.join(", ", known) + ")";
	}

	private static String parameterProblem(Parameter parameter, String value) {
		try {
			int number = Integer.parseInt(value);
			return number < parameter.min() || number > parameter.max()
					? parameter.label() + " must be from " + parameter.min() + " to " + parameter.max()
					: null;
		} catch (NumberFormatException e) {
			return parameter.label() + " must be a whole number from " + parameter.min() + " to " + parameter.max();
		}
	}
}
