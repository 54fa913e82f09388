package org.intdesigner.reports.workforce;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.intdesigner.model.Element;
import org.intdesigner.model.Team;
import org.intdesigner.reports.ReportContext;
import org.intdesigner.reports.ReportScope;
import org.intdesigner.workforce.imports.ImportHistory;
import org.intdesigner.workforce.imports.KnownCodes;
import org.intdesigner.workforce.metrics.CodeNames;
import org.intdesigner.workforce.metrics.LatestDataMonth;
import org.intdesigner.workforce.metrics.MeasureBatch;
import org.intdesigner.workforce.metrics.Period;
import org.intdesigner.workforce.metrics.StaffScope;
import org.intdesigner.workforce.store.WorkforceStore;

/**
 * A report's scope as the workforce store's rows are counted (the rows name organisations and
 * teams by code), the twelve months its figures are for, and the names its codes are shown by.
 */
final class StoreScope {

	private StoreScope() {
	}

	/**
	 * The whole model: everyone in the store, as the dashboard's whole place; a team: that team's own
	 * people, as the dashboard's drill-down; a place or neighbourhood: the people of its teams; an
	 * organisation: its rows.
	 */
	static StaffScope of(ReportScope scope) {
		return switch (scope.kind()) {
		case MODEL -> StaffScope.everyone();
		case TEAM -> StaffScope.team(KnownCodes.code(scope.element()));
		case PLACE, NEIGHBOURHOOD -> StaffScope.teams(name(scope.element()), codes(scope.teams()));
		case ORGANISATION -> StaffScope.organisation(KnownCodes.code(scope.element()));
		};
	}

	/** What the store's figures of {@code scope} count, in a sentence for the reader. */
	static String counts(ReportScope scope) {
		return switch (scope.kind()) {
		case MODEL -> "The figures count everyone in the workforce store, every partner's staff, as the dashboard's"
				+ " whole-place figures do.";
		case TEAM -> "The figures count the people whose staff records name the team " + name(scope.element()) + " ("
				+ KnownCodes.code(scope.element()) + "), as the dashboard's figures for that team do; its sub-teams' people"
				+ " are not among them. The establishment is planned by organisation and role, not by team, so there is no"
				+ " vacancy rate.";
		case PLACE, NEIGHBOURHOOD -> "The figures count the people whose staff records name one of the " + scope.teams().size()
				+ " teams of " + name(scope.element()) + " in the INT model (sub-teams included), added up before each rate is"
				+ " worked out; staff recorded in no team or in a team elsewhere are not counted. The establishment is planned"
				+ " by organisation and role, not by team, so there is no vacancy rate.";
		case ORGANISATION -> "The figures count the rows " + name(scope.element()) + " (" + KnownCodes.code(scope.element())
				+ ") sent: its own staff, in whichever teams they work.";
		};
	}

	/** The twelve months to the month asked for, else to the latest month of the store's staff records. */
	static Period period(ReportContext context, Connection connection) throws SQLException {
		YearMonth before = YearMonth.from(context.date()).minusMonths(1);
		YearMonth to = context.month() != null ? context.month() : LatestDataMonth.of(connection, before);
		return Period.rolling12Months((to == null ? before : to).atDay(1));
	}

	/**
	 * Runs {@code work} in a measure batch whose memory lasts the report run: every section and, in
	 * an all-places run, every place add up the same teams' measures, so they are read once a run.
	 */
	static <T> T measured(ReportContext context, MeasureBatch.Work<T> work) throws SQLException {
		return MeasureBatch.run(context.measures(), work);
	}

	/** The model's names for the codes, else the names the partners' data came with. */
	static CodeNames names(ReportContext context, WorkforceStore store) throws SQLException {
		Map<String, String> partners = new LinkedHashMap<>();
		ImportHistory.freshness(store).forEach(partner -> partners.put(partner.organisation(), partner.name()));
		return CodeNames.of(partners, List.of(context.model()));
	}

	/** The codes and ids the rows may name the teams by. */
	private static Set<String> codes(List<Team> teams) {
		Set<String> codes = new LinkedHashSet<>();
		for (Team team : teams) {
			codes.add(team.getId());
			codes.add(KnownCodes.code(team));
		}
		codes.remove(null);
		return codes;
	}

	static String name(Element element) {
		return element.getName() == null || element.getName().isBlank() ? element.getId() : element.getName();
	}
}
