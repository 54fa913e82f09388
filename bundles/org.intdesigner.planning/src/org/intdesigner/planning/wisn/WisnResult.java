package org.intdesigner.planning.wisn;

import java.util.List;

/**
 * The figures of one WISN calculation, unrounded: AWT in days and hours, each activity's standard workload and
 * staff, the staff for health-service activities (A), the total category allowance (%), CAF, IAF, the required
 * staff (A x CAF + IAF), the staff now and the WISN difference (now - required; negative: a shortage) and ratio
 * (now / required; below 1: under-staffed). Difference and ratio are NaN when the staff now is not known.
 */
public record WisnResult(String id, String name, double awtDays, double awtHours, List<Activity> activities,
		double healthServiceStaff, double categoryAllowancePercent, double categoryAllowanceFactor,
		double individualAllowanceFactor, double requiredStaff, double currentStaff, double difference, double ratio) {

	public WisnResult {
		activities = List.copyOf(activities);
	}

	/** One activity's standard workload (activities a year one member of staff can do) and the staff it needs. */
	public record Activity(String activity, double standardWorkload, double staff) {
	}
}
