package org.intdesigner.development;

import java.util.List;
import java.util.Map;

/**
 * How a place could close its skills gaps: the training needs analysis, the course cohorts it adds up to (joint
 * across partners where the course allows), rotations and shadowing between partners, communities of practice, and
 * the learners' training hours per role (for the planning's available working time).
 */
public record TrainingPlan(SufficiencyReport report, List<TrainingNeed> needs, List<Cohort> cohorts, List<Rotation> rotations,
		List<CommunityOfPractice> communities, Map<String, Double> hoursByRole) {

	public double totalHours() {
		return cohorts.stream().mapToDouble(Cohort::hours).sum();
	}

	public double totalCost() {
		return cohorts.stream().mapToDouble(Cohort::cost).sum();
	}

	/**
	 * Training days a year per FTE of a role: the learners' hours of the role over {@code hoursPerDay}, shared over the
	 * FTE in post in the role. 0 when nobody of the role trains or none are in post.
	 */
	public double trainingDaysPerFte(String roleCode, double hoursPerDay) {
		double hours = hoursByRole.getOrDefault(roleCode, 0.0);
		double fte = report.held().members().stream().filter(m -> roleCode.equals(m.role())).mapToDouble(StaffMember::fte).sum();
		return hours == 0 || fte <= 0 || hoursPerDay <= 0 ? 0 : hours / hoursPerDay / fte;
	}
}
