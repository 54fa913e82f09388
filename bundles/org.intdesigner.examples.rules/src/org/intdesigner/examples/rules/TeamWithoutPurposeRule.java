package org.intdesigner.examples.rules;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.intdesigner.analysis.api.Category;
import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.api.FindingSink;
import org.intdesigner.analysis.api.Parameter;
import org.intdesigner.analysis.api.QuickFix;
import org.intdesigner.analysis.api.Rule;
import org.intdesigner.analysis.api.RuleContext;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Team;

/**
 * An example for extenders: a rule with its own id prefix (EXM), a parameter, and a quick fix.
 * A team whose purpose is missing or shorter than a few words is hard to hold to account: say
 * what it is for. Contributed in this bundle's plugin.xml; nothing else is needed.
 */
public class TeamWithoutPurposeRule implements Rule {

	@Override
	public String id() {
		return "EXM-001";
	}

	@Override
	public Category category() {
		return Category.STRUCTURE;
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.INFO;
	}

	@Override
	public String title() {
		return "Team has no stated purpose";
	}

	@Override
	public String rationale() {
		return "A team of teams works when every team knows what it is for. A purpose of a few words at least"
				+ " (who it serves, for what) lets partners agree who does what and lets the team be held to account.";
	}

	@Override
	public List<Parameter> parameters() {
		return List.of(new Parameter("minWords", "Fewest words in a purpose", 3, 1, 50));
	}

	@Override
	public Set<EClass> appliesTo() {
		return Set.of(IntdPackage.Literals.TEAM);
	}

	@Override
	public void check(EObject element, RuleContext context, FindingSink sink) {
		Team team = (Team) element;
		String purpose = team.getPurpose() == null ? "" : team.getPurpose().trim();
		int words = purpose.isEmpty() ? 0 : purpose.split("\\s+").length;
		if (words < context.parameter("minWords")) {
			sink.report(team, purpose.isEmpty() ? "Team '" + team.getName() + "' has no stated purpose."
					: "Team '" + team.getName() + "' states its purpose in only " + words + " word(s): '" + purpose + "'.");
		}
	}

	@Override
	public List<QuickFix> fixes(Finding finding) {
		Team team = (Team) finding.element();
		return List.of(new QuickFix() {
			@Override
			public String label() {
				return "Write a placeholder purpose to complete";
			}

			@Override
			public Command createCommand(EditingDomain domain) {
				return SetCommand.create(domain, team, IntdPackage.Literals.TEAM__PURPOSE,
						"To be agreed: who " + team.getName() + " serves and for what");
			}
		});
	}
}
