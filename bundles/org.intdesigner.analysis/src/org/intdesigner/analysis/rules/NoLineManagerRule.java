package org.intdesigner.analysis.rules;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.intdesigner.analysis.api.AbstractRule;
import org.intdesigner.analysis.api.Category;
import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.api.FindingSink;
import org.intdesigner.analysis.api.FindingWords;
import org.intdesigner.analysis.api.QuickFix;
import org.intdesigner.analysis.api.RuleContext;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Post;

/** POST-002: every post has a line manager, except the posts marked as the top of their organisation. */
public final class NoLineManagerRule extends AbstractRule {

	public NoLineManagerRule() {
		super("POST-002", Category.STRUCTURE, Severity.WARNING, "Post has no line manager",
				"Every post needs a line manager for supervision of work, appraisal, leave and wellbeing; people"
						+ " working across boundaries are the most likely to be left without one. Name the line manager,"
						+ " or mark the post as the top of its organisation if nobody in this design manages it.",
				IntdPackage.Literals.POST);
	}

	@Override
	public void check(EObject element, RuleContext context, FindingSink sink) {
		Post post = (Post) element;
		if (post.getLineManager() == null && !post.isTopOfOrganisation()) {
			if (post.getEmployer() != null) {
				sink.report(post, "Post " + FindingWords.quoted(post) + " (" + FindingWords.name(post.getEmployer())
						+ ") has no line manager.", post.getEmployer());
			} else {
				sink.report(post, "Post " + FindingWords.quoted(post) + " has no line manager.");
			}
		}
	}

	@Override
	public List<QuickFix> fixes(Finding finding) {
		if (!(finding.element() instanceof Post post)) {
			return List.of();
		}
		return List.of(QuickFix.of("Mark as top of its organisation",
				domain -> new SetCommand(domain, post, IntdPackage.Literals.POST__TOP_OF_ORGANISATION, Boolean.TRUE)));
	}
}
