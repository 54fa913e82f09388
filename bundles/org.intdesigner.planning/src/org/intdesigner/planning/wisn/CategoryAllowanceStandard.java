package org.intdesigner.planning.wisn;

import org.intdesigner.model.AllowancePeriod;

/**
 * A support activity of every member of staff (category allowance standard): a percentage of working time, or
 * hours per day, week, month or year (percent NaN) converted to a percentage of the working time of that period.
 */
public record CategoryAllowanceStandard(String activity, double percent, double hours, AllowancePeriod per) {

	public static CategoryAllowanceStandard percent(String activity, double percent) {
		return new CategoryAllowanceStandard(activity, percent, Double.NaN, null);
	}

	public static CategoryAllowanceStandard time(String activity, double hours, AllowancePeriod per) {
		return new CategoryAllowanceStandard(activity, Double.NaN, hours, per);
	}

	public boolean asPercent() {
		return !Double.isNaN(percent);
	}

	/**
	 * The allowance as a % of working time: hours a day / F, hours a week / working hours a week, hours a month /
	 * (F x A / 12), hours a year / AWT in hours.
	 */
	public double percentOf(WorkingTime time) {
		if (asPercent()) {
			return percent;
		}
		double base = switch (per) {
		case DAY -> time.hoursPerDay();
		case WEEK -> time.weekHours();
		case MONTH -> time.monthHours();
		case YEAR -> time.hours();
		};
		return hours / base * 100;
	}
}
