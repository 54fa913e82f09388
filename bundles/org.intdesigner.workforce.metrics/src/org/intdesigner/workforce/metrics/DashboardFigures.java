package org.intdesigner.workforce.metrics;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.intdesigner.model.IntdModel;

/**
 * The figures the workforce dashboard shows, worked out the one way the dashboard and the report
 * packs share: one overall figure per tile metric, the chosen metric by organisation and month for
 * the trend, the chosen metric by the chosen cut for the breakdown. For one team (the drill-down)
 * the figures count that team's people only, the trend is the team's own line and the breakdown is
 * by role; what is not recorded by team (the establishment) has no figure. A tile without a figure
 * has a note saying briefly why ({@link TileNotes}). All of it reads one connection to the store:
 * call it inside the store's read.
 */
public record DashboardFigures(Period period, StaffScope scope, Map<MetricFormula, MetricRow> tiles,
		Map<MetricFormula, String> tileNotes, MetricFormula trendMetric, List<String> months,
		Map<String, Map<String, Double>> trend, MetricTable breakdown) {

	/** Metrics whose monthly trend shows the twelve months up to each month. */
	public static final Set<Metric> ANNUAL = EnumSet.of(Metric.TURNOVER, Metric.TURNOVER_FTE);

	/** The trend's line of the whole place. */
	public static final String ALL_PARTNERS = StaffScope.ALL_PARTNERS;

	/** The built-in tiles, in two rows: the store's own figures, then skill sufficiency and the survey's further questions. */
	public static final List<Metric> TILES = List.of(Metric.TURNOVER, Metric.VACANCY_RATE, Metric.SICKNESS_ABSENCE,
			Metric.STABILITY, Metric.ENGAGEMENT, Metric.HEADCOUNT, Metric.FTE, Metric.SKILL_SUFFICIENCY, Metric.SATISFACTION,
			Metric.IMPROVEMENT, Metric.PRODUCTIVITY, Metric.ALIGNMENT);

	/**
	 * The tile figures, in the tiles' order ({@link #tileMetrics()}): a row per metric (null: none),
	 * and a note for each tile without a figure.
	 */
	public record Tiles(Map<MetricFormula, MetricRow> rows, Map<MetricFormula, String> notes) {
	}

	/** The metrics with a tile: {@link #TILES}, then each metric a plug-in contributes ({@link ContributedMetrics}). */
	public static List<MetricFormula> tileMetrics() {
		return MetricCatalogue.tiles();
	}

	/** The team code of a team's figures, or null (the dashboard's drill-down asks). */
	public String team() {
		return scope.kind() == StaffScope.Kind.TEAM ? scope.code() : null;
	}

	/**
	 * @param scope whose figures: everyone for the dashboard's whole place, a team for its drill-down
	 * @param model the INT model open (skill sufficiency reads its teams' requirements), or null
	 */
	public static DashboardFigures compute(Connection store, Period period, MetricFormula chosen, Cut cut, TeamNeighbourhoods places,
			SmallNumberSuppression suppression, StaffScope scope, IntdModel model) throws SQLException {
		// the tiles, trend and breakdown ask for the same groups metric after metric: read each once
		return MeasureBatch.run(() -> computeInBatch(store, period, chosen, cut, places, suppression, scope, model));
	}

	private static DashboardFigures computeInBatch(Connection store, Period period, MetricFormula chosen, Cut cut,
			TeamNeighbourhoods places, SmallNumberSuppression suppression, StaffScope scope, IntdModel model) throws SQLException {
		Tiles tiles = tiles(store, period, places, suppression, scope, model);
		List<String> months = new ArrayList<>();
		period.months().forEach(month -> months.add(month.label()));
		Map<String, Map<String, Double>> trend = trend(store, chosen, period, places, suppression, scope, model);
		boolean team = scope.kind() == StaffScope.Kind.TEAM;
		MetricTable breakdown = breakdown(store, chosen, period, team ? Cut.ROLE : cut, places, suppression, scope, model);
		if (breakdown == null && team) {
			breakdown = table(store, query(chosen, period, List.of(), places, suppression, model), scope);
		}
		if (breakdown == null) {
			breakdown = new MetricTable(chosen, query(chosen, period, List.of(), places, suppression, model), List.of());
		}
		return new DashboardFigures(period, scope, tiles.rows(), tiles.notes(), chosen, months, trend, breakdown);
	}

	/** One overall figure of the scope per tile metric, each with a note when it has none. */
	public static Tiles tiles(Connection store, Period period, TeamNeighbourhoods places, SmallNumberSuppression suppression, StaffScope scope,
			IntdModel model)
			throws SQLException {
		return MeasureBatch.run(() -> tilesInBatch(store, period, places, suppression, scope, model));
	}

	private static Tiles tilesInBatch(Connection store, Period period, TeamNeighbourhoods places, SmallNumberSuppression suppression,
			StaffScope scope, IntdModel model) throws SQLException {
		Map<MetricFormula, MetricRow> tiles = new LinkedHashMap<>();
		Map<MetricFormula, String> notes = new LinkedHashMap<>();
		for (MetricFormula metric : tileMetrics()) {
			try {
				MetricRow row = tile(store, metric, period, places, suppression, scope, model);
				tiles.put(metric, row);
				String missing = TileNotes.whenEmpty(metric, row);
				if (missing != null) {
					notes.put(metric, missing);
				}
			} catch (IllegalArgumentException cannot) {
				tiles.put(metric, null);
				notes.put(metric, TileNotes.whyNot(metric, model, scope, cannot));
			}
		}
		return new Tiles(tiles, notes);
	}

	/**
	 * One metric's overall figure for the scope (null when nothing came back).
	 *
	 * @throws IllegalArgumentException when the data is not recorded that way (the establishment by team):
	 *                                  {@link TileNotes#whyNot} says so briefly
	 */
	public static MetricRow tile(Connection store, MetricFormula metric, Period period, TeamNeighbourhoods places,
			SmallNumberSuppression suppression, StaffScope scope, IntdModel model) throws SQLException {
		MetricTable overall = scope.table(store, query(metric, period, List.of(), places, suppression, model));
		return overall.rows().isEmpty() ? null : overall.rows().get(0);
	}

	/**
	 * The metric month by month, a line for the scope and, for everyone or a set of teams, one per
	 * organisation: each line's value by month ("2026-03"), NaN where suppressed. Turnover is the
	 * twelve months up to each month. Empty for the survey (it has no dates).
	 */
	public static Map<String, Map<String, Double>> trend(Connection store, MetricFormula metric, Period period,
			TeamNeighbourhoods places, SmallNumberSuppression suppression, StaffScope scope,
			IntdModel model) throws SQLException {
		return MeasureBatch.run(() -> trendInBatch(store, metric, period, places, suppression, scope, model));
	}

	private static Map<String, Map<String, Double>> trendInBatch(Connection store, MetricFormula metric, Period period,
			TeamNeighbourhoods places, SmallNumberSuppression suppression, StaffScope scope, IntdModel model) throws SQLException {
		Map<String, Map<String, Double>> trend = new LinkedHashMap<>();
		boolean byOrganisation = byOrganisation(scope);
		// the organisations' lines first: in a batch, the scope's own line is then added up from the same groups
		List<MetricRow> organisations = byOrganisation
				? monthly(store, metric, period, List.of(Cut.ORGANISATION, Cut.MONTH), places, suppression, scope, model)
				: List.of();
		List<MetricRow> rows = new ArrayList<>(monthly(store, metric, period, List.of(Cut.MONTH), places, suppression, scope, model));
		rows.addAll(organisations);
		for (MetricRow row : rows) {
			String line = byOrganisation ? row.key().getOrDefault(Cut.ORGANISATION, scope.label()) : scope.label();
			trend.computeIfAbsent(line, k -> new LinkedHashMap<>()).put(row.key().get(Cut.MONTH),
					row.suppressed() ? Double.NaN : row.value());
		}
		hideZerosBesideSuppressedWholes(trend, store, metric, period, places, suppression, scope, model);
		// an organisation too small for any month's figure to be shown has no line to draw
		trend.values().removeIf(values -> values.values().stream().allMatch(v -> Double.isNaN(v)));
		return trend;
	}

	/** The metric over the period for the scope, by {@code cut}; null when the data cannot be cut that way. */
	public static MetricTable breakdown(Connection store, MetricFormula metric, Period period, Cut cut, TeamNeighbourhoods places,
			SmallNumberSuppression suppression, StaffScope scope, IntdModel model) throws SQLException {
		return table(store, query(metric, period, List.of(cut), places, suppression, model), scope);
	}

	/** Everyone's and a set of teams' trends have a line per organisation; one team's or one organisation's do not. */
	private static boolean byOrganisation(StaffScope scope) {
		return scope.kind() == StaffScope.Kind.EVERYONE || scope.kind() == StaffScope.Kind.TEAMS;
	}

	/**
	 * A line whose figure over the whole period is suppressed (its tile or breakdown row shows
	 * {@code *}) plots nothing in its zero months either: a suppressed whole came from a few
	 * people, and its other months would show which months they were in. Those months are left
	 * out of the line as a missing month is.
	 */
	private static void hideZerosBesideSuppressedWholes(Map<String, Map<String, Double>> trend, Connection store,
			MetricFormula metric, Period period, TeamNeighbourhoods places, SmallNumberSuppression suppression, StaffScope scope,
			IntdModel model) throws SQLException {
		Map<String, Boolean> suppressedWhole = new LinkedHashMap<>();
		// by organisation first: in a batch, the scope's whole is then added up from the same groups
		MetricTable byOrganisation = byOrganisation(scope)
				? table(store, query(metric, period, List.of(Cut.ORGANISATION), places, suppression, model), scope)
				: null;
		MetricTable overall = table(store, query(metric, period, List.of(), places, suppression, model), scope);
		boolean overallSuppressed = overall != null && overall.rows().stream().anyMatch(MetricRow::suppressed);
		suppressedWhole.put(scope.label(), overallSuppressed);
		if (byOrganisation != null) {
			byOrganisation.rows().forEach(row -> suppressedWhole.put(row.key().get(Cut.ORGANISATION), row.suppressed()));
		}
		trend.forEach((line, byMonth) -> {
			if (suppressedWhole.getOrDefault(line, false)) {
				byMonth.replaceAll((month, value) -> value == 0 ? Double.NaN : value);
			}
		});
	}

	/** The metric month by month (turnover, an annual rate: the twelve months up to each month, as NHS reports do). */
	private static List<MetricRow> monthly(Connection store, MetricFormula metric, Period period, List<Cut> cuts,
			TeamNeighbourhoods places, SmallNumberSuppression suppression, StaffScope scope,
			IntdModel model) throws SQLException {
		MetricQuery query = query(metric, period, cuts, places, suppression, model);
		MetricTable table = table(store, ANNUAL.contains(metric) ? query.rollingTwelveMonths() : query, scope);
		return table == null ? List.of() : table.rows();
	}

	/** The metric's table, or null when the data cannot be cut that way (the survey by role, the establishment by team). */
	private static MetricTable table(Connection store, MetricQuery query, StaffScope scope) throws SQLException {
		try {
			return scope.table(store, query);
		} catch (IllegalArgumentException notRecorded) {
			return null;
		}
	}

	private static MetricQuery query(MetricFormula metric, Period period, List<Cut> cuts, TeamNeighbourhoods places,
			SmallNumberSuppression suppression, IntdModel model) {
		return new MetricQuery(metric, period, cuts, places, suppression, MetricCatalogue.targetOf(metric))
				.withModel(model);
	}
}
