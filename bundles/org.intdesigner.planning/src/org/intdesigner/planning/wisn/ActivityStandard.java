package org.intdesigner.planning.wisn;

/**
 * A health-service activity with its service standard, either a unit time (minutes an activity) or a rate of
 * working (activities an hour), exactly one of them a number and the other NaN, and its annual workload.
 */
public record ActivityStandard(String activity, double unitMinutes, double ratePerHour, double annualWorkload) {

	public static ActivityStandard unitTime(String activity, double minutes, double annualWorkload) {
		return new ActivityStandard(activity, minutes, Double.NaN, annualWorkload);
	}

	public static ActivityStandard rate(String activity, double perHour, double annualWorkload) {
		return new ActivityStandard(activity, Double.NaN, perHour, annualWorkload);
	}

	public boolean byUnitTime() {
		return !Double.isNaN(unitMinutes);
	}

	/** Standard workload: the activities one member of staff can do in a year, AWT / unit time or AWT x rate. */
	public double standardWorkload(double awtHours) {
		return byUnitTime() ? awtHours * 60 / unitMinutes : awtHours * ratePerHour;
	}

	/** The same activity with another annual workload (a later year's, a neighbourhood's). */
	public ActivityStandard withWorkload(double workload) {
		return new ActivityStandard(activity, unitMinutes, ratePerHour, workload);
	}
}
