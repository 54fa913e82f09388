package org.intdesigner.development;

import java.util.List;

import org.intdesigner.model.Course;

/**
 * A gap and how it could be closed: the people in post, in the team or else its neighbourhood, one level below
 * (or at the level with their training lapsed) who could be trained, the course of the catalogue that brings them
 * to the level, and its hours and cost for them. No learners or no course: {@link #advice} says what else to do.
 */
public record TrainingNeed(RequirementCheck gap, List<StaffMember> learners, List<StaffMember> fromNeighbourhood, Course course) {

	/** Learners' hours in total (course hours x learners). */
	public double hours() {
		return course == null ? 0 : course.getHours() * learners.size();
	}

	public double cost() {
		return course == null ? 0 : course.getCost() * learners.size();
	}

	/** People still missing once the learners are trained. */
	public int unclosed() {
		return Math.max(0, gap.shortBy() - learners.size());
	}

	/** What the plan cannot do by training alone, or empty. */
	public String advice() {
		if (course == null) {
			return "no course in the catalogue teaches " + gap.requirement().capability().getName() + " to level "
					+ Level.name(gap.requirement().level()) + ": add one, or recruit";
		}
		if (unclosed() > 0) {
			return unclosed() + " more needed: nobody there is one level below; recruit, rotate or develop over time";
		}
		return "";
	}
}
