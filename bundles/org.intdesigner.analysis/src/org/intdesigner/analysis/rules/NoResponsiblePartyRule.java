package org.intdesigner.analysis.rules;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.intdesigner.analysis.api.AbstractRule;
import org.intdesigner.analysis.api.Category;
import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.api.FindingSink;
import org.intdesigner.analysis.api.FindingWords;
import org.intdesigner.analysis.api.QuickFix;
import org.intdesigner.analysis.api.RuleContext;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Party;
import org.intdesigner.model.RaciAssignment;
import org.intdesigner.model.RaciCode;
import org.intdesigner.model.io.ModelIds;

/** ACC-003: an item nobody is Responsible for is done by its A, often without anyone deciding so. */
public final class NoResponsiblePartyRule extends AbstractRule {

	public NoResponsiblePartyRule() {
		super("ACC-003", Category.ACCOUNTABILITY, Severity.WARNING, "Accountability item has no Responsible party",
				"Somebody has to do the work. With no Responsible (R) party the Accountable party is taken to do"
						+ " it, which is rarely intended for a senior post or a whole organisation. Name who does the"
						+ " work as R, or make the A also R if that is the intention.",
				IntdPackage.Literals.ACCOUNTABILITY_ITEM);
	}

	@Override
	public void check(EObject element, RuleContext context, FindingSink sink) {
		AccountabilityItem item = (AccountabilityItem) element;
		if (!Raci.parties(item, RaciCode.R).isEmpty()) {
			return;
		}
		List<Party> accountable = Raci.parties(item, RaciCode.A);
		if (accountable.size() == 1) {
			sink.report(item, "Accountability " + FindingWords.quoted(item) + " has no Responsible party, so its Accountable"
					+ " party, " + FindingWords.quoted(accountable.get(0)) + ", is left to do the work.", accountable.get(0));
		} else {
			sink.report(item, "Accountability " + FindingWords.quoted(item) + " has no Responsible party.",
					accountable.toArray(EObject[]::new));
		}
	}

	/** When there is exactly one A, it can take the R too. */
	@Override
	public List<QuickFix> fixes(Finding finding) {
		if (!(finding.element() instanceof AccountabilityItem item)) {
			return List.of();
		}
		List<Party> accountable = Raci.parties(item, RaciCode.A);
		if (accountable.size() != 1) {
			return List.of();
		}
		Party party = accountable.get(0);
		return List.of(QuickFix.of("Make the Accountable party also Responsible", domain -> {
			RaciAssignment responsible = IntdFactory.eINSTANCE.createRaciAssignment();
			responsible.setId(ModelIds.newId());
			responsible.setParty(party);
			responsible.setCode(RaciCode.R);
			return new AddCommand(domain, item, IntdPackage.Literals.ACCOUNTABILITY_ITEM__ASSIGNMENTS, responsible);
		}));
	}
}
