package org.intdesigner.analysis.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.intdesigner.analysis.api.Parameter;
import org.intdesigner.analysis.api.Rule;
import org.intdesigner.analysis.api.Severity;

/**
 * What the user changed about the rules: rules switched off, severities changed, parameters set.
 * Immutable; written as plain key/value pairs ({@code ACC-003.enabled=false},
 * {@code SPAN-001.severity=error}, {@code SPAN-001.max=20}) so preferences and the command line
 * keep it the same way. Anything not set is the rule's default.
 */
public final class RuleSettings {

	private static final String ENABLED = ".enabled";
	private static final String SEVERITY = ".severity";

	private final Map<String, String> values;

	private RuleSettings(Map<String, String> values) {
		this.values = Map.copyOf(values);
	}

	public static RuleSettings defaults() {
		return new RuleSettings(Map.of());
	}

	/** Settings from key/value pairs; unknown keys are kept (a rule installed later may use them). */
	public static RuleSettings of(Map<String, String> values) {
		return new RuleSettings(values);
	}

	public Map<String, String> toMap() {
		return new TreeMap<>(values);
	}

	public boolean isEnabled(Rule rule) {
		return !"false".equalsIgnoreCase(values.get(rule.id() + ENABLED));
	}

	public Severity severity(Rule rule) {
		String value = values.get(rule.id() + SEVERITY);
		if (value != null) {
			try {
				return Severity.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
			} catch (IllegalArgumentException e) {
				// a damaged preference falls back to the rule's own severity
			}
		}
		return rule.defaultSeverity();
	}

	/** The parameter's value, clamped to its range; the default when unset or not a number. */
	public int parameter(Rule rule, Parameter parameter) {
		String value = values.get(rule.id() + "." + parameter.key());
		if (value == null) {
			return parameter.defaultValue();
		}
		try {
			return Math.max(parameter.min(), Math.min(parameter.max(), Integer.parseInt(value.trim())));
		} catch (NumberFormatException e) {
			return parameter.defaultValue();
		}
	}

	public RuleSettings withEnabled(String ruleId, boolean enabled) {
		return with(ruleId + ENABLED, enabled ? null : "false");
	}

	public RuleSettings withSeverity(String ruleId, Severity severity) {
		return with(ruleId + SEVERITY, severity == null ? null : severity.label());
	}

	public RuleSettings withParameter(String ruleId, String key, Integer value) {
		return with(ruleId + "." + key, value == null ? null : value.toString());
	}

	private RuleSettings with(String key, String value) {
		Map<String, String> next = new HashMap<>(values);
		if (value == null) {
			next.remove(key);
		} else {
			next.put(key, value);
		}
		return new RuleSettings(next);
	}
}
