package org.intdesigner.planning.supply;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SupplyProjectionTest {

	private static final double EXACT = 1e-9;

	/** DOMAIN.md's worked check: 40 FTE, leavers 10 %, retirements 2 %, joiners 3, trainees 1.5 a year. */
	@Test
	void workedCheck() {
		SupplyInput input = new SupplyInput(40, Range.of(10), Range.of(2), Range.of(3), 1.5, 0, 0, 100, 0, 5);
		assertArrayEquals(new double[] { 40, 39.7, 39.436, 39.20368, 38.99924, 38.81933 },
				round5(SupplyProjection.central(input)), EXACT);
	}

	@Test
	void aNewCourseCompletesAfterItsLengthAtItsCompletionRate() {
		// 10 FTE, nobody leaves; 4 a year start a 3-year course from year 1 and 75 % complete: +3 a year from year 4
		SupplyInput input = new SupplyInput(10, Range.of(0), Range.of(0), Range.of(0), 0, 4, 3, 75, 0, 5);
		assertArrayEquals(new double[] { 10, 10, 10, 10, 13, 16 }, SupplyProjection.central(input), EXACT);
	}

	@Test
	void internalMovesOutCannotTakeTheStockBelowZero() {
		SupplyInput input = new SupplyInput(2, Range.of(0), Range.of(0), Range.of(0), 0, 0, 0, 100, -1.5, 3);
		assertArrayEquals(new double[] { 2, 0.5, 0, 0 }, SupplyProjection.central(input), EXACT);
	}

	@Test
	void bandsSurroundTheCentralLineAndRepeatForTheSameSeed() {
		SupplyInput input = new SupplyInput(40, new Range(8, 12), new Range(1, 3), new Range(2, 4), 1.5, 0, 0, 100, 0, 10);
		SupplyBands bands = SupplySimulation.bands(input, 1000, 15);
		double[] central = SupplyProjection.central(input);
		assertEquals(40, bands.p10()[0], EXACT);
		assertEquals(40, bands.p90()[0], EXACT);
		for (int year = 1; year <= 10; year++) {
			assertTrue(bands.p10()[year] < central[year] && central[year] < bands.p90()[year],
					"year " + year + ": " + bands.p10()[year] + " < " + central[year] + " < " + bands.p90()[year]);
			assertEquals(central[year], bands.p50()[year], 0.25, "the median run is near the central line");
		}
		// wider as the years go by
		assertTrue(bands.p90()[10] - bands.p10()[10] > bands.p90()[1] - bands.p10()[1]);
		SupplyBands again = SupplySimulation.bands(input, 1000, 15);
		assertArrayEquals(bands.p10(), again.p10(), 0);
		assertArrayEquals(bands.p90(), again.p90(), 0);
	}

	@Test
	void fixedFiguresGiveBandsOnTheLine() {
		SupplyInput input = new SupplyInput(40, Range.of(10), Range.of(2), Range.of(3), 1.5, 0, 0, 100, 0, 5);
		SupplyBands bands = SupplySimulation.bands(input, 50, 1);
		assertArrayEquals(SupplyProjection.central(input), bands.p10(), EXACT);
		assertArrayEquals(SupplyProjection.central(input), bands.p90(), EXACT);
	}

	@Test
	void percentilesInterpolateBetweenRanks() {
		double[] sorted = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 };
		assertEquals(2, SupplySimulation.percentile(sorted, 10), EXACT);
		assertEquals(6, SupplySimulation.percentile(sorted, 50), EXACT);
		assertEquals(7.5, SupplySimulation.percentile(new double[] { 5, 10 }, 50), EXACT);
	}

	@Test
	void ratesOutside0To100AndOtherImpossibleFiguresAreNamed() {
		SupplyInput input = new SupplyInput(-1, new Range(90, 120), Range.of(2), Range.of(-3), 0, 0, 0, 100, 0, 16);
		assertEquals(List.of("the FTE at the start is -1: it cannot be negative", "the leaver rate is 90 to 120 %: a rate is 0 to 100 %",
				"the leaver and retirement rates total more than 100 % a year", "joiners a year are -3: they cannot be negative",
				"the horizon is 16 years: give 1 to 15"), SupplyChecks.problems(input));
	}

	private static double[] round5(double[] values) {
		double[] rounded = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			rounded[i] = Math.round(values[i] * 100_000) / 100_000.0;
		}
		return rounded;
	}
}
