package org.intdesigner.workforce.metrics;

import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The measures of a figure that come from installed {@link MeasureSource}s: each source that
 * computes some of them is asked once, and a measure two sources compute is taken from the first.
 * A measure no installed source computes makes the figure impossible, with the plug-in it needs.
 */
final class SourcedMeasures {

	/** The plug-in that computes the skill measures, named when it is not installed. */
	static final String DEVELOPMENT_PLUGIN = "the workforce development plug-in (org.intdesigner.development)";

	private SourcedMeasures() {
	}

	/**
	 * Adds the source measures {@code metric} needs to {@code groups}.
	 *
	 * @throws IllegalArgumentException when one has no source installed, or a source cannot measure as asked
	 */
	static void add(MeasureRequest request, MetricFormula metric, Map<GroupKey, Measures> groups) throws SQLException {
		Set<Measure> missing = EnumSet.noneOf(Measure.class);
		metric.measures().stream().filter(m -> m.origin() == Measure.Origin.SOURCE).forEach(missing::add);
		if (missing.isEmpty()) {
			return;
		}
		Map<MeasureSource, Set<Measure>> asked = new java.util.LinkedHashMap<>();
		for (MeasureSource source : MeasureSources.installed()) {
			Set<Measure> taken = EnumSet.noneOf(Measure.class);
			for (Measure measure : source.measures()) {
				if (missing.remove(measure)) {
					taken.add(measure);
				}
			}
			if (!taken.isEmpty()) {
				asked.put(source, taken);
			}
		}
		if (!missing.isEmpty()) {
			throw new IllegalArgumentException(metric.label() + " needs " + DEVELOPMENT_PLUGIN + ": no plug-in installed measures "
					+ names(missing) + ".");
		}
		for (Map.Entry<MeasureSource, Set<Measure>> entry : asked.entrySet()) {
			MeasureSource source = entry.getKey();
			Set<Measure> taken = entry.getValue();
			source.measure(request, (groupValues, periodIndex, measure, value) -> {
				if (!taken.contains(measure)) {
					return; // computed, but not needed here (or taken from an earlier source)
				}
				if (groupValues.size() != request.dimensions().size() || periodIndex < 0
						|| periodIndex >= request.periods().size()) {
					throw new IllegalStateException(source.getClass().getName() + " gave " + measure.variable() + " for "
							+ groupValues + " in period " + periodIndex + ", where " + request.dimensions().size()
							+ " group values and a period below " + request.periods().size() + " were asked for.");
				}
				groups.computeIfAbsent(new GroupKey(new java.util.ArrayList<>(groupValues), periodIndex), k -> new Measures())
						.add(measure, value);
			});
		}
	}

	private static String names(Set<Measure> measures) {
		return String.join(", ", measures.stream().map(Measure::variable).toList());
	}
}
