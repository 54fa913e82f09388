package org.intdesigner.planning.allocation;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.Area;
import org.intdesigner.model.AreaKind;
import org.intdesigner.model.Element;
import org.intdesigner.model.Post;
import org.intdesigner.planning.Units;

/** The neighbourhood a unit, a team or a post is in: the nearest area of kind neighbourhood around it. */
final class Neighbourhoods {

	private Neighbourhoods() {
	}

	/** The neighbourhood of a team or an area (itself, or one around it), or null when it lies in none. */
	static Area of(Element unit) {
		for (EObject a = Units.areaOf(unit); a instanceof Area area; a = area.eContainer()) {
			if (area.getKind() == AreaKind.NEIGHBOURHOOD) {
				return area;
			}
		}
		return null;
	}

	/** The neighbourhood a post works in: that of the team of its largest allocation, or null. */
	static Area of(Post post) {
		Allocation largest = null;
		for (Allocation allocation : post.getAllocations()) {
			if (allocation.getTeam() != null && (largest == null || allocation.getFte() > largest.getFte())) {
				largest = allocation;
			}
		}
		return largest == null ? null : of(largest.getTeam());
	}
}
