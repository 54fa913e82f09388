package org.intdesigner.analysis.rules;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.intdesigner.analysis.api.AbstractRule;
import org.intdesigner.analysis.api.Category;
import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.api.FindingSink;
import org.intdesigner.analysis.api.FindingWords;
import org.intdesigner.analysis.api.QuickFix;
import org.intdesigner.analysis.api.RuleContext;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Party;
import org.intdesigner.model.RaciAssignment;
import org.intdesigner.model.RaciCode;

/**
 * ACC-004: the Accountable party decides, so consulting it as well says nothing. One finding per
 * such party; its first related element is the party, then its Consulted assignments.
 */
public final class AccountableAlsoConsultedRule extends AbstractRule {

	public AccountableAlsoConsultedRule() {
		super("ACC-004", Category.ACCOUNTABILITY, Severity.WARNING, "Same party is Accountable and Consulted",
				"Consulted (C) means giving a view before the Accountable (A) party decides. A party that is both"
						+ " is consulting itself: the C adds nothing and often hides that someone else should have"
						+ " been consulted. Remove the C, or consult the party whose view is actually needed.",
				IntdPackage.Literals.ACCOUNTABILITY_ITEM);
	}

	@Override
	public void check(EObject element, RuleContext context, FindingSink sink) {
		AccountabilityItem item = (AccountabilityItem) element;
		for (Party party : Raci.parties(item, RaciCode.A)) {
			List<RaciAssignment> consulted = Raci.assignments(item, party, RaciCode.C);
			if (!consulted.isEmpty()) {
				List<EObject> related = new ArrayList<>(consulted.size() + 1);
				related.add(party);
				related.addAll(consulted);
				sink.report(item, "In accountability " + FindingWords.quoted(item) + ", " + FindingWords.quoted(party)
						+ " is both Accountable and Consulted.", related.toArray(EObject[]::new));
			}
		}
	}

	@Override
	public List<QuickFix> fixes(Finding finding) {
		if (!(finding.element() instanceof AccountabilityItem item) || finding.related().isEmpty()
				|| !(finding.related().get(0) instanceof Party party)) {
			return List.of();
		}
		return List.of(QuickFix.of("Remove the Consulted assignment", domain -> new RemoveCommand(domain, item,
				IntdPackage.Literals.ACCOUNTABILITY_ITEM__ASSIGNMENTS, Raci.assignments(item, party, RaciCode.C))));
	}
}
