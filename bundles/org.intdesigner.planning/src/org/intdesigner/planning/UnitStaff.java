package org.intdesigner.planning;

import java.util.HashMap;
import java.util.Map;

import org.intdesigner.model.Allocation;
import org.intdesigner.model.Area;
import org.intdesigner.model.Element;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Post;
import org.intdesigner.model.Role;
import org.intdesigner.model.Team;

/**
 * The staff of a role in a unit according to the model: the FTE of its filled posts allocated to teams working in
 * the unit (for an organisation: the FTE of the filled posts it employs). Vacant posts are not staff. Indexed once
 * (by role: FTE per team, per team's area, per employer), so that thousands of units cost little more than one.
 */
public final class UnitStaff {

	private final Map<Role, Map<Team, Double>> byTeam = new HashMap<>();
	private final Map<Role, Map<Area, Double>> byArea = new HashMap<>();
	private final Map<Role, Map<Organisation, Double>> byEmployer = new HashMap<>();

	public UnitStaff(IntdModel model) {
		for (Post post : model.getPosts()) {
			if (post.getRole() == null || post.isVacant()) {
				continue;
			}
			if (post.getEmployer() != null) {
				byEmployer.computeIfAbsent(post.getRole(), r -> new HashMap<>()).merge(post.getEmployer(), post.getFte(), Double::sum);
			}
			for (Allocation allocation : post.getAllocations()) {
				Team team = allocation.getTeam();
				if (team == null) {
					continue;
				}
				byTeam.computeIfAbsent(post.getRole(), r -> new HashMap<>()).merge(team, allocation.getFte(), Double::sum);
				Area area = Units.areaOf(team);
				if (area != null) {
					byArea.computeIfAbsent(post.getRole(), r -> new HashMap<>()).merge(area, allocation.getFte(), Double::sum);
				}
			}
		}
	}

	/** The FTE of {@code role} in {@code unit}. */
	public double fte(Role role, Element unit) {
		double fte = 0;
		if (unit instanceof Organisation) {
			return byEmployer.getOrDefault(role, Map.of()).getOrDefault(unit, 0.0);
		}
		if (unit instanceof Area) {
			for (Map.Entry<Area, Double> entry : byArea.getOrDefault(role, Map.of()).entrySet()) {
				if (Units.within(entry.getKey(), unit)) {
					fte += entry.getValue();
				}
			}
			return fte;
		}
		for (Map.Entry<Team, Double> entry : byTeam.getOrDefault(role, Map.of()).entrySet()) {
			if (Units.within(entry.getKey(), unit)) {
				fte += entry.getValue();
			}
		}
		return fte;
	}

	/** The FTE of {@code role} in {@code unit}, for one question (builds the index for it). */
	public static double fte(IntdModel model, Role role, Element unit) {
		return new UnitStaff(model).fte(role, unit);
	}
}
