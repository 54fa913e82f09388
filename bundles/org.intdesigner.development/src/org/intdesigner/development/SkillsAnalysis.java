package org.intdesigner.development;

import java.time.LocalDate;

import org.intdesigner.model.IntdModel;

/** The front door of the headless skills analysis: sufficiency and the training plan of a model on a day. */
public final class SkillsAnalysis {

	private SkillsAnalysis() {
	}

	/** The day to look at: the last day of the store's data when it has any (the data is as of then), else today. */
	public static LocalDate defaultDay(SkillRecords records) {
		LocalDate last = records.lastDay();
		LocalDate today = LocalDate.now();
		return last == null || last.isAfter(today) ? today : last;
	}

	/** Sufficiency of every team's requirements on {@code day}: assessed people when the store has assessments, else posts as designed. */
	public static SufficiencyReport sufficiency(IntdModel model, SkillRecords records, LocalDate day, int expiringDays) {
		return SkillSufficiency.check(model, SkillsHeld.of(records, model, day), expiringDays);
	}

	public static TrainingPlan trainingPlan(IntdModel model, SkillRecords records, LocalDate day, int expiringDays) {
		return TrainingPlanner.plan(sufficiency(model, records, day, expiringDays));
	}
}
