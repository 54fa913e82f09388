package org.intdesigner.workforce.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** User-defined metrics: arithmetic over measures and built-in metrics, and nothing else. */
class MetricDefinitionTest {

	private static Measures measures() {
		Measures m = new Measures();
		m.add(Measure.IN_POST_START, 100);
		m.add(Measure.IN_POST_END, 110);
		m.add(Measure.LEAVERS, 12);
		m.add(Measure.RESPONDENTS, 10);
		m.add(Measure.MOTIVATION_POINTS, 80);
		m.add(Measure.ADVOCACY_POINTS, 60);
		return m;
	}

	@Test
	void anExpressionOverMeasuresAndMetricsIsEvaluatedPerGroup() {
		MetricDefinition satisfaction = new MetricDefinition("satisfaction", "Staff satisfaction", "0-10", "(motivation + advocacy) / 2");
		assertEquals(7.0, satisfaction.valueOf(measures()), 1e-9, "(8 + 6) / 2");
		assertTrue(satisfaction.measures().contains(Measure.RESPONDENTS), "people counts of the metrics used decide suppression");
		MetricDefinition leaversPer100 = new MetricDefinition("l100", "Leavers per 100 at the end", "", "leavers / inPostEnd * 100");
		assertEquals(10.909090, leaversPer100.valueOf(measures()), 1e-5);
		MetricDefinition sameAsTurnover = new MetricDefinition("t", "Turnover again", "%", "turnover");
		assertEquals(Metric.TURNOVER.valueOf(measures()), sameAsTurnover.valueOf(measures()), 1e-12);
	}

	@Test
	void unknownNamesAndUnreadableExpressionsAreExplained() {
		IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
				() -> new MetricDefinition("x", "Productivity", "", "contacts / fte"));
		assertTrue(unknown.getMessage().contains("'contacts'") && unknown.getMessage().contains("Productivity"), unknown.getMessage());
		IllegalArgumentException unreadable = assertThrows(IllegalArgumentException.class,
				() -> new MetricDefinition("x", "Broken", "", "leavers / (inPostEnd"));
		assertTrue(unreadable.getMessage().contains("Broken"), unreadable.getMessage());
	}

	@Test
	void expressionsCannotCallMethodsOrChangeAnything() {
		assertThrows(IllegalArgumentException.class, () -> new MetricDefinition("x", "Sneaky", "", "leavers.getClass()"));
		assertThrows(IllegalArgumentException.class, () -> new MetricDefinition("x", "Loop", "", "while (true) { leavers }"));
		assertThrows(IllegalArgumentException.class, () -> new MetricDefinition("x", "Assign", "", "leavers = 3"));
	}

	@Test
	void anExpressionNamingNoPeopleCountIsSuppressedByThoseOfItsData() {
		// FTE of one person, a survey theme's share of two people's answers: suppressed as FTE and satisfaction are
		assertTrue(new MetricDefinition("f", "FTE", "FTE", "fteEnd").measures().contains(Measure.IN_POST_END));
		assertTrue(new MetricDefinition("v", "Vacant FTE", "FTE", "plannedFte - fteEnd").measures().contains(Measure.IN_POST_END));
		assertTrue(new MetricDefinition("s", "Agreeing", "%", "satisfactionAgreeing / satisfactionAnswers * 100").measures()
				.contains(Measure.SATISFACTION_RESPONDENTS));
		assertTrue(new MetricDefinition("m", "Motivation", "0-10", "motivationPoints").measures().contains(Measure.RESPONDENTS));
		SmallNumberSuppression standard = SmallNumberSuppression.standard();
		Measures two = new Measures();
		two.add(Measure.FTE_END, 1.6);
		two.add(Measure.IN_POST_END, 2);
		MetricDefinition fte = new MetricDefinition("f", "FTE", "FTE", "fteEnd");
		assertTrue(standard.hides(two, fte.measures()), "1.6 FTE of two people");
		assertEquals(java.util.Set.of(Measure.LEAVERS, Measure.IN_POST_END),
				new MetricDefinition("l", "Leavers per head", "", "leavers / inPostEnd").measures(), "counts already there: nothing added");
	}

	@Test
	void aZeroDenominatorGivesNoValue() {
		MetricDefinition ratio = new MetricDefinition("r", "Ratio", "", "leavers / plannedFte");
		assertTrue(Double.isNaN(ratio.valueOf(measures())) || Double.isInfinite(ratio.valueOf(measures())));
	}
}
