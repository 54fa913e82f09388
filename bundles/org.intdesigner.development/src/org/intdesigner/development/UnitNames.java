package org.intdesigner.development;

import java.util.ArrayList;
import java.util.List;

import org.intdesigner.model.AreaKind;
import org.intdesigner.model.Element;
import org.intdesigner.model.Team;

/** The units a requirement counts towards under a cut, and their names. */
final class UnitNames {

	static final String NO_NEIGHBOURHOOD = "(not in a neighbourhood)";
	static final String NO_PLACE = "(not in a place)";
	static final String NO_HOST = "(no host organisation)";
	static final String TEAM_AND_NEEDS = "(the team's own and its needs')";

	/** A requirement counts under one unit, except by role: under each role asking for it (and the team's own and needs'). */
	List<Object> unitsOf(Requirement requirement, SkillCut cut) {
		Team team = requirement.team();
		return switch (cut) {
		case TEAM -> List.of(team);
		case NEIGHBOURHOOD -> List.of(orElse(Teams.enclosing(team, AreaKind.NEIGHBOURHOOD), NO_NEIGHBOURHOOD));
		case PLACE -> List.of(orElse(Teams.enclosing(team, AreaKind.PLACE), NO_PLACE));
		case ORGANISATION -> List.of(orElse(team.getHost(), NO_HOST));
		case ROLE -> {
			List<Object> units = new ArrayList<>(requirement.roles());
			if (requirement.fromTeamOrNeeds()) {
				units.add(TEAM_AND_NEEDS);
			}
			yield units;
		}
		};
	}

	private static Object orElse(Element element, String none) {
		return element == null ? none : element;
	}

	String name(Object unit) {
		return unit instanceof Element element ? element.getName() : unit.toString();
	}

	Element element(Object unit) {
		return unit instanceof Element element ? element : null;
	}
}
