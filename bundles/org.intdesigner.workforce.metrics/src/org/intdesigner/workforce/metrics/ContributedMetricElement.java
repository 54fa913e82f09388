package org.intdesigner.workforce.metrics;

import org.eclipse.core.runtime.IConfigurationElement;

/**
 * One {@code metric} element of {@value ContributedMetrics#EXTENSION_POINT} made into a
 * {@link ContributedMetric}; what is wrong with it is an IllegalArgumentException saying what to change.
 */
final class ContributedMetricElement {

	private ContributedMetricElement() {
	}

	static ContributedMetric parse(IConfigurationElement element) {
		String id = element.getAttribute("id");
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("it has no id. Give the metric element an id (what ./intd metrics ID takes).");
		}
		if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
			throw new IllegalArgumentException("its id has characters other than letters, digits, '.', '-' and '_'. Users type it"
					+ " after ./intd metrics: change it to, e.g., " + id.trim().replaceAll("[^A-Za-z0-9._-]+", "-") + ".");
		}
		String label = text(element, "label", id);
		String unit = text(element, "unit", "");
		String expression = element.getAttribute("expression");
		String className = element.getAttribute("class");
		boolean hasExpression = expression != null && !expression.isBlank();
		boolean hasClass = className != null && !className.isBlank();
		if (hasExpression == hasClass) {
			throw new IllegalArgumentException(hasClass ? "it has both an expression and a class. Keep one of them."
					: "it has neither an expression nor a class. Give it an expression over the measures (e.g. leavers /"
							+ " inPostEnd * 100) or a class implementing " + MetricFormula.class.getName() + ".");
		}
		MetricFormula formula = hasExpression ? expression(id, label, unit, expression) : formula(element, className);
		return new ContributedMetric(id, label, unit, formula, target(element), ContributedMetrics.pluginOf(element));
	}

	private static MetricFormula expression(String id, String label, String unit, String expression) {
		try {
			return new MetricDefinition(id, label, unit, expression);
		} catch (IllegalArgumentException bad) {
			throw new IllegalArgumentException(bad.getMessage() + " Correct the expression attribute in the plug-in's plugin.xml.", bad);
		}
	}

	private static MetricFormula formula(IConfigurationElement element, String className) {
		Object made = ContributedMetrics.create(element);
		if (!(made instanceof MetricFormula formula)) {
			throw new IllegalArgumentException("its class " + className + " is not a metric formula. Make it implement "
					+ MetricFormula.class.getName() + ".");
		}
		if (formula.measures() == null || formula.measures().isEmpty()) {
			throw new IllegalArgumentException("its class " + className + " names no measures. Its measures() must return"
					+ " those valueOf reads: they are what is read from the store, and their people counts decide suppression.");
		}
		return formula;
	}

	private static Target target(IConfigurationElement element) {
		Double target = number(element, "target");
		Double amber = number(element, "amber");
		String higher = element.getAttribute("higherIsBetter");
		if (target == null) {
			if (amber != null || higher != null) {
				throw new IllegalArgumentException("it has an amber band or higherIsBetter but no target. Add the target the"
						+ " figures are rated against, or remove them.");
			}
			return null;
		}
		if (amber != null && amber < 0) {
			throw new IllegalArgumentException("its amber band is negative. It is how far off the target is still amber: 0 or more.");
		}
		if (higher != null && !higher.equals("true") && !higher.equals("false")) {
			throw new IllegalArgumentException("higherIsBetter is '" + higher + "'. Write true or false.");
		}
		return new Target(target, amber == null ? 0 : amber, higher == null || Boolean.parseBoolean(higher));
	}

	private static Double number(IConfigurationElement element, String name) {
		String text = element.getAttribute(name);
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(text.trim());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("its " + name + " '" + text + "' is not a number. Write it as, e.g., 10 or 2.5.");
		}
	}

	private static String text(IConfigurationElement element, String name, String otherwise) {
		String text = element.getAttribute(name);
		return text == null || text.isBlank() ? otherwise : text.trim();
	}
}
