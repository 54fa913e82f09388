package org.intdesigner.planning.supply;

/**
 * The stock and flows of one role in one unit: the FTE in post at the start, the leaver and retirement rates
 * (% of the stock at the start of each year), joiners (FTE a year), trainees completing from the pipeline already
 * running (FTE a year), a new course's intake from the first year (FTE a year) with its length in years and its
 * completion rate (%), internal moves (FTE a year, in positive, out negative) and the horizon in years (1 to 15).
 */
public record SupplyInput(double startFte, Range leaverRate, Range retirementRate, Range joinersPerYear,
		double traineesPerYear, double traineeIntake, int courseYears, double completionRate, double internalMoves,
		int years) {

	public static final int MAX_YEARS = 15;

	/** Trainees completing in year {@code year} (1 is the first year of the plan). */
	public double traineesCompleting(int year) {
		double fromNewCourse = year > courseYears ? traineeIntake * completionRate / 100 : 0;
		return traineesPerYear + fromNewCourse;
	}

	/** The same flows over another horizon. */
	public SupplyInput withYears(int horizon) {
		return new SupplyInput(startFte, leaverRate, retirementRate, joinersPerYear, traineesPerYear, traineeIntake, courseYears,
				completionRate, internalMoves, horizon);
	}

	/** Whether any figure is a range, so that bands mean something. */
	public boolean uncertain() {
		return leaverRate.isRange() || retirementRate.isRange() || joinersPerYear.isRange();
	}
}
