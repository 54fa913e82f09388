package org.intdesigner.workforce.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

/** The published formulas on figures worked out by hand. */
class FormulasTest {

	@Test
	void turnoverIsLeaversOverTheMeanOfStaffAtStartAndEnd() {
		// 12 leavers, 100 in post at the start, 110 at the end: 12 / 105 = 11.428...%
		assertEquals(11.428571, Formulas.turnover(12, 100, 110), 1e-6);
		assertTrue(Double.isNaN(Formulas.turnover(0, 0, 0)), "a rate of nobody is no rate");
	}

	@Test
	void vacancyRateIsTheFundedFteNotFilledOverTheFundedFte() {
		// 50 FTE funded, 46.5 in post: 3.5 / 50 = 7%
		assertEquals(7.0, Formulas.vacancyRate(50, 46.5), 1e-9);
		assertEquals(-4.0, Formulas.vacancyRate(50, 52), 1e-9, "over establishment");
	}

	@Test
	void sicknessAbsenceIsFteDaysLostOverFteDaysAvailable() {
		// 10 staff at 1.0 FTE over 30 days = 300 FTE days; 9 days lost at 1.0 and 6 days at 0.5 = 12 FTE days: 4%
		assertEquals(4.0, Formulas.sicknessAbsenceRate(9 * 1.0 + 6 * 0.5, 10 * 30), 1e-9);
	}

	@Test
	void stabilityIsStaffWithAYearsServiceOverStaffAYearAgo() {
		assertEquals(85.0, Formulas.stabilityIndex(17, 20), 1e-9);
	}

	@Test
	void engagementMapsAnswersToTenPointsAndAveragesTheThreeParts() {
		assertEquals(0, Formulas.engagementPoints(1));
		assertEquals(2.5, Formulas.engagementPoints(2));
		assertEquals(10, Formulas.engagementPoints(5));
		assertThrows(IllegalArgumentException.class, () -> Formulas.engagementPoints(6));
		// motivation answers 4,4,5 -> 7.5,7.5,10 -> 8.333; involvement 3,3,3 -> 5; advocacy 5,4,3 -> 10,7.5,5 -> 7.5
		double motivation = (7.5 + 7.5 + 10) / 3;
		assertEquals(6.944444, Formulas.engagement(motivation, 5, 7.5), 1e-6);
	}

	@Test
	void periodsAreWholeDaysSplitIntoCalendarMonths() {
		Period year = Period.rolling12Months(LocalDate.of(2026, 3, 14));
		assertEquals(LocalDate.of(2025, 4, 1), year.first());
		assertEquals(LocalDate.of(2026, 3, 31), year.last());
		assertEquals(12, year.months().size());
		assertEquals("2025-04", year.months().get(0).label());
		assertEquals(365, year.days());
		Period partial = new Period(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 10));
		assertEquals(2, partial.months().size());
		assertEquals(LocalDate.of(2026, 1, 15), partial.months().get(0).first(), "cut to the period");
		assertEquals("2026-02", Period.of(YearMonth.of(2026, 2)).label());
		assertThrows(IllegalArgumentException.class, () -> new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)));
	}

	@Test
	void ragComparesWithTheTargetInTheRightDirection() {
		Target turnover = new Target(10, 2, false);
		assertEquals(Rag.GREEN, Rag.of(9.9, turnover));
		assertEquals(Rag.GREEN, Rag.of(10, turnover));
		assertEquals(Rag.AMBER, Rag.of(11.5, turnover));
		assertEquals(Rag.RED, Rag.of(12.5, turnover));
		Target stability = new Target(85, 5, true);
		assertEquals(Rag.GREEN, Rag.of(90, stability));
		assertEquals(Rag.AMBER, Rag.of(81, stability));
		assertEquals(Rag.RED, Rag.of(70, stability));
		assertEquals(Rag.NONE, Rag.of(Double.NaN, stability));
		assertEquals(Rag.NONE, Rag.of(50, null));
	}

	@Test
	void fewerPeopleThanTheThresholdAreSuppressedButNobodyIsNot() {
		SmallNumberSuppression five = SmallNumberSuppression.standard();
		assertTrue(five.hides(1));
		assertTrue(five.hides(4));
		assertTrue(!five.hides(5) && !five.hides(0));
		Measures measures = new Measures();
		measures.add(Measure.LEAVERS, 3);
		measures.add(Measure.IN_POST_START, 40);
		measures.add(Measure.FTE_START, 2.5);
		assertTrue(five.hides(measures, Metric.TURNOVER.measures()), "three leavers could be named");
		assertTrue(!five.hides(measures, java.util.EnumSet.of(Measure.IN_POST_START, Measure.FTE_START)), "FTE is not people");
		assertThrows(IllegalArgumentException.class, () -> new SmallNumberSuppression(0));
	}
}
