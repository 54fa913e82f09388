package org.intdesigner.workforce.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Skill sufficiency through the measure sources: the figures of {@link ContributedSkillSource}
 * (contributed by this fragment), grouped, suppressed, cut by month, and what happens without a source.
 */
class SkillSufficiencyMeasuresTest extends OnHandWorkedStore {

	@BeforeEach
	void installTheSource() {
		ContributedSkillSource.active = true;
	}

	@AfterEach
	void uninstallTheSource() {
		ContributedSkillSource.active = false;
	}

	private static MetricTable compute(MetricQuery query) throws SQLException {
		return store.read(connection -> WorkforceMetrics.compute(connection, query));
	}

	private static MetricTable compute(MetricFormula metric, Cut... cuts) throws SQLException {
		return compute(new MetricQuery(metric, YEAR_2026, List.of(cuts), team -> "T3".equals(team)
				? TeamNeighbourhoods.NOT_IN_A_NEIGHBOURHOOD : "Riverside North", SmallNumberSuppression.standard(),
				metric instanceof Metric m ? Target.DEFAULTS.get(m) : null));
	}

	private static MetricRow row(MetricTable table, Cut cut, String value) {
		return table.rows().stream().filter(r -> value.equals(r.key().get(cut))).findFirst()
				.orElseThrow(() -> new AssertionError("no row " + value + " in " + table.rows()));
	}

	@Test
	void theContributedSourceIsReadFromTheRegistry() {
		assertTrue(MeasureSources.installed().stream().anyMatch(ContributedSkillSource.class::isInstance),
				"fragment.xml's source: " + MeasureSources.installed());
	}

	@Test
	void sufficiencyIsRequirementsMetOverRequirementsOnThePeriodsLastDay() throws SQLException {
		// 31 Dec 2026: T1 9 of 10, T2 2 of 4, T3 5 of 5: 16 of 19; 8 + 1 + 3 = 12 people in post
		MetricRow all = compute(Metric.SKILL_SUFFICIENCY).rows().get(0);
		assertEquals(19, all.measures().get(Measure.SKILL_REQUIREMENTS));
		assertEquals(12, all.measures().get(Measure.SKILL_HOLDERS));
		assertEquals(16 / 19.0 * 100, all.value(), 1e-9);
		assertEquals(Rag.AMBER, all.rag(), "84.2 is within 10 of the default 90");
		MetricTable byTeam = compute(Metric.SKILL_SUFFICIENCY, Cut.TEAM);
		assertEquals(90.0, row(byTeam, Cut.TEAM, "T1").value(), 1e-9);
		assertEquals(Rag.GREEN, row(byTeam, Cut.TEAM, "T1").rag());
		assertTrue(row(byTeam, Cut.TEAM, "T2").suppressed(), "T2's figure rests on one person");
		assertTrue(row(byTeam, Cut.TEAM, "T3").suppressed(), "three people in T3");
		assertEquals(Rag.NONE, row(byTeam, Cut.TEAM, "T3").rag());
	}

	@Test
	void teamsAddUpIntoNeighbourhoodsAndOrganisations() throws SQLException {
		// Riverside North = T1 + T2: 11 of 14, 9 people; so is partner A
		MetricRow north = row(compute(Metric.SKILL_SUFFICIENCY, Cut.NEIGHBOURHOOD), Cut.NEIGHBOURHOOD, "Riverside North");
		assertEquals(14, north.measures().get(Measure.SKILL_REQUIREMENTS));
		assertEquals(11 / 14.0 * 100, north.value(), 1e-9);
		assertFalse(north.suppressed());
		assertEquals(north.value(), row(compute(Metric.SKILL_SUFFICIENCY, Cut.ORGANISATION), Cut.ORGANISATION, "A").value(), 1e-9);
		assertEquals(90.0, row(compute(Metric.SKILL_SUFFICIENCY, Cut.ROLE), Cut.ROLE, "nurse").value(), 1e-9);
		MetricTable t1 = compute(MetricQuery.of(Metric.SKILL_SUFFICIENCY, YEAR_2026).onlyTeam("T1"));
		assertEquals(1, t1.rows().size());
		assertEquals(90.0, t1.rows().get(0).value(), 1e-9);
	}

	@Test
	void eachMonthIsMeasuredOnItsLastDay() throws SQLException {
		MetricTable byMonth = compute(Metric.SKILL_SUFFICIENCY, Cut.MONTH);
		assertEquals(12, byMonth.rows().size());
		assertEquals(14 / 19.0 * 100, row(byMonth, Cut.MONTH, "2026-06").value(), 1e-9, "T1 met 7 of 10 till June");
		assertEquals(16 / 19.0 * 100, row(byMonth, Cut.MONTH, "2026-07").value(), 1e-9, "and 9 from July");
		MetricTable teamsByMonth = compute(Metric.SKILL_SUFFICIENCY, Cut.TEAM, Cut.MONTH);
		assertEquals(3 * 12, teamsByMonth.rows().size());
	}

	@Test
	void withoutASourceTheMetricNamesThePlugInItNeeds() {
		ContributedSkillSource.active = false;
		IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
				() -> compute(Metric.SKILL_SUFFICIENCY, Cut.TEAM));
		assertTrue(missing.getMessage().startsWith(
				"Skill sufficiency needs the workforce development plug-in (org.intdesigner.development)"), missing.getMessage());
		MetricDefinition own = new MetricDefinition("gaps", "Skill gaps", "", "skillRequirements - skillRequirementsMet");
		IllegalArgumentException ownMissing = assertThrows(IllegalArgumentException.class, () -> compute(own));
		assertTrue(ownMissing.getMessage().startsWith("Skill gaps needs the workforce development plug-in"), ownMissing.getMessage());
	}

	@Test
	void aSourceRegisteredInCodeServesUntilItsRegistrationCloses() throws SQLException {
		ContributedSkillSource.active = false;
		MeasureSource halfMet = new MeasureSource() {
			@Override
			public Set<Measure> measures() {
				return EnumSet.of(Measure.SKILL_REQUIREMENTS, Measure.SKILL_REQUIREMENTS_MET, Measure.SKILL_HOLDERS);
			}

			@Override
			public void measure(MeasureRequest request, MeasureSink sink) {
				for (int p = 0; p < request.periods().size(); p++) {
					sink.add(List.of(), p, Measure.SKILL_REQUIREMENTS, 8);
					sink.add(List.of(), p, Measure.SKILL_REQUIREMENTS_MET, 4);
					sink.add(List.of(), p, Measure.SKILL_HOLDERS, 20);
				}
			}
		};
		try (MeasureSources.Registration registration = MeasureSources.register(halfMet)) {
			assertEquals(50.0, compute(Metric.SKILL_SUFFICIENCY).rows().get(0).value(), 1e-9);
			ContributedSkillSource.active = true;
			assertEquals(50.0, compute(Metric.SKILL_SUFFICIENCY).rows().get(0).value(), 1e-9,
					"two sources of one measure: the one registered in code stands in front of the contributed one");
		}
		assertEquals(16 / 19.0 * 100, compute(Metric.SKILL_SUFFICIENCY).rows().get(0).value(), 1e-9,
				"the registration closed: the contributed source counts again");
		ContributedSkillSource.active = false;
		assertThrows(IllegalArgumentException.class, () -> compute(Metric.SKILL_SUFFICIENCY));
	}

	@Test
	void theSourceGetsTheQuerysModel() throws SQLException {
		IntdModel model = IntdFactory.eINSTANCE.createIntdModel();
		compute(MetricQuery.of(Metric.SKILL_SUFFICIENCY, YEAR_2026).withModel(model));
		assertSame(model, ContributedSkillSource.lastModel);
		compute(MetricQuery.of(Metric.SKILL_SUFFICIENCY, YEAR_2026));
		assertEquals(null, ContributedSkillSource.lastModel, "no model given: none passed on");
	}

	@Test
	void onlyFiguresThatNeedTheSourceAskIt() throws SQLException {
		int before = ContributedSkillSource.requests;
		compute(Metric.HEADCOUNT, Cut.TEAM);
		assertEquals(before, ContributedSkillSource.requests);
	}

	@Test
	void aPlacesOwnMetricUsesTheSkillMeasuresAndTheMetric() throws SQLException {
		MetricDefinition singlePoints = new MetricDefinition("single", "Single points of failure per requirement met", "",
				"skillSinglePoints / skillRequirementsMet");
		// (2 + 1 + 0) / 16
		assertEquals(3 / 16.0, compute(singlePoints).rows().get(0).value(), 1e-9);
		MetricDefinition shortfall = new MetricDefinition("short", "Short of 100% sufficient", "%", "100 - skills");
		assertEquals(100 - 16 / 19.0 * 100, compute(shortfall).rows().get(0).value(), 1e-9);
		assertTrue(shortfall.measures().contains(Measure.SKILL_HOLDERS), "suppressed by the people the metric rests on");
	}
}
