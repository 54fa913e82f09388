package org.intdesigner.development.ui;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.development.Teams;
import org.intdesigner.model.Area;
import org.intdesigner.model.Element;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Team;

/**
 * What a skills matrix is of: a team with its sub-teams, an area (a neighbourhood or a place: every team working
 * in it or in an area inside it), or the whole model.
 *
 * @param element the team or area, null for the whole model
 */
public record SkillsScope(IntdModel model, Element element, List<Team> teams) {

	/** The scope of {@code selected}: a team, an area, else the whole model it belongs to; null when none. */
	public static SkillsScope of(EObject selected) {
		if (selected instanceof Team team) {
			return new SkillsScope(modelOf(team), team, Teams.withSubTeams(team));
		}
		if (selected instanceof Area area) {
			IntdModel model = modelOf(area);
			List<Team> teams = model == null ? List.of()
					: Teams.all(model).stream().filter(t -> within(Teams.areaOf(t), area)).toList();
			return new SkillsScope(model, area, teams);
		}
		IntdModel model = selected == null ? null : modelOf(selected);
		return model == null ? null : new SkillsScope(model, null, Teams.all(model));
	}

	private static boolean within(Area teamArea, Area area) {
		return teamArea != null && (teamArea == area || EcoreUtil.isAncestor(area, teamArea));
	}

	private static IntdModel modelOf(EObject object) {
		EObject root = EcoreUtil.getRootContainer(object);
		return root instanceof IntdModel model ? model : null;
	}

	/** "Docklands INT core team", "Docklands", "the whole model". */
	public String name() {
		return element == null ? "the whole model" : element.getName();
	}
}
