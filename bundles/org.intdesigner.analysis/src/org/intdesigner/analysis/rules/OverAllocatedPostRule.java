package org.intdesigner.analysis.rules;

import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
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
import org.intdesigner.model.Allocation;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Post;

/** POST-001: a post cannot give teams more time than it is paid for. */
public final class OverAllocatedPostRule extends AbstractRule {

	/** FTEs are decimals stored as doubles: 0.3 + 0.7 may come to a hair over 1. */
	static final double EPSILON = 1e-6;

	public OverAllocatedPostRule() {
		super("POST-001", Category.CAPACITY, Severity.ERROR, "Post allocates more FTE than it is contracted for",
				"The FTE a post gives its teams cannot exceed its contracted FTE: the teams are counting on time"
						+ " that does not exist, and capacity and gap figures come out too high. Reduce the allocations"
						+ " or record the post's real contracted FTE.",
				IntdPackage.Literals.POST);
	}

	@Override
	public void check(EObject element, RuleContext context, FindingSink sink) {
		Post post = (Post) element;
		double allocated = allocated(post);
		if (allocated > post.getFte() + EPSILON) {
			sink.report(post, "Post " + FindingWords.quoted(post) + " gives its teams " + FindingWords.fte(allocated)
					+ " FTE but is contracted for " + FindingWords.fte(post.getFte()) + " FTE.", post.getAllocations().stream()
							.map(Allocation::getTeam).filter(t -> t != null).distinct().toArray(EObject[]::new));
		}
	}

	static double allocated(Post post) {
		double sum = 0;
		for (Allocation allocation : post.getAllocations()) {
			sum += allocation.getFte();
		}
		return sum;
	}

	/** Every allocation scaled by the same factor, so the teams keep their shares of the post's time. */
	@Override
	public List<QuickFix> fixes(Finding finding) {
		if (!(finding.element() instanceof Post post)) {
			return List.of();
		}
		return List.of(QuickFix.of("Scale the allocations down to the contracted FTE", domain -> {
			double allocated = allocated(post);
			double factor = allocated <= 0 ? 1 : Math.max(0, post.getFte()) / allocated;
			CompoundCommand scale = new CompoundCommand("Scale the allocations down to the contracted FTE");
			for (Allocation allocation : post.getAllocations()) {
				scale.append(new SetCommand(domain, allocation, IntdPackage.Literals.ALLOCATION__FTE,
						allocation.getFte() * factor));
			}
			return scale;
		}));
	}
}
