package org.intdesigner.development;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Sufficiency on the hand-worked place. T1: frailty >= 3 x2 held in date by p1 only (p5's lapsed ten days ago):
 * unmet, one short; boundary >= 2 held by nobody (p1 at 1): unmet. T2: medicines >= 3 held by p3 alone, lapsing in 30
 * days: met, a single point, expiring; safeguarding >= 2 held by nobody in T2 (p2 holds it, in T1): unmet. So 1 of 4
 * met: 25 %; T1 0 of 2, T2 1 of 2; the generalist boundary 0 of 1.
 */
class SkillSufficiencyTest {

	private final HandWorkedPlace place = new HandWorkedPlace();
	private final SufficiencyReport report = place.report();

	@Test
	void readsAssessedPeopleWhenTheStoreHasAssessments() {
		assertEquals(SkillsHeld.Basis.ASSESSED, report.held().basis());
		assertEquals(5, report.held().members().size());
	}

	@Test
	void checksEachRequirementAgainstThePeopleOfItsTeam() {
		List<RequirementCheck> t1 = report.checksOf(place.t1);
		assertEquals(2, t1.size());
		RequirementCheck frailty = t1.get(0);
		assertEquals(List.of("p1"), ids(frailty.holders()));
		assertFalse(frailty.met());
		assertEquals(1, frailty.shortBy());
		assertEquals(List.of("p2", "p5"), ids(frailty.oneLevelBelow()), "one level below, and at the level but lapsed");
		RequirementCheck meds = report.checksOf(place.t2).get(0);
		assertTrue(meds.met());
		assertTrue(meds.singlePoint());
		assertEquals(List.of("p3"), ids(meds.expiring()));
	}

	@Test
	void sufficiencyIsRequirementsMetOverRequirements() {
		SufficiencyRow total = report.total();
		assertEquals(4, total.requirements());
		assertEquals(1, total.met());
		assertEquals(25.0, total.sufficiency(), 1e-9);
		assertEquals(1, total.singlePoints());
		assertEquals(1, total.expiring());
		List<SufficiencyRow> byTeam = report.rows(SkillCut.TEAM);
		assertEquals("T1", byTeam.get(0).unit());
		assertEquals(0.0, byTeam.get(0).sufficiency(), 1e-9);
		assertEquals(50.0, byTeam.get(1).sufficiency(), 1e-9);
		assertEquals(List.of("North"), report.rows(SkillCut.NEIGHBOURHOOD).stream().map(SufficiencyRow::unit).toList());
		assertEquals(4, report.rows(SkillCut.PLACE).get(0).requirements());
		assertEquals(List.of("Organisation A", "Organisation B"),
				report.rows(SkillCut.ORGANISATION).stream().map(SufficiencyRow::unit).toList());
	}

	@Test
	void generalistCapabilitiesAreReportedOnTheirOwn() {
		SufficiencyRow generalist = report.generalistTotal();
		assertEquals(1, generalist.requirements());
		assertEquals(0, generalist.met());
		assertEquals(List.of("T1"), report.generalistRows(SkillCut.TEAM).stream().map(SufficiencyRow::unit).toList());
	}

	@Test
	void aRequirementForTwoNeedsTwoHolders() {
		// p5 renews frailty: now two in-date holders in T1
		place.assessments.get("p5").add(new Holding("frailty", 3, HandWorkedPlace.DAY.minusDays(1), null));
		RequirementCheck frailty = place.report().checksOf(place.t1).get(0);
		assertTrue(frailty.met());
		assertFalse(frailty.singlePoint(), "two holders: no single point");
	}

	@Test
	void holdingsAreTheLatestAssessmentUpToTheDay() {
		place.assessments.get("p1").add(new Holding("frailty", 1, HandWorkedPlace.DAY.plusDays(5), null));
		assertEquals(List.of("p1"), ids(place.report().checksOf(place.t1).get(0).holders()),
				"an assessment after the day does not count yet");
		SufficiencyReport later = SkillsAnalysis.sufficiency(place.model, place.records(), HandWorkedPlace.DAY.plusDays(6), 90);
		assertEquals(List.of(), ids(later.checksOf(place.t1).get(0).holders()));
	}

	@Test
	void peopleOutOfPostOnTheDayDoNotCount() {
		place.spells.set(0, new SkillRecords.Spell("p1", "A", "nurse", "T1", null, 1.0, LocalDate.of(2020, 1, 1),
				HandWorkedPlace.DAY.minusDays(1)));
		assertEquals(4, place.report().held().members().size());
		assertEquals(List.of(), ids(place.report().checksOf(place.t1).get(0).holders()));
	}

	@Test
	void withoutAssessmentsPostsAsDesignedAreChecked() {
		SufficiencyReport designed = SkillsAnalysis.sufficiency(place.model, SkillRecords.none(), HandWorkedPlace.DAY, 90);
		assertEquals(SkillsHeld.Basis.DESIGNED, designed.held().basis());
		assertEquals(0, designed.held().members().size(), "the hand-worked model has no posts");
		assertEquals(4, designed.total().requirements());
		assertEquals(0, designed.total().met());
		assertTrue(Double.isNaN(new SufficiencyRow("none", null, 0, 0, 0, 0).sufficiency()));
		assertNull(TrainingNeeds.course(place.model, place.safe, 2), "no course teaches safeguarding");
	}

	static List<String> ids(List<StaffMember> members) {
		return members.stream().map(StaffMember::id).toList();
	}
}
