package org.intdesigner.development;

import java.util.List;

import org.intdesigner.model.Course;

/** One run of a course: its learners and the organisations they come from (several in a joint cohort). */
public record Cohort(Course course, List<String> organisations, List<StaffMember> learners) {

	public boolean joint() {
		return organisations.size() > 1;
	}

	public double hours() {
		return course.getHours() * learners.size();
	}

	public double cost() {
		return course.getCost() * learners.size();
	}
}
