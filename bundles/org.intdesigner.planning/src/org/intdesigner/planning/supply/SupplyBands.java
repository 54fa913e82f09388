package org.intdesigner.planning.supply;

/**
 * The uncertainty of a projection, year by year (index 0 the start): the 10th, 50th and 90th percentiles of the
 * stock over the simulation's runs.
 */
public record SupplyBands(double[] p10, double[] p50, double[] p90) {
}
