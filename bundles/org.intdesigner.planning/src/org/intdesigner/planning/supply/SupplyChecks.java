package org.intdesigner.planning.supply;

import java.util.ArrayList;
import java.util.List;

import org.intdesigner.planning.MessageFigures;

/**
 * What makes a supply projection impossible, in words a planner can act on: a rate outside 0-100 % (or leaver and
 * retirement rates together over 100 %), a negative stock, joiners or intake, a course of negative length, and a
 * horizon outside 1 to 15 years.
 */
public final class SupplyChecks {

	private SupplyChecks() {
	}

	public static List<String> problems(SupplyInput input) {
		List<String> problems = new ArrayList<>();
		if (Double.isNaN(input.startFte())) {
			problems.add("the FTE at the start is not known: give it, or import the workforce into the store");
		} else if (input.startFte() < 0) {
			problems.add("the FTE at the start is " + MessageFigures.text(input.startFte()) + ": it cannot be negative");
		}
		rate(problems, "leaver rate", input.leaverRate());
		rate(problems, "retirement rate", input.retirementRate());
		if (input.leaverRate().high() + input.retirementRate().high() > 100) {
			problems.add("the leaver and retirement rates total more than 100 % a year");
		}
		rate(problems, "completion rate", Range.of(input.completionRate()));
		if (input.joinersPerYear().low() < 0) {
			problems.add("joiners a year are " + input.joinersPerYear() + ": they cannot be negative");
		}
		if (input.traineesPerYear() < 0) {
			problems.add("trainees completing a year are " + MessageFigures.text(input.traineesPerYear()) + ": they cannot be negative");
		}
		if (input.traineeIntake() < 0) {
			problems.add("the trainee intake is " + MessageFigures.text(input.traineeIntake()) + ": it cannot be negative");
		}
		if (input.courseYears() < 0) {
			problems.add("the course lasts " + input.courseYears() + " years: it cannot be negative");
		}
		if (input.years() < 1 || input.years() > SupplyInput.MAX_YEARS) {
			problems.add("the horizon is " + input.years() + " years: give 1 to " + SupplyInput.MAX_YEARS);
		}
		return problems;
	}

	private static void rate(List<String> problems, String name, Range rate) {
		if (Double.isNaN(rate.low()) || Double.isNaN(rate.high())) {
			problems.add("the " + name + " is not known: give it in % a year");
		} else if (rate.low() < 0 || rate.high() > 100) {
			problems.add("the " + name + " is " + rate + " %: a rate is 0 to 100 %");
		}
	}
}
