package org.intdesigner.examples.rules;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.analysis.api.AbstractRule;
import org.intdesigner.analysis.api.Category;
import org.intdesigner.analysis.api.FindingSink;
import org.intdesigner.analysis.api.RuleContext;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.model.IntdPackage;

/** A broken contribution for BrokenContributionsTest: it takes the id of the built-in SPAN-001. */
public class SecondSpanRule extends AbstractRule {

	public SecondSpanRule() {
		super("SPAN-001", Category.STRUCTURE, Severity.ERROR, "Span again", "Takes an id that is already used.",
				IntdPackage.Literals.POST);
	}

	@Override
	public void check(EObject element, RuleContext context, FindingSink sink) {
		sink.report(element, "Never shown: this rule is refused.");
	}
}
