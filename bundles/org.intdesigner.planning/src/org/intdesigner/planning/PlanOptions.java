package org.intdesigner.planning;

import org.intdesigner.planning.supply.SupplySimulation;

/**
 * How a plan is made: the horizon of the need (years after now; supply runs to each assumption's own horizon, and
 * gaps to the shorter of the two), the simulation's runs and its seed.
 */
public record PlanOptions(int years, int runs, long seed) {

	public static final PlanOptions DEFAULT = new PlanOptions(10, SupplySimulation.DEFAULT_RUNS, SupplySimulation.DEFAULT_SEED);

	public PlanOptions {
		if (years < 0 || years > org.intdesigner.planning.supply.SupplyInput.MAX_YEARS) {
			throw new IllegalArgumentException("The horizon is " + years + " years: give 0 to "
					+ org.intdesigner.planning.supply.SupplyInput.MAX_YEARS + ".");
		}
		if (runs < 1) {
			throw new IllegalArgumentException("A simulation needs at least one run, not " + runs + ".");
		}
	}

	public PlanOptions withYears(int horizon) {
		return new PlanOptions(horizon, runs, seed);
	}
}
