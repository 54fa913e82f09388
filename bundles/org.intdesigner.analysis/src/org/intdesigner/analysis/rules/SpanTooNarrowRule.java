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

/** SPAN-002: a manager of very few posts; only posts with at least one direct report count as managers. */
public final class SpanTooNarrowRule extends AbstractRule {

	public SpanTooNarrowRule() {
		super("SPAN-002", Category.STRUCTURE, Severity.INFO, "Span of control is narrow",
				"A manager of only one or two posts adds a management layer for few people: decisions travel"
						+ " further and management costs more. It can be right (a clinical lead with a deputy, a small"
						+ " partner), so this is for information; the threshold is a preference. Consider whether the"
						+ " posts could report to the next manager up.",
				IntdPackage.Literals.POST, new Parameter("min", "Fewest direct reports", 3, 1, 100));
	}

	@Override
	public void check(EObject element, RuleContext context, FindingSink sink) {
		Post manager = (Post) element;
		List<Post> reports = context.index().directReports(manager);
		int min = context.parameter("min");
		if (!reports.isEmpty() && reports.size() < min) {
			sink.report(manager, "Post " + FindingWords.quoted(manager) + " line-manages only "
					+ FindingWords.count(reports.size(), "post") + " (" + FindingWords.names(reports) + "); fewer than " + min
					+ " is a narrow span.", reports.toArray(EObject[]::new));
		}
	}
}
