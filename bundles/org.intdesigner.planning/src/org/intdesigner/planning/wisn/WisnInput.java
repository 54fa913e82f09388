package org.intdesigner.planning.wisn;

import java.util.List;

/**
 * Everything one WISN calculation needs: the study it comes from (its id and name, for results and messages),
 * the available working time, the activities with their standards and workloads, the allowances and the staff
 * in post now (NaN: not known, so no difference or ratio).
 */
public record WisnInput(String id, String name, WorkingTime time, List<ActivityStandard> activities,
		List<CategoryAllowanceStandard> categoryAllowances, List<IndividualAllowanceStandard> individualAllowances,
		double currentStaff) {

	public WisnInput {
		activities = List.copyOf(activities);
		categoryAllowances = List.copyOf(categoryAllowances);
		individualAllowances = List.copyOf(individualAllowances);
	}

	/** The same study with other activities (their workloads in a later year, or in one neighbourhood). */
	public WisnInput withActivities(List<ActivityStandard> others) {
		return new WisnInput(id, name, time, others, categoryAllowances, individualAllowances, currentStaff);
	}

	public WisnInput withTime(WorkingTime other) {
		return new WisnInput(id, name, other, activities, categoryAllowances, individualAllowances, currentStaff);
	}

	public WisnInput withCurrentStaff(double staff) {
		return new WisnInput(id, name, time, activities, categoryAllowances, individualAllowances, staff);
	}
}
