package org.intdesigner.examples.reports;

import org.intdesigner.analysis.api.Parameter;
import org.intdesigner.analysis.api.Rule;
import org.intdesigner.analysis.rules.SpanTooNarrowRule;
import org.intdesigner.analysis.rules.SpanTooWideRule;

/**
 * The span-of-control limits: fewer direct reports than {@code fewest} is narrow, more than {@code most}
 * too wide. Read from the validation rules' own parameters, so the report and ./intd validate never
 * disagree about where a span stops being acceptable.
 */
record SpanLimits(int fewest, int most) {

	static SpanLimits ofRules() {
		return new SpanLimits(defaultOf(new SpanTooNarrowRule(), "min"), defaultOf(new SpanTooWideRule(), "max"));
	}

	private static int defaultOf(Rule rule, String key) {
		return rule.parameters().stream().filter(parameter -> parameter.key().equals(key)).mapToInt(Parameter::defaultValue)
				.findFirst().orElseThrow(() -> new IllegalStateException(rule.id() + " has no parameter " + key));
	}
}
