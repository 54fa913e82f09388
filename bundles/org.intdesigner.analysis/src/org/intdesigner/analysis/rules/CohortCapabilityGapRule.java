package org.intdesigner.analysis.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.analysis.api.AbstractRule;
import org.intdesigner.analysis.api.Category;
import org.intdesigner.analysis.api.FindingSink;
import org.intdesigner.analysis.api.FindingWords;
import org.intdesigner.analysis.api.RuleContext;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.model.Capability;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Need;
import org.intdesigner.model.PopulationCohort;
import org.intdesigner.model.Team;

/**
 * SKL-001: a team serves a cohort whose needs call for capabilities nobody in the team has. One
 * finding per team and cohort, naming what is missing; what a team has is worked out by
 * {@link TeamCapabilities} (its sub-teams included).
 */
public final class CohortCapabilityGapRule extends AbstractRule {

	public CohortCapabilityGapRule() {
		super("SKL-001", Category.CAPACITY, Severity.WARNING, "Team lacks capabilities a cohort it serves needs",
				"A team that serves a population cohort should be able to meet that cohort's needs, itself or"
						+ " through its sub-teams. When no post working in it has a capability the needs call for,"
						+ " people with those needs are referred on, wait or go without. Allocate a post with the"
						+ " capability to the team, develop it in a post already there, or agree which other team"
						+ " serves that need.",
				IntdPackage.Literals.TEAM);
	}

	/** Its findings depend on the model beyond the element's neighbours: after an edit it runs on the whole model. */
	@Override
	public boolean isLocal() {
		return false;
	}

	@Override
	public void check(EObject element, RuleContext context, FindingSink sink) {
		Team team = (Team) element;
		if (team.getServedCohorts().isEmpty()) {
			return;
		}
		Set<Capability> provided = TeamCapabilities.of(context).of(team);
		for (PopulationCohort cohort : team.getServedCohorts()) {
			Set<Capability> missing = new LinkedHashSet<>();
			for (Need need : cohort.getNeeds()) {
				for (Capability capability : need.getRequiredCapabilities()) {
					if (!provided.contains(capability)) {
						missing.add(capability);
					}
				}
			}
			if (!missing.isEmpty()) {
				List<EObject> related = new ArrayList<>(missing.size() + 1);
				related.add(cohort);
				related.addAll(missing);
				sink.report(team, "Team " + FindingWords.quoted(team) + " serves " + FindingWords.quoted(cohort) + ", whose needs call"
						+ " for " + (missing.size() == 1 ? "a capability" : "capabilities") + " no post in the team has: "
						+ FindingWords.names(missing) + ".", related.toArray(EObject[]::new));
			}
		}
	}
}
