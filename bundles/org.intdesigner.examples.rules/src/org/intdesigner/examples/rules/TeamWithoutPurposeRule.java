package org.intdesigner.examples.rules;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.intdesigner.analysis.api.AbstractRule;
import org.intdesigner.analysis.api.Category;
import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.api.FindingSink;
import org.intdesigner.analysis.api.FindingWords;
import org.intdesigner.analysis.api.Parameter;
import org.intdesigner.analysis.api.QuickFix;
import org.intdesigner.analysis.api.RuleContext;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Team;

/**
 * An example for extenders: a rule with its own id prefix (EXM), a parameter, and a quick fix.
 * A team whose purpose is missing or shorter than a few words is hard to hold to account: say
 * what it is for. It extends the API's AbstractRule, so it declares what it is in one constructor
 * call and holds only its check and its fix. Contributed in this bundle's plugin.xml; nothing else
 * is needed.
 */
public class TeamWithoutPurposeRule extends AbstractRule {

	public TeamWithoutPurposeRule() {
		super("EXM-001", Category.STRUCTURE, Severity.INFO, "Team has no stated purpose",
				"A team of teams works when every team knows what it is for. A purpose of a few words at least"
						+ " (who it serves, for what) lets partners agree who does what and lets the team be held to account.",
				IntdPackage.Literals.TEAM, new Parameter("minWords", "Fewest words in a purpose", 3, 1, 50));
	}

	@Override
	public void check(EObject element, RuleContext context, FindingSink sink) {
		Team team = (Team) element;
		String purpose = team.getPurpose() == null ? "" : team.getPurpose().trim();
		int words = purpose.isEmpty() ? 0 : purpose.split("\\s+").length;
		if (words < context.parameter("minWords")) {
			sink.report(team, purpose.isEmpty() ? "Team " + FindingWords.quoted(team) + " has no stated purpose."
					: "Team " + FindingWords.quoted(team) + " states its purpose in only " + words + " word(s): '" + purpose + "'.");
		}
	}

	@Override
	public List<QuickFix> fixes(Finding finding) {
		Team team = (Team) finding.element();
		return List.of(QuickFix.of("Write a placeholder purpose to complete", domain -> SetCommand.create(domain, team,
				IntdPackage.Literals.TEAM__PURPOSE, "To be agreed: who " + team.getName() + " serves and for what")));
	}
}
