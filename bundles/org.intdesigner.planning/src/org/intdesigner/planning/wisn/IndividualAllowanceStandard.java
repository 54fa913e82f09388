package org.intdesigner.planning.wisn;

/** An additional activity of some staff only (individual allowance standard): hours a year x the staff doing it. */
public record IndividualAllowanceStandard(String activity, double hoursPerYear, double staff) {

	public double totalHours() {
		return hoursPerYear * staff;
	}
}
