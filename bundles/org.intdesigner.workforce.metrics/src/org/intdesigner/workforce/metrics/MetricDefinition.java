package org.intdesigner.workforce.metrics;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlFeatures;
import org.apache.commons.jexl3.JexlScript;
import org.apache.commons.jexl3.MapContext;
import org.apache.commons.jexl3.introspection.JexlPermissions;

/**
 * A metric a place defines for itself (staff satisfaction, productivity, skill sufficiency,
 * alignment to goals, ...): a name and an arithmetic expression over the stored measures and the
 * built-in metrics, e.g. {@code (motivation + advocacy) / 2} or {@code leavers / inPostEnd * 100}.
 * No SQL: the expression sees numbers only (no methods, no loops, no assignments), so a definition
 * shared between partners cannot reach their data or the machine.
 */
public final class MetricDefinition implements MetricFormula {

	private static final JexlEngine JEXL = new JexlBuilder().permissions(JexlPermissions.RESTRICTED).strict(true).safe(false)
			.silent(false).features(new JexlFeatures().loops(false).sideEffect(false).sideEffectGlobal(false).newInstance(false)
					.methodCall(false).lambda(false).structuredLiteral(false).annotation(false).pragma(false).importPragma(false))
			.create();

	private final String id;
	private final String label;
	private final String unit;
	private final String expression;
	private final JexlScript script;
	private final Set<Measure> measures = EnumSet.noneOf(Measure.class);
	private final List<Metric> metrics;

	/** @throws IllegalArgumentException naming the definition and what is wrong with its expression */
	public MetricDefinition(String id, String label, String unit, String expression) {
		this.id = id;
		this.label = label;
		this.unit = unit == null ? "" : unit;
		this.expression = expression;
		try {
			script = JEXL.createScript(expression);
		} catch (JexlException e) {
			throw new IllegalArgumentException("The metric '" + label + "' has an expression that cannot be read: " + expression
					+ " (" + e.getMessage() + ")", e);
		}
		java.util.List<Metric> usedMetrics = new java.util.ArrayList<>();
		for (List<String> variable : script.getVariables()) {
			String name = String.join(".", variable);
			Measure measure = measureNamed(name);
			Metric metric = metricNamed(name);
			if (measure != null) {
				measures.add(measure);
			} else if (metric != null) {
				usedMetrics.add(metric);
				measures.addAll(metric.measures());
			} else {
				throw new IllegalArgumentException("The metric '" + label + "' uses '" + name + "', which is neither a measure ("
						+ names(Measure.values()) + ") nor a metric (" + metricNames() + ").");
			}
		}
		metrics = List.copyOf(usedMetrics);
		// an expression over no count of people would show figures of one person: suppress it as the built-ins are
		measures.addAll(PeopleCounts.completed(measures));
	}

	private static Measure measureNamed(String name) {
		for (Measure measure : Measure.values()) {
			if (measure.variable().equals(name)) {
				return measure;
			}
		}
		return null;
	}

	private static Metric metricNamed(String name) {
		for (Metric metric : Metric.values()) {
			if (metric.variable().equals(name)) {
				return metric;
			}
		}
		return null;
	}

	private static String names(Measure[] measures) {
		StringBuilder text = new StringBuilder();
		for (Measure measure : measures) {
			text.append(text.isEmpty() ? "" : ", ").append(measure.variable());
		}
		return text.toString();
	}

	private static String metricNames() {
		StringBuilder text = new StringBuilder();
		for (Metric metric : Metric.values()) {
			text.append(text.isEmpty() ? "" : ", ").append(metric.variable());
		}
		return text.toString();
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

	public String expression() {
		return expression;
	}

	@Override
	public Set<Measure> measures() {
		return measures;
	}

	@Override
	public double valueOf(Measures values) {
		MapContext context = new MapContext();
		for (Measure measure : measures) {
			context.set(measure.variable(), values.get(measure));
		}
		for (Metric metric : metrics) {
			context.set(metric.variable(), metric.valueOf(values));
		}
		try {
			Object result = script.execute(context);
			return result instanceof Number number ? number.doubleValue() : Double.NaN;
		} catch (JexlException e) {
			// dividing by a zero measure and the like: no value for this group
			return Double.NaN;
		}
	}
}
