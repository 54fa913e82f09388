package org.intdesigner.analysis.rules;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.analysis.api.AbstractRule;
import org.intdesigner.analysis.api.Category;
import org.intdesigner.analysis.api.FindingSink;
import org.intdesigner.analysis.api.FindingWords;
import org.intdesigner.analysis.api.RuleContext;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Party;
import org.intdesigner.model.RaciCode;

/** ACC-002: shared accountability is no accountability; one A per item. */
public final class SeveralAccountablePartiesRule extends AbstractRule {

	public SeveralAccountablePartiesRule() {
		super("ACC-002", Category.ACCOUNTABILITY, Severity.ERROR, "Accountability item has more than one Accountable party",
				"When two parties are Accountable for the same item, each can assume the other has it in hand and"
						+ " decisions stall between them. Keep one Accountable (A) party; make the others Responsible"
						+ " (R) or Supporting (S), or split the item into parts that each have their own A.",
				IntdPackage.Literals.ACCOUNTABILITY_ITEM);
	}

	@Override
	public void check(EObject element, RuleContext context, FindingSink sink) {
		AccountabilityItem item = (AccountabilityItem) element;
		List<Party> accountable = Raci.parties(item, RaciCode.A);
		if (accountable.size() > 1) {
			sink.report(item, "Accountability " + FindingWords.quoted(item) + " has " + FindingWords.number(accountable.size())
					+ " Accountable parties: " + FindingWords.names(accountable) + ".", accountable.toArray(EObject[]::new));
		}
	}
}
