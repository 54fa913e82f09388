package org.intdesigner.planning;

import org.intdesigner.model.Allocation;
import org.intdesigner.model.Element;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Post;
import org.intdesigner.model.Role;

/**
 * The staff of a role in a unit according to the model: the FTE of its filled posts allocated to teams working in
 * the unit (for an organisation: the FTE of the filled posts it employs). Vacant posts are not staff.
 */
public final class UnitStaff {

	private UnitStaff() {
	}

	public static double fte(IntdModel model, Role role, Element unit) {
		double fte = 0;
		for (Post post : model.getPosts()) {
			if (post.getRole() != role || post.isVacant()) {
				continue;
			}
			if (unit instanceof Organisation) {
				fte += post.getEmployer() == unit ? post.getFte() : 0;
				continue;
			}
			for (Allocation allocation : post.getAllocations()) {
				if (allocation.getTeam() != null && Units.teamIn(allocation.getTeam(), unit)) {
					fte += allocation.getFte();
				}
			}
		}
		return fte;
	}
}
