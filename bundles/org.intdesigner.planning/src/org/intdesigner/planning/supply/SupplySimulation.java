package org.intdesigner.planning.supply;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The uncertainty bands of a projection whose rates or joiners are ranges: each run draws the leaver rate, the
 * retirement rate and the joiners uniformly from their ranges, once for the whole horizon (the true figure is
 * unknown, not varying from year to year), and projects the stock; the bands are the 10th, 50th and 90th
 * percentiles of the runs, year by year. Seeded: the same input, runs and seed give the same bands.
 */
public final class SupplySimulation {

	public static final int DEFAULT_RUNS = 1000;
	public static final long DEFAULT_SEED = 15;

	private SupplySimulation() {
	}

	public static SupplyBands bands(SupplyInput input, int runs, long seed) {
		if (runs < 1) {
			throw new IllegalArgumentException("A simulation needs at least one run, not " + runs);
		}
		int years = input.years();
		// by year, then run: each year's values are then percentiled in place, without copying
		double[][] byYear = new double[years + 1][runs];
		double[] trainees = new double[years + 1];
		for (int year = 1; year <= years; year++) {
			trainees[year] = input.traineesCompleting(year);
		}
		double moves = input.internalMoves();
		SplittableRandom random = new SplittableRandom(seed);
		for (int run = 0; run < runs; run++) {
			double leavers = input.leaverRate().draw(random);
			double retirements = input.retirementRate().draw(random);
			double joiners = input.joinersPerYear().draw(random);
			double staying = 1 - (leavers + retirements) / 100;
			double stock = input.startFte();
			byYear[0][run] = stock;
			for (int year = 1; year <= years; year++) {
				stock = SupplyProjection.nextYear(stock, staying, joiners, trainees[year], moves);
				byYear[year][run] = stock;
			}
		}
		double[] p10 = new double[years + 1];
		double[] p50 = new double[years + 1];
		double[] p90 = new double[years + 1];
		for (int year = 0; year <= years; year++) {
			double[] values = byYear[year];
			Arrays.sort(values);
			p10[year] = percentile(values, 10);
			p50[year] = percentile(values, 50);
			p90[year] = percentile(values, 90);
		}
		return new SupplyBands(p10, p50, p90);
	}

	/** The p-th percentile of sorted values, interpolated between the two nearest ranks (as spreadsheets do). */
	static double percentile(double[] sorted, double p) {
		double rank = p / 100 * (sorted.length - 1);
		int below = (int) Math.floor(rank);
		int above = Math.min(below + 1, sorted.length - 1);
		return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
	}
}
