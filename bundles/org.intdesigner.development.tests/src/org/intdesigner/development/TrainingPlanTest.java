package org.intdesigner.development;

import static org.intdesigner.development.SkillSufficiencyTest.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The training plan of the hand-worked place. Needs: T1 frailty (one short; p2 and p5 one step away, p2 first by id;
 * the frailty course, 20 h, £300), T1 boundary (p1 at 1; the boundary course, 10 h, £100), T2 safeguarding (nobody in
 * T2 or one level below in the neighbourhood; no course). Rotation: p2 (A, T1) holds safeguarding 2 that T2 lacks and
 * p3 (B, T2) holds frailty 3 that T1 lacks. Community of practice: frailty is held in date by p1, p2 and p3.
 */
class TrainingPlanTest {

	private final HandWorkedPlace place = new HandWorkedPlace();
	private final TrainingPlan plan = TrainingPlanner.plan(place.report());

	@Test
	void eachGapHasItsLearnersCourseHoursAndCost() {
		List<TrainingNeed> needs = plan.needs();
		assertEquals(3, needs.size());
		TrainingNeed frailty = needs.get(0);
		assertEquals(List.of("p2"), ids(frailty.learners()));
		assertSame(place.frailtyCourse, frailty.course());
		assertEquals(20, frailty.hours(), 1e-9);
		assertEquals(300, frailty.cost(), 1e-9);
		assertEquals("", frailty.advice());
		TrainingNeed boundary = needs.get(1);
		assertEquals(List.of("p1"), ids(boundary.learners()));
		assertSame(place.boundaryCourse, boundary.course());
		TrainingNeed safe = needs.get(2);
		assertEquals(List.of(), safe.learners());
		assertNull(safe.course());
		assertTrue(safe.advice().startsWith("no course in the catalogue teaches safe"), safe.advice());
	}

	@Test
	void learnersComeFromTheNeighbourhoodWhenTheTeamHasNone() {
		// T2 now needs boundary 2 x1: nobody in T2 is one level below, but p1 in T1 (same neighbourhood) is
		HandWorkedPlace.require(place.t2, place.boundary, 2, 1);
		place.assessments.get("p4").clear();
		TrainingPlan replanned = TrainingPlanner.plan(place.report());
		TrainingNeed boundaryInT2 = replanned.needs().stream()
				.filter(n -> n.gap().requirement().team() == place.t2 && n.gap().requirement().capability() == place.boundary)
				.findFirst().orElseThrow();
		assertEquals(List.of("p1"), ids(boundaryInT2.fromNeighbourhood()));
	}

	@Test
	void cohortsGatherEachCoursesLearners() {
		assertEquals(2, plan.cohorts().size());
		Cohort frailty = plan.cohorts().get(0);
		assertSame(place.frailtyCourse, frailty.course());
		assertEquals(List.of("A"), frailty.organisations());
		assertEquals(30, plan.totalHours(), 1e-9);
		assertEquals(400, plan.totalCost(), 1e-9);
		assertEquals(30, plan.hoursByRole().get("nurse"), 1e-9);
		// 30 hours over 7.5 a day, shared by the nurses' 3 FTE in post (p1, p2, p5)
		assertEquals(30 / 7.5 / 3, plan.trainingDaysPerFte("nurse", 7.5), 1e-9);
	}

	@Test
	void aJointCourseTakesSeveralOrganisationsInOneCohort() {
		// p4 (B) is made one level below frailty and T2 needs frailty 3 too
		HandWorkedPlace.require(place.t2, place.frailty, 3, 2);
		place.assessments.get("p4").add(HandWorkedPlace.held(place.frailty, 2, null));
		TrainingPlan replanned = TrainingPlanner.plan(place.report());
		Cohort frailty = replanned.cohorts().stream().filter(c -> c.course() == place.frailtyCourse).findFirst().orElseThrow();
		assertEquals(List.of("A", "B"), frailty.organisations());
		assertTrue(frailty.joint());
	}

	@Test
	void rotationsPairPeopleOfDifferentOrganisationsWhoseSwapClosesBothGaps() {
		assertEquals(1, plan.rotations().size());
		Rotation rotation = plan.rotations().get(0);
		assertEquals("p2", rotation.first().id());
		assertSame(place.safe, rotation.closedInSecondTeam().requirement().capability());
		assertEquals("p3", rotation.second().id());
		assertSame(place.frailty, rotation.closedInFirstTeam().requirement().capability());
		assertSame(place.neighbourhood, rotation.neighbourhood());
	}

	@Test
	void communitiesOfPracticeGatherEveryHolderAcrossThePlace() {
		assertEquals(1, plan.communities().size());
		CommunityOfPractice frailty = plan.communities().get(0);
		assertSame(place.frailty, frailty.capability());
		assertEquals(List.of("p1", "p2", "p3"), ids(frailty.members()));
		assertEquals(List.of("A", "B"), frailty.organisations());
		assertEquals(List.of(), frailty.convenors());
	}
}
