package org.intdesigner.development;

import java.util.ArrayList;
import java.util.List;

import org.intdesigner.io.ExportTable;
import org.intdesigner.model.Course;

/**
 * A training plan as tables, the same for the Excel workbook, the CSV files and the workbench's view: training needs,
 * cohorts, rotations, communities of practice and training hours per role. Cells are text or numbers.
 */
public final class PlanTables {


	private PlanTables() {
	}

	public static List<ExportTable> of(TrainingPlan plan) {
		Names names = new Names(plan.report().model());
		return List.of(needs(plan, names), cohorts(plan, names), rotations(plan, names), communities(plan, names),
				hours(plan, names));
	}

	static ExportTable needs(TrainingPlan plan, Names names) {
		List<List<Object>> rows = new ArrayList<>();
		for (TrainingNeed need : plan.needs()) {
			Requirement requirement = need.gap().requirement();
			Course course = need.course();
			rows.add(List.of(requirement.team().getName(), requirement.capability().getName(), Level.label(requirement.level()),
					requirement.people(), need.gap().holders().size(), need.gap().shortBy(), Names.people(need.learners()),
					course == null ? "" : course.getName(), course == null ? "" : provider(course), need.hours(), need.cost(),
					need.advice()));
		}
		return new ExportTable("Training needs", List.of("team", "capability", "level", "people needed", "holders", "short by",
				"learners", "course", "provider", "hours", "cost", "advice"), rows);
	}

	static ExportTable cohorts(TrainingPlan plan, Names names) {
		List<List<Object>> rows = new ArrayList<>();
		for (Cohort cohort : plan.cohorts()) {
			rows.add(List.of(cohort.course().getName(), provider(cohort.course()), cohort.course().getCapability() == null ? ""
					: cohort.course().getCapability().getName(), cohort.joint() ? "joint" : "single organisation",
					names.organisations(cohort.organisations()), cohort.learners().size(), Names.people(cohort.learners()),
					cohort.hours(), cohort.cost()));
		}
		return new ExportTable("Cohorts", List.of("course", "provider", "capability", "cohort", "organisations", "learners",
				"people", "hours", "cost"), rows);
	}

	static ExportTable rotations(TrainingPlan plan, Names names) {
		List<List<Object>> rows = new ArrayList<>();
		for (Rotation rotation : plan.rotations()) {
			rows.add(List.of(rotation.neighbourhood().getName(), rotation.first().label(),
					names.organisation(rotation.first().organisation()), rotation.firstTeam().getName(),
					rotation.closedInSecondTeam().requirement().capability().getName(), rotation.second().label(),
					names.organisation(rotation.second().organisation()), rotation.secondTeam().getName(),
					rotation.closedInFirstTeam().requirement().capability().getName()));
		}
		return new ExportTable("Rotations", List.of("neighbourhood", "person", "organisation", "team", "brings to the other team",
				"with", "their organisation", "their team", "brings back"), rows);
	}

	static ExportTable communities(TrainingPlan plan, Names names) {
		List<List<Object>> rows = new ArrayList<>();
		for (CommunityOfPractice community : plan.communities()) {
			rows.add(List.of(community.place().getName(), community.capability().getName(), community.members().size(),
					community.organisations().size(), names.organisations(community.organisations()),
					Names.people(community.convenors())));
		}
		return new ExportTable("Communities of practice", List.of("place", "capability", "members", "organisations",
				"organisation names", "convenors (experts)"), rows);
	}

	static ExportTable hours(TrainingPlan plan, Names names) {
		List<List<Object>> rows = new ArrayList<>();
		plan.hoursByRole().forEach((role, hours) -> rows.add(List.of(names.role(role), hours,
				plan.trainingDaysPerFte(role, TrainingTime.HOURS_PER_DAY))));
		return new ExportTable("Hours by role", List.of("role", "training hours", "days per FTE"), rows);
	}

	private static String provider(Course course) {
		return course.getProvider() == null ? "" : course.getProvider();
	}
}
