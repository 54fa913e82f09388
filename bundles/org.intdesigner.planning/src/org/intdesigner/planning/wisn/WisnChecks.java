package org.intdesigner.planning.wisn;

import java.util.ArrayList;
import java.util.List;

import org.intdesigner.planning.MessageFigures;

/**
 * What makes a WISN study impossible to compute, in words a planner can act on: an available working time of zero
 * or less, category allowances totalling 100 % or more (no time would be left for the work itself), an activity
 * with both or neither of a unit time and a rate, or with a standard of zero or less, and negative figures.
 */
public final class WisnChecks {

	private WisnChecks() {
	}

	public static List<String> problems(WisnInput input) {
		List<String> problems = new ArrayList<>();
		WorkingTime time = input.time();
		notNegative(problems, "working days", time.workingDays());
		notNegative(problems, "public holidays", time.publicHolidays());
		notNegative(problems, "annual leave", time.annualLeave());
		notNegative(problems, "sick leave", time.sickLeave());
		notNegative(problems, "other leave", time.otherLeave());
		if (!(time.hoursPerDay() > 0)) {
			problems.add("hours a day is " + figure(time.hoursPerDay()) + ": give the working hours of a day, more than 0");
		} else if (!(time.days() > 0)) {
			problems.add("the available working time is " + figure(time.days()) + " days (" + figure(time.workingDays())
					+ " working days less " + figure(time.workingDays() - time.days())
					+ " days of holidays and leave): it must be more than 0");
		}
		if (!Double.isNaN(time.hoursPerWeek()) && !(time.hoursPerWeek() > 0)) {
			problems.add("hours a week is " + figure(time.hoursPerWeek()) + ": give more than 0, or leave it empty");
		}
		for (ActivityStandard activity : input.activities()) {
			String name = "activity '" + activity.activity() + "'";
			boolean unit = !Double.isNaN(activity.unitMinutes());
			boolean rate = !Double.isNaN(activity.ratePerHour());
			if (unit == rate) {
				problems.add(name + (unit ? " has both a unit time and a rate of working: give one of them"
						: " has neither a unit time nor a rate of working: give one of them"));
			} else if (!((unit ? activity.unitMinutes() : activity.ratePerHour()) > 0)) {
				problems.add(name + (unit ? " has a unit time of " + figure(activity.unitMinutes()) + " minutes"
						: " has a rate of " + figure(activity.ratePerHour()) + " an hour") + ": it must be more than 0");
			}
			if (Double.isNaN(activity.annualWorkload())) {
				problems.add(name + " has no annual workload: give one, or a cohort and activities per person");
			} else {
				notNegative(problems, name + "'s annual workload", activity.annualWorkload());
			}
		}
		double cas = 0;
		for (CategoryAllowanceStandard allowance : input.categoryAllowances()) {
			String name = "category allowance '" + allowance.activity() + "'";
			if (allowance.asPercent() == !Double.isNaN(allowance.hours())) {
				problems.add(name + (allowance.asPercent() ? " has both a percentage and hours: give one of them"
						: " has neither a percentage nor hours: give one of them"));
				continue;
			}
			if (!allowance.asPercent() && allowance.per() == null) {
				problems.add(name + " gives hours but not per day, week, month or year");
				continue;
			}
			notNegative(problems, name, allowance.asPercent() ? allowance.percent() : allowance.hours());
			if (time.hours() > 0 && time.hoursPerDay() > 0) {
				cas += allowance.percentOf(time);
			}
		}
		if (cas >= 100) {
			problems.add("the category allowances total " + figure(cas)
					+ " % of working time: they must total less than 100 %, or no time is left for the work itself");
		}
		for (IndividualAllowanceStandard allowance : input.individualAllowances()) {
			String name = "individual allowance '" + allowance.activity() + "'";
			notNegative(problems, name + "'s hours a year", allowance.hoursPerYear());
			notNegative(problems, name + "'s staff", allowance.staff());
		}
		if (!Double.isNaN(input.currentStaff())) {
			notNegative(problems, "the current staff", input.currentStaff());
		}
		return problems;
	}

	private static void notNegative(List<String> problems, String what, double value) {
		if (Double.isNaN(value)) {
			problems.add(what + " is empty: give a figure");
		} else if (value < 0) {
			problems.add(what + " is " + figure(value) + ": it cannot be negative");
		}
	}

	private static String figure(double value) {
		return MessageFigures.text(value);
	}
}
