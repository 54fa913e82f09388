package org.intdesigner.analysis.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.analysis.api.AbstractRule;
import org.intdesigner.analysis.api.Category;
import org.intdesigner.analysis.api.FindingSink;
import org.intdesigner.analysis.api.FindingWords;
import org.intdesigner.analysis.api.RuleContext;
import org.intdesigner.analysis.api.Severity;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Team;

/**
 * TEAM-001: teams nest in a cycle. Sub-teams are contained, so a well-formed EMF model cannot
 * loop; the rule still walks up the containers with a visited list so that a model damaged some
 * other way (a file edited by hand, a faulty importer) is reported instead of hanging whatever walks
 * it. The walk is as long as the nesting is deep. A cycle is reported once, on the team of it with
 * the smallest id, naming its teams.
 */
public final class TeamNestingCycleRule extends AbstractRule {

	public TeamNestingCycleRule() {
		super("TEAM-001", Category.STRUCTURE, Severity.ERROR, "Teams nest in a cycle",
				"A team cannot be inside itself, however many levels down: a team of teams must end somewhere."
						+ " Tools that walk the structure (diagrams, reports, roll-ups of FTE) cannot handle the loop."
						+ " Move one of the teams out of the loop.",
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
		List<EObject> path = new ArrayList<>();
		for (EObject current = team; current != null; current = current.eContainer()) {
			int seen = path.indexOf(current);
			if (seen >= 0) {
				List<Team> cycle = teamsOf(path.subList(seen, path.size()));
				if (cycle.contains(team) && first(cycle) == team) {
					sink.report(team, "Teams nest inside each other in a loop: " + loop(cycle) + ".",
							cycle.stream().filter(t -> t != team).toArray(EObject[]::new));
				}
				return;
			}
			path.add(current);
		}
	}

	private static List<Team> teamsOf(List<EObject> objects) {
		return objects.stream().filter(Team.class::isInstance).map(Team.class::cast).toList();
	}

	/** The team a cycle is reported on: the same one whichever team of it the check starts from. */
	private static Team first(List<Team> cycle) {
		return cycle.stream().min(Comparator.comparing((Team t) -> t.getId() == null ? "" : t.getId())
				.thenComparing(t -> t.getName() == null ? "" : t.getName())).orElseThrow();
	}

	/** "'A' is inside 'B', which is inside 'A'": the loop as read upwards from its first team. */
	private static String loop(List<Team> cycle) {
		int start = cycle.indexOf(first(cycle));
		StringBuilder text = new StringBuilder(FindingWords.quoted(cycle.get(start)));
		for (int i = 1; i <= cycle.size(); i++) {
			text.append(i == 1 ? " is inside " : ", which is inside ").append(FindingWords.quoted(cycle.get((start + i) % cycle.size())));
		}
		return text.toString();
	}
}
