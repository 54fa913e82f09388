package org.intdesigner.examples.rules;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.analysis.api.AbstractRule;
import org.intdesigner.analysis.api.Category;
import org.intdesigner.analysis.api.FindingSink;
import org.intdesigner.analysis.api.RuleContext;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.model.IntdPackage;

/** A broken contribution for BrokenContributionsTest: it declares no id, which AbstractRule refuses. */
public class RuleWithoutId extends AbstractRule {

	public RuleWithoutId() {
		super(" ", Category.STRUCTURE, Severity.ERROR, "No id", "Declares a blank id.", IntdPackage.Literals.POST);
	}

	@Override
	public void check(EObject element, RuleContext context, FindingSink sink) {
		sink.report(element, "Never shown: this rule cannot be created.");
	}
}
