package org.intdesigner.workforce.metrics;

import java.util.EnumSet;
import java.util.Set;

/** A formula class contributed in fragment.xml: the mean FTE of the people in post at the end. */
public final class FtePerHead implements MetricFormula {

	@Override
	public String id() {
		return "ignored: the element's id is used";
	}

	@Override
	public String label() {
		return "ignored";
	}

	@Override
	public String unit() {
		return "ignored";
	}

	@Override
	public Set<Measure> measures() {
		return EnumSet.of(Measure.FTE_END); // no people count: the registry adds inPostEnd's for suppression
	}

	@Override
	public double valueOf(Measures measures) {
		double people = measures.get(Measure.IN_POST_END);
		return people == 0 ? Double.NaN : measures.get(Measure.FTE_END) / people;
	}
}
