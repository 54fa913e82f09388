package org.intdesigner.analysis.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

/**
 * SPAN-003: line management goes more levels deep than the limit; the top of a chain is level 1.
 * To say it once per place where it happens rather than once per post (a layer too many under a
 * big department would give hundreds of findings), it is reported on each manager at the deepest
 * allowed level that still has direct reports, counting the posts below it and naming the deepest.
 * Posts in or under a line-management loop have no level and are left to POST-003.
 */
public final class ChainTooDeepRule extends AbstractRule {

	public ChainTooDeepRule() {
		super("SPAN-003", Category.STRUCTURE, Severity.WARNING, "Line-management chain is too deep",
				"Each level of management between the top and the front line slows decisions, dilutes"
						+ " accountability and adds cost; many organisations aim for no more than six or seven levels"
						+ " (set the limit in preferences). Remove a level, or move the posts below the limit to report"
						+ " to a manager higher up.",
				IntdPackage.Literals.POST, new Parameter("maxDepth", "Most line-management levels", 6, 2, 100));
	}

	/** Its findings depend on the model beyond the element's neighbours: after an edit it runs on the whole model. */
	@Override
	public boolean isLocal() {
		return false;
	}

	@Override
	public void check(EObject element, RuleContext context, FindingSink sink) {
		Post manager = (Post) element;
		int maxLevel = context.parameter("maxDepth");
		ManagementChains chains = ManagementChains.of(context);
		if (chains.level(manager) != maxLevel) {
			return;
		}
		Map<Post, DeepBranches.Branch> branches = context.shared(List.of(ChainTooDeepRule.class, maxLevel),
				() -> DeepBranches.below(context.model(), chains, maxLevel));
		DeepBranches.Branch branch = branches.get(manager);
		if (branch == null) {
			return;
		}
		List<Post> reports = context.index().directReports(manager);
		List<EObject> related = new ArrayList<>(reports);
		if (!reports.contains(branch.deepest)) {
			related.add(branch.deepest);
		}
		sink.report(manager, "Line management under " + FindingWords.quoted(manager) + " goes deeper than " + maxLevel
				+ " levels: " + FindingWords.count(branch.posts, "post") + " below the limit, the deepest "
				+ FindingWords.quoted(branch.deepest) + " at level " + branch.deepestLevel + ".",
				related.toArray(EObject[]::new));
	}
}
