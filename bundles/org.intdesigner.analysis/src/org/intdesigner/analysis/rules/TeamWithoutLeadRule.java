package org.intdesigner.analysis.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.intdesigner.analysis.api.AbstractRule;
import org.intdesigner.analysis.api.Category;
import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.api.FindingSink;
import org.intdesigner.analysis.api.FindingWords;
import org.intdesigner.analysis.api.QuickFix;
import org.intdesigner.analysis.api.RuleContext;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;

/** TEAM-002: every team has one accountable lead. */
public final class TeamWithoutLeadRule extends AbstractRule {

	/** More candidates than this make a menu nobody reads; the lead can be set in Properties. */
	static final int MOST_CANDIDATES = 5;

	public TeamWithoutLeadRule() {
		super("TEAM-002", Category.ACCOUNTABILITY, Severity.WARNING, "Team has no accountable lead",
				"Every team needs one lead who answers for what it does and whom partners can go to. A team"
						+ " without a lead drifts, and in a team of teams nobody speaks for it. Set the team's lead"
						+ " to the post that is accountable for it.",
				IntdPackage.Literals.TEAM);
	}

	@Override
	public void check(EObject element, RuleContext context, FindingSink sink) {
		Team team = (Team) element;
		if (team.getLead() == null) {
			sink.report(team, "Team " + FindingWords.quoted(team) + " has no accountable lead.");
		}
	}

	/**
	 * "Make X the lead" for the posts working in the team, filled posts first, then those giving the
	 * team most of their time. Fixes are asked for one finding at a time, so the model is read here.
	 */
	@Override
	public List<QuickFix> fixes(Finding finding) {
		if (!(finding.element() instanceof Team team) || !(EcoreUtil.getRootContainer(team) instanceof IntdModel model)) {
			return List.of();
		}
		Map<Post, Double> fteInTeam = new LinkedHashMap<>();
		for (Post post : model.getPosts()) {
			for (Allocation allocation : post.getAllocations()) {
				if (allocation.getTeam() == team) {
					fteInTeam.merge(post, allocation.getFte(), Double::sum);
				}
			}
		}
		List<Post> candidates = new ArrayList<>(fteInTeam.keySet());
		candidates.sort(Comparator.comparing(Post::isVacant).thenComparing(p -> -fteInTeam.get(p)));
		return candidates.stream().limit(MOST_CANDIDATES).<QuickFix>map(post -> QuickFix.of(
				"Make " + FindingWords.quoted(post) + " the lead",
				domain -> new SetCommand(domain, team, IntdPackage.Literals.TEAM__LEAD, post))).toList();
	}
}
