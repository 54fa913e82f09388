package org.intdesigner.planning.wisn;

/**
 * Available working time, WISN step 1: AWT = [A - (B + C + D + E)] x F, with A working days a year, B public
 * holidays, C annual leave, D sick leave and E other leave (all in days) and F working hours a day. Hours a week
 * (for allowances given per week) default to F x A / 52.
 */
public record WorkingTime(double workingDays, double publicHolidays, double annualLeave, double sickLeave,
		double otherLeave, double hoursPerDay, double hoursPerWeek) {

	/** Working time with hours a week at their default, F x A / 52. */
	public static WorkingTime of(double workingDays, double publicHolidays, double annualLeave, double sickLeave,
			double otherLeave, double hoursPerDay) {
		return new WorkingTime(workingDays, publicHolidays, annualLeave, sickLeave, otherLeave, hoursPerDay, Double.NaN);
	}

	/** AWT in days: A - (B + C + D + E). */
	public double days() {
		return workingDays - (publicHolidays + annualLeave + sickLeave + otherLeave);
	}

	/** AWT in hours: days x F. */
	public double hours() {
		return days() * hoursPerDay;
	}

	/** Working hours a week: as given, or F x A / 52. */
	public double weekHours() {
		return Double.isNaN(hoursPerWeek) ? hoursPerDay * workingDays / 52 : hoursPerWeek;
	}

	/** Working hours a month: F x A / 12. */
	public double monthHours() {
		return hoursPerDay * workingDays / 12;
	}

	/** The same working time with another figure for sick leave (the store's observed absence). */
	public WorkingTime withSickLeave(double days) {
		return new WorkingTime(workingDays, publicHolidays, annualLeave, days, otherLeave, hoursPerDay, hoursPerWeek);
	}

	/** The same working time with another figure for other leave (training a plug-in adds). */
	public WorkingTime withOtherLeave(double days) {
		return new WorkingTime(workingDays, publicHolidays, annualLeave, sickLeave, days, hoursPerDay, hoursPerWeek);
	}
}
