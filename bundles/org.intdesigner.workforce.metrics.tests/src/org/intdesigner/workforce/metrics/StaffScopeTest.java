package org.intdesigner.workforce.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Whose figures on {@link HandWorkedStore}: in post on 31 Dec 2026 are a01-a08 in T1 (7.5 FTE), a11
 * in T2 (1.0 FTE), both of organisation A, and three of B in T3.
 */
class StaffScopeTest extends OnHandWorkedStore {

	private static MetricTable table(StaffScope scope, Metric metric, Cut... cuts) throws SQLException {
		return store.read(c -> scope.table(c, MetricQuery.of(metric, YEAR_2026, cuts)));
	}

	private static MetricRow whole(StaffScope scope, Metric metric) throws SQLException {
		List<MetricRow> rows = table(scope, metric).rows();
		assertEquals(1, rows.size(), rows.toString());
		assertTrue(rows.get(0).key().isEmpty(), "no cut the query did not ask for: " + rows.get(0).key());
		return rows.get(0);
	}

	@Test
	void aSetOfTeamsAddsUpItsTeamsPeopleBeforeSuppressing() throws SQLException {
		StaffScope north = StaffScope.teams("North", Set.of("T1", "T2"));
		assertEquals(9, whole(north, Metric.HEADCOUNT).value(), 1e-9);
		assertEquals(8.5, whole(north, Metric.FTE).value(), 1e-9);
		assertFalse(whole(north, Metric.HEADCOUNT).suppressed());
		// T2 alone has one person: suppressed; with T1 it is not
		assertTrue(whole(StaffScope.team("T2"), Metric.HEADCOUNT).suppressed());
		assertTrue(whole(StaffScope.teams("T3 only", Set.of("T3")), Metric.HEADCOUNT).suppressed());
		MetricRow a = table(north, Metric.HEADCOUNT, Cut.ORGANISATION).rows().get(0);
		assertEquals(List.of("A"), List.copyOf(a.key().values()), "only A has people in T1 and T2");
		assertEquals(12, table(north, Metric.HEADCOUNT, Cut.MONTH).rows().size(), "a row a month");
		assertEquals(List.of("T1", "T2"), table(north, Metric.HEADCOUNT, Cut.TEAM).rows().stream()
				.map(row -> row.key().get(Cut.TEAM)).toList(), "cut by team: its own teams only");
	}

	@Test
	void teamsWithNobodyHaveFiguresOfNothingMeasured() throws SQLException {
		MetricRow nobody = whole(StaffScope.teams("Elsewhere", Set.of("T9")), Metric.HEADCOUNT);
		assertEquals(0, nobody.value(), 1e-9);
		assertFalse(nobody.suppressed(), "zero identifies nobody");
	}

	@Test
	void anOrganisationsRowsAreItsOwn() throws SQLException {
		assertEquals(9, whole(StaffScope.organisation("A"), Metric.HEADCOUNT).value(), 1e-9);
		assertTrue(whole(StaffScope.organisation("B"), Metric.HEADCOUNT).suppressed(), "B has three people");
		assertEquals(15.0, whole(StaffScope.organisation("A"), Metric.VACANCY_RATE).value(), 1e-9,
				"the establishment is planned by organisation");
	}

	@Test
	void theEstablishmentHasNoFigureForTeamsAndTheTileSaysWhy() throws SQLException {
		StaffScope north = StaffScope.teams("North", Set.of("T1", "T2"));
		assertThrows(IllegalArgumentException.class, () -> table(north, Metric.VACANCY_RATE));
		DashboardFigures.Tiles tiles = store.read(c -> DashboardFigures.tiles(c, YEAR_2026, TeamNeighbourhoods.NONE,
				SmallNumberSuppression.standard(), north, null));
		assertEquals("not planned by team", tiles.notes().get(Metric.VACANCY_RATE));
		assertEquals(9, tiles.rows().get(Metric.HEADCOUNT).value(), 1e-9);
		DashboardFigures.Tiles everyone = store.read(c -> DashboardFigures.tiles(c, YEAR_2026, TeamNeighbourhoods.NONE,
				SmallNumberSuppression.standard(), StaffScope.everyone(), null));
		assertEquals(12, everyone.rows().get(Metric.HEADCOUNT).value(), 1e-9, "A's nine and B's three");
	}
}
