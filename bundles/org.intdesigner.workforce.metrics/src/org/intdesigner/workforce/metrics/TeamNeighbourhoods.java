package org.intdesigner.workforce.metrics;

import java.util.HashMap;
import java.util.Map;

import org.intdesigner.model.Area;
import org.intdesigner.model.AreaKind;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Team;

/**
 * Which neighbourhood a team works in, by the team's code or id (the workforce rows name a team by
 * its code, else its id): the workforce rows know teams, the INT
 * model knows where teams are. A sub-team without an area of its own is in its parent's.
 */
@FunctionalInterface
public interface TeamNeighbourhoods {

	String NOT_IN_A_NEIGHBOURHOOD = "(not in a neighbourhood)";

	/** For when no model is at hand: every team is outside any neighbourhood. */
	TeamNeighbourhoods NONE = teamId -> NOT_IN_A_NEIGHBOURHOOD;

	/**
	 * The neighbourhood's name, or {@link #NOT_IN_A_NEIGHBOURHOOD}, or null when the team's rows are
	 * not counted at all (the figures of a set of teams leave every other team out).
	 */
	String of(String teamId);

	/** From an INT model: each team's area, or the nearest enclosing area that is a neighbourhood. */
	static TeamNeighbourhoods of(IntdModel model) {
		Map<String, String> byTeam = new HashMap<>();
		model.eAllContents().forEachRemaining(object -> {
			if (object instanceof Team team) {
				String name = neighbourhoodOf(team);
				if (name != null) {
					// the store names a team by its code when it has one (the partners' files carry it), else by its id
					if (team.getId() != null) {
						byTeam.put(team.getId(), name);
					}
					if (team.getCode() != null && !team.getCode().isBlank()) {
						byTeam.put(team.getCode(), name);
					}
				}
			}
		});
		return teamId -> teamId == null ? NOT_IN_A_NEIGHBOURHOOD : byTeam.getOrDefault(teamId, NOT_IN_A_NEIGHBOURHOOD);
	}

	private static String neighbourhoodOf(Team team) {
		for (Object t = team; t instanceof Team current; t = current.eContainer()) {
			for (Object a = current.getArea(); a instanceof Area area; a = area.eContainer()) {
				if (area.getKind() == AreaKind.NEIGHBOURHOOD) {
					return area.getName();
				}
			}
		}
		return null;
	}
}
