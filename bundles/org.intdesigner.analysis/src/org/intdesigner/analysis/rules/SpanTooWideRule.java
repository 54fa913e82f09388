package org.intdesigner.analysis.rules;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.analysis.api.AbstractRule;
import org.intdesigner.analysis.api.Category;
import org.intdesigner.analysis.api.FindingSink;
import org.intdesigner.analysis.api.FindingWords;
import org.intdesigner.analysis.api.Parameter;
import org.intdesigner.analysis.api.RuleContext;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Post;

/** SPAN-001: a manager with more direct reports than anyone can manage well. */
public final class SpanTooWideRule extends AbstractRule {

	public SpanTooWideRule() {
		super("SPAN-001", Category.STRUCTURE, Severity.WARNING, "Span of control is too wide",
				"A manager with too many direct reports cannot give each of them supervision, appraisal and"
						+ " support; for knowledge work more than about 15 is a common warning sign, though no"
						+ " universal norm exists (set the limit in preferences). Add a team leader level, or share"
						+ " the posts between managers.",
				IntdPackage.Literals.POST, new Parameter("max", "Most direct reports", 15, 1, 1000));
	}

	@Override
	public void check(EObject element, RuleContext context, FindingSink sink) {
		Post manager = (Post) element;
		List<Post> reports = context.index().directReports(manager);
		int max = context.parameter("max");
		if (reports.size() > max) {
			sink.report(manager, "Post " + FindingWords.quoted(manager) + " line-manages " + reports.size()
					+ " posts; the most for one manager is " + max + ".", reports.toArray(EObject[]::new));
		}
	}
}
