package org.intdesigner.analysis.rules;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.analysis.api.AbstractRule;
import org.intdesigner.analysis.api.Category;
import org.intdesigner.analysis.api.FindingSink;
import org.intdesigner.analysis.api.FindingWords;
import org.intdesigner.analysis.api.RuleContext;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;

/** BND-001: a clinician working in another organisation's team needs a named professional supervisor. */
public final class UnsupervisedClinicianRule extends AbstractRule {

	public UnsupervisedClinicianRule() {
		super("BND-001", Category.BOUNDARIES, Severity.WARNING,
				"Clinical post works outside its employer without a professional supervisor",
				"A clinician working in a team another organisation hosts is managed day to day by people who may"
						+ " not share their profession, and their own employer's clinical structures are out of sight."
						+ " Professional supervision keeps their practice safe and their registration supported. Name"
						+ " a professional supervisor, usually a senior clinician of the same profession and employer.",
				IntdPackage.Literals.POST);
	}

	@Override
	public void check(EObject element, RuleContext context, FindingSink sink) {
		Post post = (Post) element;
		if (post.getSupervisor() != null || post.getRole() == null || !post.getRole().isClinical()) {
			return;
		}
		List<Team> elsewhere = HostedElsewhere.teams(post);
		if (!elsewhere.isEmpty()) {
			sink.report(post, "Clinical post " + FindingWords.quoted(post) + ", employed by " + FindingWords.name(post.getEmployer())
					+ ", works in " + HostedElsewhere.describe(elsewhere) + " but has no professional supervisor.",
					elsewhere.toArray(EObject[]::new));
		}
	}
}
