package org.intdesigner.analysis.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.intdesigner.analysis.api.Rule;
import org.intdesigner.analysis.engine.Contributions.Contributed;

/**
 * The rules installed: every {@code rule} contributed to {@value #EXTENSION_POINT}, the built-in
 * ones included. A contribution that cannot be loaded (missing class, not a rule, a rule id that
 * is already taken) is logged naming its plug-in and listed in {@link #getProblems()}, and the
 * others are used. Figure analyses have their own point and {@link FigureAnalysisRegistry}.
 */
public final class RuleRegistry {

	public static final String EXTENSION_POINT = "org.intdesigner.analysis.rules";

	private static RuleRegistry instance;

	private final Map<String, Rule> rules;
	private final List<String> problems;

	private RuleRegistry(Map<String, Rule> rules, List<String> problems) {
		this.rules = Collections.unmodifiableMap(rules);
		this.problems = List.copyOf(problems);
	}

	/** The registry of the running platform, read once. */
	public static synchronized RuleRegistry getDefault() {
		if (instance == null) {
			instance = read();
		}
		return instance;
	}

	/** A registry of the given rules, for tests and callers outside the platform. */
	public static RuleRegistry of(List<Rule> rules) {
		Map<String, Rule> byId = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		rules.forEach(rule -> add(byId, rule, "", problems));
		return new RuleRegistry(byId, problems);
	}

	/** Reads the platform's contributions now and logs their problems (getDefault() reads them once). */
	public static RuleRegistry read() {
		Map<String, Rule> byId = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		for (Contributed<Rule> contributed : Contributions.read(EXTENSION_POINT, "rule", Rule.class, "rule", problems)) {
			add(byId, contributed.object(), " (from " + contributed.contributor() + ")", problems);
		}
		for (IConfigurationElement moved : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
			if ("analysis".equals(moved.getName())) {
				problems.add(moved.getContributor().getName() + ": the figure analysis " + moved.getAttribute("class")
						+ " is contributed to " + EXTENSION_POINT + ", which takes rules only now: move its analysis element to "
						+ FigureAnalysisRegistry.EXTENSION_POINT);
			}
		}
		Contributions.log(RuleRegistry.class, "Validation rules", problems);
		return new RuleRegistry(byId, problems);
	}

	private static void add(Map<String, Rule> byId, Rule rule, String from, List<String> problems) {
		if (rule.id() == null || rule.id().isBlank()) {
			problems.add(rule.getClass().getName() + from + " has no id");
		} else if (byId.containsKey(rule.id())) {
			problems.add("the rule id " + rule.id() + " of " + rule.getClass().getName() + from + " is already used by "
					+ byId.get(rule.id()).getClass().getName());
		} else {
			byId.put(rule.id(), rule);
		}
	}

	/** Every rule, built-in ones first, in contribution order. */
	public List<Rule> getRules() {
		return List.copyOf(rules.values());
	}

	public Rule find(String id) {
		return rules.get(id);
	}

	public List<String> getProblems() {
		return problems;
	}
}
