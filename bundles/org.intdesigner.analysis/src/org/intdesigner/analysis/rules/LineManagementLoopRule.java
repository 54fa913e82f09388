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

/**
 * POST-003: line management goes round in a loop. Found by {@link ManagementChains} in one pass
 * per run; each loop is reported once, on its post that comes first in the model, naming all of it.
 */
public final class LineManagementLoopRule extends AbstractRule {

	public LineManagementLoopRule() {
		super("POST-003", Category.STRUCTURE, Severity.ERROR, "Line management forms a cycle",
				"Line management must lead up to someone: when managers manage each other in a loop, nobody in"
						+ " it has a manager outside it to escalate to, and spans, depths and reporting lines cannot be"
						+ " worked out. Give one post of the loop a line manager outside it, or mark it as the top of"
						+ " its organisation and clear its line manager.",
				IntdPackage.Literals.POST);
	}

	/** Its findings depend on the model beyond the element's neighbours: after an edit it runs on the whole model. */
	@Override
	public boolean isLocal() {
		return false;
	}

	@Override
	public void check(EObject element, RuleContext context, FindingSink sink) {
		Post post = (Post) element;
		List<Post> loop = ManagementChains.of(context).loopReportedOn(post);
		if (loop.isEmpty()) {
			return;
		}
		EObject[] others = loop.subList(1, loop.size()).toArray(EObject[]::new);
		if (loop.size() == 1) {
			sink.report(post, "Post " + FindingWords.quoted(post) + " is its own line manager.");
		} else {
			sink.report(post, "Line management goes round in a loop of " + FindingWords.count(loop.size(), "post") + ": "
					+ loop(loop) + ".", others);
		}
	}

	/** "'A' reports to 'B', who reports to 'A'"; a long loop names its first posts and counts the rest. */
	private static String loop(List<Post> loop) {
		StringBuilder text = new StringBuilder(FindingWords.quoted(loop.get(0)));
		int named = Math.min(loop.size(), FindingWords.MOST_NAMED);
		for (int i = 1; i < named; i++) {
			text.append(i == 1 ? " reports to " : ", who reports to ").append(FindingWords.quoted(loop.get(i)));
		}
		if (named < loop.size()) {
			text.append(", and so on through ").append(loop.size() - named).append(" more posts back to ");
		} else {
			text.append(", who reports to ");
		}
		return text.append(FindingWords.quoted(loop.get(0))).toString();
	}
}
