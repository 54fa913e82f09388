package org.intdesigner.analysis.rules;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.analysis.api.AbstractRule;
import org.intdesigner.analysis.api.Category;
import org.intdesigner.analysis.api.FindingSink;
import org.intdesigner.analysis.api.FindingWords;
import org.intdesigner.analysis.api.RuleContext;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.model.Arrangement;
import org.intdesigner.model.ArrangementKind;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;

/**
 * BND-002: a post working in a team another organisation hosts needs a hosting arrangement. Only
 * an arrangement of kind HOSTING counts: line management, supervision or information sharing do
 * not settle whose policies, premises, indemnity and systems apply. Which organisations the
 * arrangement names is not checked: a post working for several hosts refers to one arrangement.
 */
public final class NoHostingArrangementRule extends AbstractRule {

	public NoHostingArrangementRule() {
		super("BND-002", Category.BOUNDARIES, Severity.WARNING,
				"Post works in a team hosted by another organisation without a hosting arrangement",
				"When a post works in a team another organisation hosts, the two organisations must agree whose"
						+ " policies, premises, indemnity, IT and information governance apply, and who handles a"
						+ " concern or an incident. A hosting arrangement records that agreement. Record one between"
						+ " the employer and the host and set it as the post's host arrangement.",
				IntdPackage.Literals.POST);
	}

	@Override
	public void check(EObject element, RuleContext context, FindingSink sink) {
		Post post = (Post) element;
		Arrangement arrangement = post.getHostArrangement();
		if (arrangement != null && arrangement.getKind() == ArrangementKind.HOSTING) {
			return;
		}
		List<Team> elsewhere = HostedElsewhere.teams(post);
		if (elsewhere.isEmpty()) {
			return;
		}
		String where = "Post " + FindingWords.quoted(post) + ", employed by " + FindingWords.name(post.getEmployer()) + ", works in "
				+ HostedElsewhere.describe(elsewhere);
		List<EObject> related = new ArrayList<>(elsewhere);
		if (arrangement == null) {
			sink.report(post, where + " with no hosting arrangement recorded.", related.toArray(EObject[]::new));
		} else {
			related.add(arrangement);
			sink.report(post, where + "; its host arrangement " + FindingWords.quoted(arrangement) + " is a "
					+ arrangement.getKind().getLiteral().replace('_', ' ') + " arrangement, not a hosting one.",
					related.toArray(EObject[]::new));
		}
	}
}
