package org.intdesigner.workforce.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The survey theme metrics on {@link HandWorkedSurveyQuestions}, against sums worked out by hand in the comments. */
class SurveyThemeMetricsTest extends OnHandWorkedStore {

	@BeforeAll
	static void addSurveyQuestions() throws Exception {
		HandWorkedSurveyQuestions.add(store);
	}

	private static MetricTable compute(MetricFormula metric, Cut... cuts) throws SQLException {
		MetricQuery query = new MetricQuery(metric, YEAR_2026, List.of(cuts), team -> "T1".equals(team) ? "Riverside North"
				: TeamNeighbourhoods.NOT_IN_A_NEIGHBOURHOOD, SmallNumberSuppression.standard(), metric instanceof Metric m ? Target.DEFAULTS.get(m) : null);
		return store.read(connection -> WorkforceMetrics.compute(connection, query));
	}

	private static MetricRow row(MetricTable table, Cut cut, String value) {
		return table.rows().stream().filter(r -> value.equals(r.key().get(cut))).findFirst()
				.orElseThrow(() -> new AssertionError("no row " + value + " in " + table.rows()));
	}

	@Test
	void satisfactionIsTheShareOfItsAnswersThatAgree() throws SQLException {
		// A: answers 2 + 2 + 2 + 1 + 2 + 1 = 10, agreeing (4 or 5) 2 + 1 + 0 + 0 + 2 + 0 = 5, six respondents
		MetricRow a = row(compute(Metric.SATISFACTION, Cut.ORGANISATION), Cut.ORGANISATION, "A");
		assertEquals(6, a.measures().get(Measure.SATISFACTION_RESPONDENTS));
		assertEquals(10, a.measures().get(Measure.SATISFACTION_ANSWERS));
		assertEquals(5, a.measures().get(Measure.SATISFACTION_AGREEING));
		assertEquals(50.0, a.value(), 1e-9);
		assertEquals(Rag.RED, a.rag(), "20 below the default 70, beyond its amber band of 10");
		// everyone: B's two responses (numbered 1 and 2 like A's first two, in another import) add 3 answers, 2 agreeing
		MetricRow all = compute(Metric.SATISFACTION).rows().get(0);
		assertEquals(8, all.measures().get(Measure.SATISFACTION_RESPONDENTS));
		assertEquals(7 / 13.0 * 100, all.value(), 1e-9);
	}

	@Test
	void eachThemeReadsOnlyItsOwnQuestions() throws SQLException {
		// alignment: r1-r5 answered align1 (4, 5, 4, 2, 1): 3 of 5 agree
		MetricRow alignment = compute(Metric.ALIGNMENT).rows().get(0);
		assertEquals(60.0, alignment.value(), 1e-9);
		assertEquals(5, alignment.measures().get(Measure.ALIGNMENT_RESPONDENTS));
		assertEquals(Rag.RED, alignment.rag(), "20 below the default 80");
		assertTrue(compute(Metric.IMPROVEMENT).rows().get(0).suppressed(), "one person answered the improvement question");
		MetricRow productivity = compute(Metric.PRODUCTIVITY).rows().get(0);
		assertTrue(Double.isNaN(productivity.value()), "a question but no answers: no figure");
		assertFalse(productivity.suppressed(), "nobody is not a small number of people");
		assertEquals("n/a", productivity.shownValue());
	}

	@Test
	void cutByTeamNeighbourhoodAndSectorButNotRoleOrMonth() throws SQLException {
		assertEquals(50.0, row(compute(Metric.SATISFACTION, Cut.TEAM), Cut.TEAM, "T1").value(), 1e-9);
		assertTrue(row(compute(Metric.SATISFACTION, Cut.TEAM), Cut.TEAM, "T3").suppressed(), "two respondents in T3");
		assertEquals(50.0, row(compute(Metric.SATISFACTION, Cut.NEIGHBOURHOOD), Cut.NEIGHBOURHOOD, "Riverside North").value(), 1e-9);
		assertEquals(50.0, row(compute(Metric.SATISFACTION, Cut.SECTOR), Cut.SECTOR, "nhs").value(), 1e-9);
		IllegalArgumentException byRole = assertThrows(IllegalArgumentException.class, () -> compute(Metric.SATISFACTION, Cut.ROLE));
		assertTrue(byRole.getMessage().contains("role"), byRole.getMessage());
		IllegalArgumentException byMonth = assertThrows(IllegalArgumentException.class, () -> compute(Metric.ALIGNMENT, Cut.MONTH));
		assertTrue(byMonth.getMessage().contains("Alignment to goals") && byMonth.getMessage().contains("not dated"),
				byMonth.getMessage());
	}

	@Test
	void oneTeamsFiguresCountOnlyItsResponses() throws SQLException {
		MetricTable t1 = store.read(c -> WorkforceMetrics.compute(c, MetricQuery.of(Metric.SATISFACTION, YEAR_2026).onlyTeam("T1")));
		assertEquals(50.0, t1.rows().get(0).value(), 1e-9);
		assertEquals(6, t1.rows().get(0).measures().get(Measure.SATISFACTION_RESPONDENTS));
	}

	@Test
	void aPlacesOwnMetricCanCombineTheThemes() throws SQLException {
		MetricDefinition agreeing = new MetricDefinition("agree", "Agreeing, satisfaction and alignment", "%",
				"(satisfactionAgreeing + alignmentAgreeing) / (satisfactionAnswers + alignmentAnswers) * 100");
		// (7 + 3) / (13 + 5)
		assertEquals(10 / 18.0 * 100, compute(agreeing).rows().get(0).value(), 1e-9);
		MetricDefinition mean = new MetricDefinition("mean", "Mean of satisfaction and alignment", "%", "(satisfaction + alignment) / 2");
		assertEquals((7 / 13.0 * 100 + 60) / 2, compute(mean).rows().get(0).value(), 1e-9);
	}
}
