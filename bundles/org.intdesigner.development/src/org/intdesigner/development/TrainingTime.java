package org.intdesigner.development;

import java.util.Map;

/**
 * The training a plan gives each role, as working days a year per FTE: what workforce planning takes out of the
 * available working time as other leave (WISN's E), through the planning's own extension.
 */
public final class TrainingTime {

	/** The working day training hours are counted in, when the study gives none. */
	public static final double HOURS_PER_DAY = 7.5;

	private TrainingTime() {
	}

	/** Hours a year per FTE for each role (by code) the plan trains: its learners' hours over the role's FTE in post. */
	public static Map<String, Double> hoursPerFte(TrainingPlan plan) {
		Map<String, Double> hours = new java.util.TreeMap<>();
		plan.hoursByRole().keySet().forEach(role -> hours.put(role, plan.trainingDaysPerFte(role, 1)));
		return hours;
	}

	/** Days a year per FTE for each role (by code) the plan trains. */
	public static Map<String, Double> daysPerFte(TrainingPlan plan, double hoursPerDay) {
		Map<String, Double> days = new java.util.TreeMap<>();
		plan.hoursByRole().keySet().forEach(role -> days.put(role, plan.trainingDaysPerFte(role, hoursPerDay)));
		return days;
	}
}
