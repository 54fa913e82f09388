package org.intdesigner.planning;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.model.Area;
import org.intdesigner.model.AreaKind;
import org.intdesigner.model.Element;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Team;

/**
 * The units plans are made for: a team (with its sub-teams), an area (with the areas inside it) or an
 * organisation, and what lies within each.
 */
public final class Units {

	private Units() {
	}

	/** The area a unit is in: an area itself, a team's area (or its parent team's). Null for an organisation. */
	public static Area areaOf(Element unit) {
		if (unit instanceof Area area) {
			return area;
		}
		for (EObject t = unit; t instanceof Team team; t = team.eContainer()) {
			if (team.getArea() != null) {
				return team.getArea();
			}
		}
		return null;
	}

	/** Whether {@code inner} is {@code outer} or lies within it: a sub-area, a sub-team, a team in an area. */
	public static boolean within(Element inner, Element outer) {
		if (inner == outer) {
			return true;
		}
		if (outer instanceof Team) {
			for (EObject t = inner; t != null; t = t.eContainer()) {
				if (t == outer) {
					return true;
				}
			}
			return false;
		}
		if (outer instanceof Area) {
			Area area = inner instanceof Team team ? areaOf(team) : inner instanceof Area a ? a : null;
			for (EObject a = area; a instanceof Area; a = a.eContainer()) {
				if (a == outer) {
					return true;
				}
			}
		}
		return false;
	}

	/** Whether a team works in a unit: the unit is the team, a team it lies in, its area (or one around it), or its host. */
	public static boolean teamIn(Team team, Element unit) {
		if (unit instanceof Organisation organisation) {
			return team.getHost() == organisation;
		}
		return within(team, unit);
	}

	/** The neighbourhoods within an area, in model order (the area itself when it is one). */
	public static List<Area> neighbourhoodsIn(Area area) {
		List<Area> found = new ArrayList<>();
		if (area.getKind() == AreaKind.NEIGHBOURHOOD) {
			found.add(area);
			return found;
		}
		area.eAllContents().forEachRemaining(object -> {
			if (object instanceof Area sub && sub.getKind() == AreaKind.NEIGHBOURHOOD) {
				found.add(sub);
			}
		});
		return found;
	}
}
