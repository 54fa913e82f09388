package org.intdesigner.workforce.metrics;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whose staff records a figure counts: everyone in the store (the dashboard's whole place), one
 * team's people (the dashboard's drill-down, by the team's code as the rows carry it), the people
 * of a set of teams (a place or a neighbourhood of the INT model: each row counts when the team it
 * names is one of them) or one partner organisation's rows. A set of teams is counted as the
 * neighbourhood cut counts one: the teams' measures added up, then the rate worked out and
 * suppressed on the sum, so a place's figure is never made from its teams' rates.
 */
public record StaffScope(Kind kind, String label, Set<String> codes) {

	public enum Kind {
		EVERYONE, TEAM, TEAMS, ORGANISATION
	}

	/** The line of the whole store in a trend, as the dashboard has always named it. */
	public static final String ALL_PARTNERS = "All partners";

	public StaffScope {
		codes = Set.copyOf(codes);
		if (kind != Kind.EVERYONE && kind != Kind.TEAMS && codes.size() != 1) {
			throw new IllegalArgumentException("A " + kind.name().toLowerCase(java.util.Locale.ROOT) + " scope has one code, not "
					+ codes);
		}
	}

	public static StaffScope everyone() {
		return new StaffScope(Kind.EVERYONE, ALL_PARTNERS, Set.of());
	}

	/** One team's people only (its code in the workforce rows: the team's code in the INT model, else its id). */
	public static StaffScope team(String code) {
		return new StaffScope(Kind.TEAM, code, Set.of(code));
	}

	/**
	 * The people of these teams (their codes and ids as the rows may carry them), under the name
	 * {@code label} (a place's or neighbourhood's name).
	 */
	public static StaffScope teams(String label, Set<String> codes) {
		return new StaffScope(Kind.TEAMS, label, codes);
	}

	/** One organisation's rows (its code in the workforce rows). */
	public static StaffScope organisation(String code) {
		return new StaffScope(Kind.ORGANISATION, code, Set.of(code));
	}

	/** The one code of a team or organisation scope. */
	public String code() {
		return codes.iterator().next();
	}

	/** True when the scope is made of teams: what is not recorded by team (the establishment) has no figure for it. */
	public boolean byTeam() {
		return kind == Kind.TEAM || kind == Kind.TEAMS;
	}

	/**
	 * The table of {@code query} for this scope's people: its rows have the cuts asked for and no
	 * others. A group of the scope with no rows at all is a row of nothing measured (as the whole
	 * store's figure is when nothing was measured), so every period has its figure.
	 *
	 * @throws IllegalArgumentException when the data cannot be cut that way (the establishment by team)
	 */
	public MetricTable table(Connection connection, MetricQuery query) throws SQLException {
		return switch (kind) {
		case EVERYONE -> WorkforceMetrics.compute(connection, query);
		case TEAM -> WorkforceMetrics.compute(connection, query.onlyTeam(code()));
		case TEAMS -> {
			if (query.cuts().contains(Cut.NEIGHBOURHOOD)) {
				throw new IllegalArgumentException("The figures of a set of teams cannot also be cut by neighbourhood: cut by team.");
			}
			yield query.cuts().contains(Cut.TEAM) ? keep(WorkforceMetrics.compute(connection, query), Cut.TEAM, query)
					: within(connection, query, Cut.NEIGHBOURHOOD, label);
		}
		case ORGANISATION -> query.cuts().contains(Cut.ORGANISATION)
				? keep(WorkforceMetrics.compute(connection, query), Cut.ORGANISATION, query)
				: within(connection, query, Cut.ORGANISATION, code());
		};
	}

	/** Computes with {@code cut} added, then keeps the rows whose {@code cut} is {@code value}, without that cut. */
	private MetricTable within(Connection connection, MetricQuery query, Cut cut, String value) throws SQLException {
		List<Cut> cuts = new ArrayList<>(List.of(cut));
		cuts.addAll(query.cuts());
		TeamNeighbourhoods neighbourhoods = cut == Cut.NEIGHBOURHOOD
				? team -> codes.contains(team) ? label : null // the other teams are not read further (a place is 1/32 of London)
				: query.neighbourhoods();
		MetricQuery wider = new MetricQuery(query.metric(), query.period(), cuts, neighbourhoods, query.suppression(),
				query.target(), query.team(), query.rollingMonths(), query.model());
		List<MetricRow> rows = new ArrayList<>();
		for (MetricRow row : WorkforceMetrics.compute(connection, wider).rows()) {
			if (value.equals(row.key().get(cut))) {
				Map<Cut, String> key = new EnumMap<>(Cut.class);
				key.putAll(row.key());
				key.remove(cut);
				rows.add(new MetricRow(key, row.period(), row.value(), row.measures(), row.suppressed(), row.rag()));
			}
		}
		if (query.cuts().stream().allMatch(c -> c == Cut.MONTH)) {
			addNothingMeasured(query, rows);
		}
		return new MetricTable(query.metric(), query, rows);
	}

	/** The rows of the teams (or organisation) of this scope only. */
	private MetricTable keep(MetricTable table, Cut cut, MetricQuery query) {
		List<MetricRow> rows = table.rows().stream().filter(row -> codes.contains(row.key().get(cut))).toList();
		return new MetricTable(query.metric(), query, rows);
	}

	/** A period without a row gets one of nothing measured, as {@link WorkforceMetrics} gives the whole store. */
	private static void addNothingMeasured(MetricQuery query, List<MetricRow> rows) {
		for (Period period : query.periods()) {
			if (rows.stream().noneMatch(row -> row.period().equals(period))) {
				Map<Cut, String> key = new EnumMap<>(Cut.class);
				if (query.cuts().contains(Cut.MONTH)) {
					key.put(Cut.MONTH, java.time.YearMonth.from(period.last()).toString());
				}
				Measures nothing = new Measures();
				double value = query.metric().valueOf(nothing);
				rows.add(new MetricRow(key, period, value, nothing, false, Rag.of(value, query.target())));
			}
		}
		rows.sort(java.util.Comparator.comparing((MetricRow row) -> row.period().first()));
	}
}
