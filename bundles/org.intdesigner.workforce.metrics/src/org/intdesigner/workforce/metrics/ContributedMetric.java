package org.intdesigner.workforce.metrics;

import java.util.Collections;
import java.util.Set;

/**
 * A metric a plug-in contributes ({@link ContributedMetrics}): what its {@code metric} element says
 * (id, label, unit, target) and the formula that computes it, an expression over the measures
 * ({@link MetricDefinition}) or the plug-in's own {@link MetricFormula} class. It is computed,
 * suppressed and rated as a built-in is; its measures are completed with the people counts the
 * built-ins of the same data have, so a figure of a few people is suppressed whatever the formula.
 */
public final class ContributedMetric implements MetricFormula {

	private final String id;
	private final String label;
	private final String unit;
	private final MetricFormula formula;
	private final Target target;
	private final String contributor;
	private final Set<Measure> measures;

	/**
	 * @param formula     what computes it (its own id, label and unit are not used: the contribution's are)
	 * @param target      what it is rated against, or null (no RAG)
	 * @param contributor the symbolic name of the plug-in contributing it
	 */
	public ContributedMetric(String id, String label, String unit, MetricFormula formula, Target target, String contributor) {
		this.id = id;
		this.label = label;
		this.unit = unit == null ? "" : unit;
		this.formula = formula;
		this.target = target;
		this.contributor = contributor;
		this.measures = Collections.unmodifiableSet(PeopleCounts.completed(formula.measures()));
	}

	@Override
	public String id() {
		return id;
	}

	@Override
	public String label() {
		return label;
	}

	@Override
	public String unit() {
		return unit;
	}

	@Override
	public Set<Measure> measures() {
		return measures;
	}

	@Override
	public double valueOf(Measures values) {
		return formula.valueOf(values);
	}

	/** What it is rated against, or null. */
	public Target target() {
		return target;
	}

	/** The plug-in that contributes it. */
	public String contributor() {
		return contributor;
	}

	/** How it is computed, in words: the expression, or the class. */
	public String formulaText() {
		return formula instanceof MetricDefinition definition ? definition.expression() : formula.getClass().getName();
	}

	@Override
	public String toString() {
		return id + " (" + contributor + ")";
	}
}
