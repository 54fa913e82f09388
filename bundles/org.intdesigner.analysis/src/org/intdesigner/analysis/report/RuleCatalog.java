package org.intdesigner.analysis.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.intdesigner.analysis.api.Category;
import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.api.Rule;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.analysis.engine.ValidationReport;
import org.intdesigner.analysis.engine.Validator;

/**
 * The descriptions of the rules a report names. The metamodel's own constraints
 * ({@value Validator#METAMODEL_RULE}) have no Rule object, and a finding may name a rule that is
 * not installed where the report is written; both get a description here, so that every finding
 * of a report can be explained (SARIF needs a rule entry for each result).
 */
public final class RuleCatalog {

	static final RuleDescription METAMODEL = new RuleDescription(Validator.METAMODEL_RULE,
			"Metamodel constraint broken",
			"The model breaks a constraint of the INT metamodel itself: a required value is missing, a value is out of"
					+ " its range or a reference points outside the model. Other tools may read such a model differently;"
					+ " correct the value in the Properties view.",
			Category.DATA_QUALITY, Severity.ERROR);

	private final Map<String, RuleDescription> byId = new LinkedHashMap<>();

	private RuleCatalog(Collection<RuleDescription> descriptions) {
		descriptions.forEach(d -> byId.put(d.id(), d));
	}

	/** The descriptions of {@code rules} (usually every installed rule), plus the metamodel's constraints. */
	public static RuleCatalog of(Collection<Rule> rules) {
		List<RuleDescription> descriptions = new ArrayList<>();
		rules.forEach(rule -> descriptions.add(RuleDescription.of(rule)));
		descriptions.add(METAMODEL);
		return new RuleCatalog(descriptions);
	}

	/** The rule's description; for an unknown id, one that says only that (the id stays the finding's). */
	public RuleDescription describe(String ruleId) {
		RuleDescription known = byId.get(ruleId);
		return known != null ? known
				: new RuleDescription(ruleId, ruleId, "The rule " + ruleId + " is not installed in this INT Designer.",
						Category.DATA_QUALITY, Severity.WARNING);
	}

	/**
	 * The rules behind {@code report}: those it ran, in order, then the metamodel's constraints
	 * (always checked), then any other rule one of its findings names.
	 */
	public List<RuleDescription> describeAll(ValidationReport report) {
		Set<String> ids = new LinkedHashSet<>(report.rulesRun());
		ids.add(Validator.METAMODEL_RULE);
		report.findings().stream().map(Finding::ruleId).forEach(ids::add);
		return ids.stream().map(this::describe).toList();
	}
}
