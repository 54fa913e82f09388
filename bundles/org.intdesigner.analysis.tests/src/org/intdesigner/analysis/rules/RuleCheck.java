package org.intdesigner.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.api.QuickFix;
import org.intdesigner.analysis.api.Rule;
import org.intdesigner.analysis.engine.RuleSettings;
import org.intdesigner.analysis.engine.ValidationReport;
import org.intdesigner.analysis.engine.Validator;
import org.intdesigner.model.IntdModel;

/** Runs one rule through the real engine, and checks that a quick fix resolves a finding and undo brings it back. */
final class RuleCheck {

	private RuleCheck() {
	}

	/** The rule's active findings on {@code model}; fails if the rule itself failed. */
	static List<Finding> findings(Rule rule, IntdModel model) {
		return findings(rule, model, RuleSettings.defaults());
	}

	static List<Finding> findings(Rule rule, IntdModel model, RuleSettings settings) {
		ValidationReport report = new Validator(List.of(rule), settings).validate(model);
		assertTrue(report.failedRules().isEmpty(), report.findings().toString());
		return report.active().stream().filter(f -> f.ruleId().equals(rule.id())).toList();
	}

	/** The rule's only finding on {@code model}. */
	static Finding only(Rule rule, IntdModel model) {
		List<Finding> findings = findings(rule, model);
		assertEquals(1, findings.size(), findings.toString());
		return findings.get(0);
	}

	static QuickFix fix(Rule rule, Finding finding, String label) {
		return rule.fixes(finding).stream().filter(f -> f.label().equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError("no fix '" + label + "' in " + rule.fixes(finding)));
	}

	/**
	 * Runs {@code fix} on a command stack: afterwards the rule no longer finds anything on the
	 * finding's element; after undo it finds the same message again; after redo it is gone again.
	 */
	static void assertFixResolves(Rule rule, IntdModel model, Finding finding, QuickFix fix) {
		BasicCommandStack stack = new BasicCommandStack();
		EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);
		Command command = fix.createCommand(domain);
		assertTrue(command.canExecute(), fix.label());
		stack.execute(command);
		assertFalse(on(findings(rule, model), finding.element()), fix.label() + " resolves " + finding.message());
		assertTrue(stack.canUndo());
		stack.undo();
		assertTrue(findings(rule, model).stream().anyMatch(f -> f.element() == finding.element()
				&& f.message().equals(finding.message())), "undo brings back " + finding.message());
		stack.redo();
		assertFalse(on(findings(rule, model), finding.element()), "redo resolves it again");
	}

	private static boolean on(List<Finding> findings, EObject element) {
		return findings.stream().anyMatch(f -> f.element() == element);
	}
}
