package org.intdesigner.analysis.rules;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.analysis.api.AbstractRule;
import org.intdesigner.analysis.api.Category;
import org.intdesigner.analysis.api.FindingSink;
import org.intdesigner.analysis.api.FindingWords;
import org.intdesigner.analysis.api.RuleContext;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.RaciCode;

/** ACC-001: every accountability item needs someone who answers for it. */
public final class NoAccountablePartyRule extends AbstractRule {

	public NoAccountablePartyRule() {
		super("ACC-001", Category.ACCOUNTABILITY, Severity.ERROR, "Accountability item has no Accountable party",
				"Each care function, decision, outcome or risk needs exactly one Accountable (A) party: the one who"
						+ " answers for it and signs it off. Without an A nobody owns the result and problems fall"
						+ " between partners. Give one post, role, team or organisation the A.",
				IntdPackage.Literals.ACCOUNTABILITY_ITEM);
	}

	@Override
	public void check(EObject element, RuleContext context, FindingSink sink) {
		AccountabilityItem item = (AccountabilityItem) element;
		if (Raci.parties(item, RaciCode.A).isEmpty()) {
			String message = "Accountability " + FindingWords.quoted(item) + " has no Accountable party.";
			if (item.getTeam() != null) {
				sink.report(item, message, item.getTeam());
			} else {
				sink.report(item, message);
			}
		}
	}
}
