package org.intdesigner.planning.supply;

/**
 * The stock and flow projection: S(t) = S(t-1) x (1 - leaver rate - retirement rate) + joiners + trainees
 * completing + internal moves, year by year. A stock cannot go below zero (more cannot leave than are there).
 */
public final class SupplyProjection {

	private SupplyProjection() {
	}

	/** The central line: every range at its middle. Index 0 is the start, index t the end of year t. */
	public static double[] central(SupplyInput input) {
		return project(input, input.leaverRate().mid(), input.retirementRate().mid(), input.joinersPerYear().mid());
	}

	/** The stock year by year for given leaver and retirement rates (% a year) and joiners (FTE a year). */
	static double[] project(SupplyInput input, double leaverRate, double retirementRate, double joiners) {
		double[] stock = new double[input.years() + 1];
		stock[0] = input.startFte();
		double staying = 1 - (leaverRate + retirementRate) / 100;
		for (int year = 1; year <= input.years(); year++) {
			stock[year] = nextYear(stock[year - 1], staying, joiners, input.traineesCompleting(year), input.internalMoves());
		}
		return stock;
	}

	/** One year of the formula: the stock after a year of {@code staying} (share), joiners, trainees and moves. */
	static double nextYear(double stock, double staying, double joiners, double trainees, double internalMoves) {
		return Math.max(0, stock * staying + joiners + trainees + internalMoves);
	}
}
