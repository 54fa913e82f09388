package org.intdesigner.examples.metrics;

import java.util.EnumSet;
import java.util.Set;

import org.intdesigner.workforce.metrics.Measure;
import org.intdesigner.workforce.metrics.Measures;
import org.intdesigner.workforce.metrics.MetricFormula;

/**
 * Sickness absence as HR reports usually give it: calendar days lost a year per FTE, i.e. FTE days
 * lost over FTE days available, times the days of a year. An expression could say this one too; it
 * is a class to show the contract a formula an expression cannot say fulfils: {@link #measures()}
 * names what {@link #valueOf} reads (only those are read from the store), and NaN means no figure.
 * Suppression is the registry's: it adds the people in post, as the built-in sickness rate has.
 */
public final class SicknessDaysPerFte implements MetricFormula {

	/** Days in a year, leap years included: a year's FTE days available for one FTE. */
	static final double DAYS_A_YEAR = 365.25;

	@Override
	public String id() {
		return "examples.days-lost"; // plugin.xml's id, label and unit are the ones shown
	}

	@Override
	public String label() {
		return "Sickness days per FTE";
	}

	@Override
	public String unit() {
		return "days a year";
	}

	@Override
	public Set<Measure> measures() {
		return EnumSet.of(Measure.FTE_DAYS_LOST, Measure.FTE_DAYS_AVAILABLE);
	}

	@Override
	public double valueOf(Measures measures) {
		double available = measures.get(Measure.FTE_DAYS_AVAILABLE);
		return available == 0 ? Double.NaN : measures.get(Measure.FTE_DAYS_LOST) / available * DAYS_A_YEAR;
	}
}
