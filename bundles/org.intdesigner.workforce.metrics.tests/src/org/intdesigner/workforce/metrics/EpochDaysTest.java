package org.intdesigner.workforce.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The snapshot's date arithmetic agrees with java.time on every day from 1900 to 2100. */
class EpochDaysTest {

	@Test
	void everyDayOfTwoCenturiesMatchesJavaTime() {
		for (LocalDate day = LocalDate.of(1900, 1, 1); day.getYear() <= 2100; day = day.plusDays(1)) {
			assertEquals(day.toEpochDay(), StaffSnapshot.EpochDays.epochDay(day.getYear(), day.getMonthValue(), day.getDayOfMonth()),
					day::toString);
		}
	}
}
