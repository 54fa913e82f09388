package org.intdesigner.analysis.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EObject;
import org.intdesigner.analysis.api.Category;
import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.api.ModelIndex;
import org.intdesigner.analysis.api.Parameter;
import org.intdesigner.analysis.api.Rule;
import org.intdesigner.analysis.api.RuleContext;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.model.Element;
import org.intdesigner.model.Identified;
import org.intdesigner.model.io.Labels;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Suppression;

/**
 * The state of one validation run: the rules in play with their settings, the shared indexes,
 * the findings so far, the time each rule takes, and the rules that failed. A rule that throws is
 * reported once, as a finding against itself, and not called again in this run.
 */
final class ValidationRun implements RuleContext {

	private final IntdModel model;
	private final RuleSettings settings;
	private final ModelIndex index;
	private final Map<Object, Object> shared = new HashMap<>();
	private final List<Finding> findings = new ArrayList<>();
	private final Map<String, Long> nanos = new LinkedHashMap<>();
	private final Set<String> failed = new LinkedHashSet<>();
	private Rule current;

	ValidationRun(IntdModel model, RuleSettings settings) {
		this(model, settings, false);
	}

	/** @param nearAnEdit only elements near an edit will be checked: indexes answer each question directly */
	ValidationRun(IntdModel model, RuleSettings settings, boolean nearAnEdit) {
		this.model = model;
		this.settings = settings;
		this.index = new ModelIndex(model, nearAnEdit);
	}

	/** Runs {@code rule} on {@code element}, timing it and catching what it throws. */
	void check(Rule rule, EObject element) {
		if (failed.contains(rule.id())) {
			return;
		}
		current = rule;
		long start = System.nanoTime();
		try {
			rule.check(element, this, (on, message, related) -> report(rule, on, message, related));
		} catch (RuntimeException | LinkageError e) {
			fail(rule, element, e);
		} finally {
			nanos.merge(rule.id(), System.nanoTime() - start, Long::sum);
			current = null;
		}
	}

	private void report(Rule rule, EObject element, String message, EObject... related) {
		findings.add(finding(rule.id(), settings.severity(rule), rule.category(), message, element,
				related == null ? List.of() : Arrays.asList(related)));
	}

	/** A finding of any origin (EMF's own constraints too), marked when the element suppresses its rule. */
	Finding finding(String ruleId, Severity severity, Category category, String message, EObject element,
			List<EObject> related) {
		String id = element instanceof Identified identified ? identified.getId() : null;
		// named as a person recognises it: a post without a name by its holder, role and employer
		String name = element == null ? null : Labels.readable(element);
		return new Finding(ruleId, severity, category, message, element, id, name, List.copyOf(related),
				suppressionOf(element, ruleId));
	}

	private static Suppression suppressionOf(EObject element, String ruleId) {
		if (element instanceof Element owner && !owner.getSuppressions().isEmpty()) {
			for (Suppression suppression : owner.getSuppressions()) {
				if (ruleId.equals(suppression.getRuleId())) {
					return suppression;
				}
			}
		}
		return null;
	}

	private void fail(Rule rule, EObject element, Throwable e) {
		failed.add(rule.id());
		String where = element instanceof Element named && named.getName() != null ? " on '" + named.getName() + "'"
				: element == null ? "" : " on a " + element.eClass().getName();
		String message = "The rule " + rule.id() + " failed" + where + " (" + e + ") and was not run further;"
				+ " its findings are incomplete. Details are in the log.";
		findings.add(new Finding(rule.id(), Severity.ERROR, rule.category(), message, null, null, null, List.of(), null));
		if (Platform.isRunning()) {
			ILog.of(ValidationRun.class).log(new Status(IStatus.ERROR, "org.intdesigner.analysis", message, e));
		}
	}

	void add(Finding finding) {
		findings.add(finding);
	}

	List<Finding> findings() {
		return findings;
	}

	Map<String, Long> nanos() {
		return nanos;
	}

	Set<String> failed() {
		return failed;
	}

	@Override
	public IntdModel model() {
		return model;
	}

	@Override
	public int parameter(String key) {
		if (current == null) {
			throw new IllegalStateException("parameters are read while a rule checks an element");
		}
		for (Parameter parameter : current.parameters()) {
			if (parameter.key().equals(key)) {
				return settings.parameter(current, parameter);
			}
		}
		throw new IllegalArgumentException("The rule " + current.id() + " has no parameter '" + key + "'");
	}

	@Override
	public ModelIndex index() {
		return index;
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> T shared(Object key, Supplier<T> compute) {
		return (T) shared.computeIfAbsent(key, k -> compute.get());
	}
}
