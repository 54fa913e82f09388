package org.intdesigner.planning.transition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.intdesigner.model.TransitionWave;
import org.junit.jupiter.api.Test;

/** Waves that cannot be read are refused with a message naming the wave; nothing is planned from them. */
class WaveScheduleTest {

	private final SmallPlace place = new SmallPlace();

	@Test
	void aDateThatIsNotIsoNamesTheWave() {
		place.wave("w1", "Split the MDT", "01/04/2026", "", "", "nurse");
		InvalidWavesException e = assertThrows(InvalidWavesException.class,
				() -> TransitionPlanner.plan(place.baseline, place.scenario));
		assertEquals("Transition wave 'Split the MDT' has the effective date '01/04/2026', which is not a date as yyyy-mm-dd:"
				+ " write it like 2026-04-01.", e.getMessage());
		place.scenario.getTransitionWaves().get(0).setEffectiveDate("2026-02-30");
		assertThrows(InvalidWavesException.class, () -> TransitionPlanner.plan(place.baseline, place.scenario));
	}

	@Test
	void aWaveWithoutNameOrDateIsNamedByItsPlace() {
		place.wave("w1", "First", "2026-04-01", "", "", "nurse");
		TransitionWave second = place.wave("w2", null, null, "", "");
		second.setName(null);
		InvalidWavesException e = assertThrows(InvalidWavesException.class,
				() -> TransitionPlanner.plan(place.baseline, place.scenario));
		assertEquals("Transition wave 'Wave 2' has no effective date: give it one as yyyy-mm-dd, for example 2026-04-01.",
				e.getMessage());
	}

	@Test
	void twoWavesListingOneElementNameBoth() {
		place.wave("w1", "Split the MDT", "2026-04-01", "", "", "nurse", "social");
		place.wave("w2", "Fund the coordinator", "2026-07-01", "", "", "social");
		InvalidWavesException e = assertThrows(InvalidWavesException.class,
				() -> TransitionPlanner.plan(place.baseline, place.scenario));
		assertEquals("Transition waves 'Split the MDT' and 'Fund the coordinator' both list the element social: a change"
				+ " happens once, so list it in one wave only.", e.getMessage());
	}

	@Test
	void withoutWavesEveryChangeIsUnscheduledAndAnEmptyWaveIsStillListed() {
		place.wave("w1", "Nothing yet", "2026-04-01", "", "");
		((org.intdesigner.model.Post) SmallPlace.get(place.scenario, "nurse")).setBand("7");
		TransitionPlan plan = TransitionPlanner.plan(place.baseline, place.scenario);
		assertEquals(List.of("Nothing yet", PlanWave.UNSCHEDULED), plan.waves().stream().map(PlanWave::name).toList());
		assertEquals(0, plan.waves().get(0).changes().size());
		assertEquals(10_000, plan.unscheduled().costChange(), 1e-6);
	}
}
