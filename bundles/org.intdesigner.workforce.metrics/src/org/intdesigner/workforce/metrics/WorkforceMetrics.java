package org.intdesigner.workforce.metrics;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes a metric from the workforce store: the measures it needs, summed per group in the
 * database ({@link MeasureQueries}) or by an installed {@link MeasureSource} ({@link SourcedMeasures}),
 * regrouped by neighbourhood when asked, then the formula per group, suppression of groups of fewer
 * people than the threshold, and the RAG rating.
 */
public final class WorkforceMetrics {

	private WorkforceMetrics() {
	}

	/**
	 * @param connection a connection to a workforce store (tables in schema WORKFORCE)
	 * @throws IllegalArgumentException when the data cannot be cut that way (e.g. the survey by role)
	 */
	public static MetricTable compute(Connection connection, MetricQuery query) throws SQLException {
		List<Cut> columns = new ArrayList<>();
		for (Cut cut : query.cuts()) {
			if (cut == Cut.NEIGHBOURHOOD) {
				columns.add(Cut.TEAM);
			} else if (cut != Cut.MONTH) {
				columns.add(cut);
			}
		}
		boolean byMonth = query.cuts().contains(Cut.MONTH);
		List<Period> periods = query.periods();
		if (byMonth && query.metric().measures().stream().anyMatch(Measure::isFromSurvey)) {
			throw new IllegalArgumentException(query.metric().label() + " comes from the staff survey, which is not dated: it cannot be cut by month.");
		}
		MeasureRequest request = new MeasureRequest(connection, query.model(), columns, periods, query.team());
		MeasureBatch batch = MeasureBatch.current();
		boolean byNeighbourhood = query.cuts().contains(Cut.NEIGHBOURHOOD);
		int teamColumn = columns.indexOf(Cut.TEAM);
		Map<GroupKey, Measures> measured;
		if (batch != null) {
			// read once for the figures worked out together; only the groups of teams that are counted are copied
			measured = batch.measured(request, query.metric(),
					group -> !byNeighbourhood || query.neighbourhoods().of(group.values().get(teamColumn)) != null);
		} else {
			measured = new MeasureQueries(connection, columns, periods, query.metric().measures(), query.team()).run();
			SourcedMeasures.add(request, query.metric(), measured);
		}
		if (columns.isEmpty()) {
			// one figure for everyone, in every period, even when nothing was measured (it shows as no value)
			for (int p = 0; p < periods.size(); p++) {
				measured.computeIfAbsent(new GroupKey(List.of(), p), k -> new Measures());
			}
		}
		Map<GroupKey, Measures> grouped = byNeighbourhood ? byNeighbourhood(measured, teamColumn, query.neighbourhoods())
				: measured;
		List<MetricRow> rows = new ArrayList<>();
		for (Map.Entry<GroupKey, Measures> group : grouped.entrySet()) {
			Map<Cut, String> key = new EnumMap<>(Cut.class);
			List<Cut> named = query.cuts().stream().filter(c -> c != Cut.MONTH).toList();
			for (int i = 0; i < named.size(); i++) {
				key.put(named.get(i), group.getKey().values().get(i));
			}
			Period period = periods.get(group.getKey().period());
			if (byMonth) {
				key.put(Cut.MONTH, java.time.YearMonth.from(period.last()).toString());
			}
			Measures measures = group.getValue();
			double value = query.metric().valueOf(measures);
			boolean suppressed = query.suppression().hides(measures, query.metric().measures());
			rows.add(new MetricRow(key, period, value, measures, suppressed, suppressed ? Rag.NONE : Rag.of(value, query.target())));
		}
		rows.sort(Comparator.comparing((MetricRow row) -> row.key().toString()).thenComparing(row -> row.period().first()));
		return new MetricTable(query.metric(), query, rows);
	}

	/**
	 * Adds up the teams' measures into their neighbourhoods (measures are sums, so they add), leaving
	 * out the teams not counted at all.
	 */
	private static Map<GroupKey, Measures> byNeighbourhood(Map<GroupKey, Measures> byTeam, int teamColumn,
			TeamNeighbourhoods neighbourhoods) {
		Map<GroupKey, Measures> result = new LinkedHashMap<>();
		byTeam.forEach((key, measures) -> {
			String neighbourhood = neighbourhoods.of(key.values().get(teamColumn));
			if (neighbourhood == null) {
				return;
			}
			List<String> values = new ArrayList<>(key.values());
			values.set(teamColumn, neighbourhood);
			result.computeIfAbsent(new GroupKey(values, key.period()), k -> new Measures()).addAll(measures);
		});
		return result;
	}
}
