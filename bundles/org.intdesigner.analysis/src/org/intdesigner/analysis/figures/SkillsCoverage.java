package org.intdesigner.analysis.figures;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.intdesigner.analysis.api.FigureAnalysis;
import org.intdesigner.analysis.api.FigureTable;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.Capability;
import org.intdesigner.model.CapabilityLevel;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Need;
import org.intdesigner.model.PopulationCohort;
import org.intdesigner.model.Post;

/**
 * Skills coverage per population cohort: the capabilities its needs call for, and how many of them
 * a post working in a team that serves the cohort brings (its own capabilities or its role's).
 */
public final class SkillsCoverage implements FigureAnalysis {

	@Override
	public String id() {
		return "FIG-SKILLS";
	}

	@Override
	public String title() {
		return "Skills coverage per cohort";
	}

	@Override
	public String description() {
		return "For each population cohort: the capabilities its needs require, how many of them are provided by a post"
				+ " allocated to a team serving the cohort (through the post's or its role's capabilities), the share"
				+ " covered, and the ones missing.";
	}

	@Override
	public FigureTable compute(IntdModel model) {
		List<PopulationCohort> cohorts = new ArrayList<>();
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			EObject next = it.next();
			if (next instanceof PopulationCohort cohort) {
				cohorts.add(cohort);
				it.prune();
			} else if (!(next instanceof org.intdesigner.model.Area)) {
				it.prune();
			}
		}
		List<List<Object>> rows = new ArrayList<>();
		for (PopulationCohort cohort : cohorts) {
			Set<Capability> needed = new LinkedHashSet<>();
			for (Need need : cohort.getNeeds()) {
				needed.addAll(need.getRequiredCapabilities());
			}
			Set<Capability> provided = new HashSet<>();
			for (Post post : model.getPosts()) {
				for (Allocation allocation : post.getAllocations()) {
					if (allocation.getTeam() != null && allocation.getTeam().getServedCohorts().contains(cohort)) {
						capabilities(post, provided);
						break;
					}
				}
			}
			List<String> missing = needed.stream().filter(c -> !provided.contains(c)).map(Capability::getName).toList();
			int covered = needed.size() - missing.size();
			rows.add(List.of(cohort.getName() == null ? "" : cohort.getName(), needed.size(), covered,
					needed.isEmpty() ? 100.0 : Fte.round(100.0 * covered / needed.size()), String.join(", ", missing)));
		}
		return new FigureTable(title(), List.of("Cohort", "Capabilities needed", "Covered", "Covered %", "Missing"), rows);
	}

	private static void capabilities(Post post, Set<Capability> into) {
		for (CapabilityLevel level : post.getCapabilities()) {
			into.add(level.getCapability());
		}
		if (post.getRole() != null) {
			for (CapabilityLevel level : post.getRole().getCapabilities()) {
				into.add(level.getCapability());
			}
		}
	}
}
