package org.intdesigner.analysis.rules;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.analysis.api.AbstractRule;
import org.intdesigner.analysis.api.Category;
import org.intdesigner.analysis.api.FindingSink;
import org.intdesigner.analysis.api.FindingWords;
import org.intdesigner.analysis.api.RuleContext;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Team;

/** TEAM-003: a team with nobody in it and no teams inside it exists only on paper. */
public final class EmptyTeamRule extends AbstractRule {

	public EmptyTeamRule() {
		super("TEAM-003", Category.CAPACITY, Severity.WARNING, "Team has no posts and no sub-teams",
				"A team that no post gives any time to, and that holds no other teams, cannot do anything: it is"
						+ " a name on a chart. Allocate the posts that work in it (some of their FTE), nest the teams"
						+ " it is made of, or remove it.",
				IntdPackage.Literals.TEAM);
	}

	@Override
	public void check(EObject element, RuleContext context, FindingSink sink) {
		Team team = (Team) element;
		if (team.getSubTeams().isEmpty() && context.index().postsIn(team).isEmpty()) {
			sink.report(team, "Team " + FindingWords.quoted(team) + " has no posts working in it and no sub-teams.");
		}
	}
}
