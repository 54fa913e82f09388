package org.intdesigner.development;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.model.Area;
import org.intdesigner.model.AreaKind;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Team;

/** Teams of a model and where they are: every team (sub-teams too), a team with its sub-teams, its neighbourhood and place. */
public final class Teams {

	private Teams() {
	}

	/** Every team, each parent before its sub-teams. */
	public static List<Team> all(IntdModel model) {
		List<Team> teams = new ArrayList<>();
		model.getTeams().forEach(team -> addWithSubTeams(team, teams));
		return teams;
	}

	/** The team and its sub-teams at every depth. */
	public static List<Team> withSubTeams(Team team) {
		List<Team> teams = new ArrayList<>();
		addWithSubTeams(team, teams);
		return teams;
	}

	private static void addWithSubTeams(Team team, List<Team> into) {
		into.add(team);
		team.getSubTeams().forEach(sub -> addWithSubTeams(sub, into));
	}

	/** The team's area, or its nearest enclosing team's. */
	public static Area areaOf(Team team) {
		for (EObject t = team; t instanceof Team current; t = current.eContainer()) {
			if (current.getArea() != null) {
				return current.getArea();
			}
		}
		return null;
	}

	/** The nearest area of {@code kind} enclosing the team's area (the area itself included), or null. */
	public static Area enclosing(Team team, AreaKind kind) {
		for (EObject a = areaOf(team); a instanceof Area area; a = area.eContainer()) {
			if (area.getKind() == kind) {
				return area;
			}
		}
		return null;
	}

	static IntdModel modelOf(EObject object) {
		EObject root = object;
		while (root.eContainer() != null) {
			root = root.eContainer();
		}
		return root instanceof IntdModel model ? model : null;
	}
}
