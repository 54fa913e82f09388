package org.intdesigner.analysis.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.intdesigner.analysis.api.Rule;
import org.intdesigner.analysis.figures.FigureAnalysis;

/**
 * The rules installed: every {@code rule} contributed to {@value #EXTENSION_POINT}, the built-in
 * ones included. A contribution that cannot be loaded (missing class, not a rule, a rule id that
 * is already taken) is logged and listed in {@link #getProblems()}, and the others are used.
 */
public final class RuleRegistry {

	public static final String EXTENSION_POINT = "org.intdesigner.analysis.rules";

	private static RuleRegistry instance;

	private final Map<String, Rule> rules;
	private final List<FigureAnalysis> analyses;
	private final List<String> problems;

	private RuleRegistry(Map<String, Rule> rules, List<FigureAnalysis> analyses, List<String> problems) {
		this.rules = Collections.unmodifiableMap(rules);
		this.analyses = List.copyOf(analyses);
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
		return new RuleRegistry(byId, List.of(), problems);
	}

	private static RuleRegistry read() {
		Map<String, Rule> byId = new LinkedHashMap<>();
		List<FigureAnalysis> analyses = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
			String contributor = element.getContributor().getName();
			try {
				Object created = element.createExecutableExtension("class");
				if ("analysis".equals(element.getName())) {
					if (created instanceof FigureAnalysis analysis) {
						analyses.add(analysis);
					} else {
						problems.add(contributor + ": " + element.getAttribute("class") + " is not a figure analysis (it must implement "
								+ FigureAnalysis.class.getName() + ")");
					}
				} else if (created instanceof Rule rule) {
					add(byId, rule, " (from " + contributor + ")", problems);
				} else {
					problems.add(contributor + ": " + element.getAttribute("class") + " is not a rule (it must implement "
							+ Rule.class.getName() + ")");
				}
			} catch (CoreException | RuntimeException | LinkageError e) {
				problems.add(contributor + ": the " + element.getName() + " " + element.getAttribute("class")
						+ " could not be loaded: " + e.getMessage());
			}
		}
		ILog log = ILog.of(RuleRegistry.class);
		problems.forEach(problem -> log.log(new Status(IStatus.ERROR, "org.intdesigner.analysis",
				"Validation rules: " + problem + ". The other rules are used.")));
		return new RuleRegistry(byId, analyses, problems);
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

	/** The figure analyses contributed, built-in ones first. */
	public List<FigureAnalysis> getAnalyses() {
		return analyses;
	}

	public Rule find(String id) {
		return rules.get(id);
	}

	public List<String> getProblems() {
		return problems;
	}
}
