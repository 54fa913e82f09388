package org.intdesigner.development;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.intdesigner.workforce.metrics.Cut;
import org.intdesigner.workforce.metrics.Metric;
import org.intdesigner.workforce.metrics.MetricQuery;
import org.intdesigner.workforce.metrics.MetricRow;
import org.intdesigner.workforce.metrics.Period;
import org.intdesigner.workforce.metrics.SmallNumberSuppression;
import org.intdesigner.workforce.metrics.TeamNeighbourhoods;
import org.intdesigner.workforce.metrics.WorkforceMetrics;
import org.intdesigner.workforce.store.StoreLocation;
import org.intdesigner.workforce.store.WorkforceStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Skill sufficiency through the workforce metrics, with the hand-worked place's people and assessments in a real
 * store and this bundle's source found through the extension registry: T1 0 of 2, T2 1 of 2, the neighbourhood 1 of
 * 4; by role, the team's own requirements (all four here). A month cut gives each month's own figure.
 */
class SufficiencyMeasuresTest {

	@TempDir
	Path temp;

	private final HandWorkedPlace place = new HandWorkedPlace();

	@Test
	void sufficiencyIsAWorkforceMetricByTeamNeighbourhoodAndOrganisation() throws Exception {
		try (WorkforceStore store = store()) {
			Map<String, Double> byTeam = figures(store, Cut.TEAM);
			assertEquals(Map.of("T1", 0.0, "T2", 50.0), byTeam);
			assertEquals(Map.of("North", 25.0), figures(store, Cut.NEIGHBOURHOOD));
			assertEquals(Map.of("A", 0.0, "B", 50.0), figures(store, Cut.ORGANISATION));
			assertEquals(Map.of(SufficiencyMeasures.TEAM_AND_NEEDS, 25.0), figures(store, Cut.ROLE));
		}
	}

	@Test
	void eachMonthIsCheckedOnItsLastDay() throws Exception {
		try (WorkforceStore store = store()) {
			// p3's medicines assessment lapses on 30 April 2026: T2 meets nothing from May
			MetricQuery query = query(Cut.TEAM, Cut.MONTH).onlyTeam("T2");
			List<MetricRow> rows = store.read(c -> WorkforceMetrics.compute(c, query)).rows();
			assertEquals(List.of(50.0, 50.0, 0.0), rows.stream().map(MetricRow::value).toList(), "March, April (its last day), May");
		}
	}

	@Test
	void withoutAModelItSaysWhatItNeeds() throws Exception {
		try (WorkforceStore store = store()) {
			MetricQuery query = new MetricQuery(Metric.SKILL_SUFFICIENCY, Period.of(java.time.YearMonth.of(2026, 3)),
					List.of(Cut.TEAM), TeamNeighbourhoods.NONE, new SmallNumberSuppression(1), null);
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
					() -> store.read(c -> WorkforceMetrics.compute(c, query)));
			assertTrue(e.getMessage().contains("give the model"), e.getMessage());
		}
	}

	private Map<String, Double> figures(WorkforceStore store, Cut cut) throws SQLException {
		Map<String, Double> figures = new java.util.TreeMap<>();
		for (MetricRow row : store.read(c -> WorkforceMetrics.compute(c, query(cut))).rows()) {
			figures.put(row.key().get(cut), row.value());
		}
		return figures;
	}

	private MetricQuery query(Cut... cuts) {
		Period period = cuts.length > 1 ? new Period(java.time.LocalDate.of(2026, 3, 1), java.time.LocalDate.of(2026, 5, 31))
				: Period.of(java.time.YearMonth.of(2026, 3));
		return new MetricQuery(Metric.SKILL_SUFFICIENCY, period, List.of(cuts), TeamNeighbourhoods.of(place.model),
				new SmallNumberSuppression(1), null).withModel(place.model);
	}

	/** The place's spells and assessments in a store of their own; p3's medicines lapse on 30 April 2026. */
	private WorkforceStore store() throws Exception {
		place.assessments.get("p3").set(0, new Holding("meds", 4, HandWorkedPlace.DAY.minusMonths(6),
				java.time.LocalDate.of(2026, 4, 30)));
		WorkforceStore store = WorkforceStore.open(StoreLocation.embedded(temp.resolve("store")));
		store.write(connection -> {
			insert(connection);
			return null;
		});
		return store;
	}

	private void insert(Connection c) throws SQLException {
		try (Statement s = c.createStatement()) {
			s.executeUpdate("INSERT INTO WORKFORCE.IMPORT_LOG (KIND, FILE_NAME, OUTCOME, ROWS_READ, ROWS_IMPORTED, ROWS_REJECTED,"
					+ " IMPORTED_AT) VALUES ('staff', 'hand-worked', 'IMPORTED', 0, 0, 0, CURRENT_TIMESTAMP)");
		}
		try (PreparedStatement staff = c.prepareStatement("INSERT INTO WORKFORCE.STAFF (PERSON_ID, ORG_ID, ROLE_ID, TEAM_ID,"
				+ " POST_ID, FTE, START_DATE, END_DATE, LEAVING_REASON, IMPORT_ID) VALUES (?, ?, ?, ?, NULL, ?, ?, NULL, NULL,"
				+ " (SELECT MAX(IMPORT_ID) FROM WORKFORCE.IMPORT_LOG))");
				PreparedStatement skill = c.prepareStatement("INSERT INTO WORKFORCE.SKILL VALUES (?, ?, ?, ?, ?,"
						+ " (SELECT MAX(IMPORT_ID) FROM WORKFORCE.IMPORT_LOG))")) {
			for (SkillRecords.Spell spell : place.spells) {
				staff.setString(1, spell.person());
				staff.setString(2, spell.organisation());
				staff.setString(3, spell.role());
				staff.setString(4, spell.team());
				staff.setDouble(5, spell.fte());
				staff.setDate(6, Date.valueOf(spell.start()));
				staff.executeUpdate();
				for (Holding holding : place.assessments.get(spell.person())) {
					skill.setString(1, spell.person());
					skill.setString(2, holding.capability());
					skill.setInt(3, holding.level());
					skill.setDate(4, Date.valueOf(holding.assessedOn()));
					skill.setDate(5, holding.expiresOn() == null ? null : Date.valueOf(holding.expiresOn()));
					skill.executeUpdate();
				}
			}
		}
	}
}
