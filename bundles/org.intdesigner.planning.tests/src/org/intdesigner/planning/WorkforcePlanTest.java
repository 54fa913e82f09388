package org.intdesigner.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.intdesigner.model.Allocation;
import org.intdesigner.model.Area;
import org.intdesigner.model.AreaKind;
import org.intdesigner.model.CohortKind;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Need;
import org.intdesigner.model.PopulationCohort;
import org.intdesigner.model.Post;
import org.intdesigner.model.Role;
import org.intdesigner.model.ServiceActivity;
import org.intdesigner.model.SupplyAssumption;
import org.intdesigner.model.Team;
import org.intdesigner.model.WisnStudy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A place of two neighbourhoods, one nurse study applied to each and a supply assumption for the place, worked by
 * hand. AWT = [260 - (8 + 27 + 10 + 5)] x 7.5 = 1,575 hours; a 30-minute visit: standard workload 3,150 a year.
 */
class WorkforcePlanTest {

	private static final double EXACT = 1e-9;
	private static final IntdFactory F = IntdFactory.eINSTANCE;

	private IntdModel model;
	private Role nurse;
	private Area place;
	private Area north;
	private Area south;
	private WisnStudy study;
	private SupplyAssumption supply;

	@BeforeEach
	void place() {
		model = F.createIntdModel();
		nurse = F.createRole();
		nurse.setName("Community nurse");
		model.getRoles().add(nurse);
		place = area("Riverside", AreaKind.PLACE, 0);
		place.setGrowthRate(2);
		model.getAreas().add(place);
		north = area("North", AreaKind.NEIGHBOURHOOD, 30_000);
		south = area("South", AreaKind.NEIGHBOURHOOD, 20_000);
		place.getSubAreas().addAll(List.of(north, south));
		PopulationCohort northFrail = cohort(north, "Frail North", CohortKind.FRAILTY, 1_000, 2);
		northFrail.setGrowthRate(5); // its own growth, over the place's 2 %
		cohort(south, "Frail South", CohortKind.FRAILTY, 500, 1);
		cohort(south, "Children South", CohortKind.CHILDREN_AND_FAMILIES, 4_000, 3);

		study = F.createWisnStudy();
		study.setName("Nurses, each neighbourhood");
		study.setRole(nurse);
		study.setUnit(place);
		study.setEachNeighbourhood(true);
		study.setWorkingDays(260);
		study.setPublicHolidays(8);
		study.setAnnualLeave(27);
		study.setSickLeave(10);
		study.setOtherLeave(5);
		study.setHoursPerDay(7.5);
		ServiceActivity visits = F.createServiceActivity();
		visits.setActivity("home visit");
		visits.setUnitMinutes(30);
		visits.setCohort(northFrail); // stands for every neighbourhood's frailty cohort
		visits.setPerPerson(6.3);
		study.getActivities().add(visits);
		ServiceActivity clinics = F.createServiceActivity();
		clinics.setActivity("clinic");
		clinics.setRatePerHour(4);
		clinics.setAnnualWorkload(63_000); // the place's, shared by population: 60 % North, 40 % South
		study.getActivities().add(clinics);
		model.getWisnStudies().add(study);

		Team northTeam = F.createTeam();
		northTeam.setName("North INT");
		northTeam.setArea(north);
		model.getTeams().add(northTeam);
		post(northTeam, 1.0, "A. Nurse");
		post(northTeam, 0.6, "B. Nurse");
		post(northTeam, 1.0, null); // vacant: not staff

		supply = F.createSupplyAssumption();
		supply.setRole(nurse);
		supply.setUnit(place);
		supply.setStartFte(8);
		supply.setLeaverRate(10);
		supply.setRetirementRate(2);
		supply.setJoinersPerYear(1);
		supply.setYears(3);
		model.getSupplyAssumptions().add(supply);
	}

	@Test
	void eachNeighbourhoodGetsItsOwnNeedFromItsOwnCohortsAndPopulation() {
		Plan plan = WorkforcePlan.compute(model, StoreFigures.NONE, PlanOptions.DEFAULT.withYears(3));
		assertEquals(List.of(), plan.problems());
		Plan.NeedRow northNow = row(plan, north, 0);
		// North: 1,000 x 6.3 = 6,300 visits / 3,150 = 2; clinics 63,000 x 60 % = 37,800 / (1,575 x 4 = 6,300) = 6
		assertEquals(2, northNow.result().activities().get(0).staff(), EXACT);
		assertEquals(6, northNow.result().activities().get(1).staff(), EXACT);
		assertEquals(8, northNow.result().requiredStaff(), EXACT);
		assertEquals(1.6, northNow.result().currentStaff(), EXACT, "the filled posts of North's team");
		assertEquals(2, northNow.priority(), "the frailty need behind its visits");
		// South: 500 x 6.3 = 3,150 visits: 1; clinics 25,200 / 6,300 = 4
		Plan.NeedRow southNow = row(plan, south, 0);
		assertEquals(5, southNow.result().requiredStaff(), EXACT);
		assertEquals(0, southNow.result().currentStaff(), EXACT);
		assertEquals(1, southNow.priority());
	}

	@Test
	void needGrowsWithTheCohortsAndTheArea() {
		Plan plan = WorkforcePlan.compute(model, StoreFigures.NONE, PlanOptions.DEFAULT.withYears(3));
		Plan.NeedRow north2 = row(plan, north, 2);
		assertEquals(2 * 1.05 * 1.05, north2.result().activities().get(0).staff(), EXACT, "the cohort's own 5 %");
		assertEquals(6 * 1.02 * 1.02, north2.result().activities().get(1).staff(), EXACT, "the place's 2 %");
	}

	@Test
	void theGapIsTheNeedWithinTheSupplysUnitLessTheSupply() {
		Plan plan = WorkforcePlan.compute(model, StoreFigures.NONE, PlanOptions.DEFAULT.withYears(3));
		assertEquals(4, plan.gaps().size(), "years 0 to 3");
		Plan.GapRow now = plan.gaps().get(0);
		assertEquals(13, now.need(), EXACT, "North 8 + South 5");
		assertEquals(8, now.supply(), EXACT);
		assertEquals(5, now.gap(), EXACT, "a shortage of 5");
		Plan.GapRow year1 = plan.gaps().get(1);
		assertEquals(8 * 0.88 + 1, year1.supply(), EXACT);
		assertEquals(row(plan, north, 1).result().requiredStaff() + row(plan, south, 1).result().requiredStaff(), year1.need(), EXACT);
		assertEquals(1, now.priority(), "South's frailty need is priority 1");
	}

	@Test
	void aStudyWithAProblemGivesNoFigureAndIsNamed() {
		study.getCategoryAllowances().add(allowance(70));
		study.getCategoryAllowances().add(allowance(30));
		Plan plan = WorkforcePlan.compute(model, StoreFigures.NONE, PlanOptions.DEFAULT.withYears(3));
		assertTrue(plan.need().isEmpty());
		assertTrue(plan.gaps().isEmpty());
		assertEquals(1, plan.problems().size());
		assertEquals(study, plan.problems().get(0).element());
		assertTrue(plan.problems().get(0).message().contains("the category allowances total 100 %"), plan.problems().get(0).message());
	}

	@Test
	void anUnknownStartIsNamedUnlessTheStoreHasIt() {
		supply.unsetStartFte();
		Plan plan = WorkforcePlan.compute(model, StoreFigures.NONE, PlanOptions.DEFAULT.withYears(3));
		assertEquals(List.of("the FTE at the start is not known: give it, or import the workforce into the store"),
				plan.problems().stream().map(Plan.Problem::message).toList());
		assertTrue(plan.supply().isEmpty());
	}

	@Test
	void shortagesRankByPriorityThenSizeAndSurplusesComeLast() {
		Role gp = F.createRole();
		model.getRoles().add(gp);
		SupplyAssumption gps = F.createSupplyAssumption();
		gps.setRole(gp);
		gps.setUnit(place);
		gps.setStartFte(3);
		gps.setLeaverRate(0);
		gps.setYears(1);
		model.getSupplyAssumptions().add(gps);
		WisnStudy gpStudy = org.eclipse.emf.ecore.util.EcoreUtil.copy(study);
		gpStudy.setRole(gp);
		gpStudy.getActivities().remove(0); // clinics only: no cohort, so the priority of the area's needs (North: 2)
		gpStudy.setEachNeighbourhood(false);
		gpStudy.setUnit(north);
		model.getWisnStudies().add(gpStudy);
		Plan plan = WorkforcePlan.compute(model, StoreFigures.NONE, PlanOptions.DEFAULT.withYears(1));
		List<Plan.GapRow> ranked = WorkforcePlan.ranked(plan, 0);
		assertEquals(List.of(nurse, gp), ranked.stream().map(Plan.GapRow::role).toList(), "priority 1 before 2");
		assertEquals(5, ranked.get(0).gap(), EXACT);
		assertEquals(7, ranked.get(1).gap(), EXACT, "GP: 63,000 clinics in North / 6,300 = 10 needed, 3 there");
		gps.setStartFte(12);
		ranked = WorkforcePlan.ranked(WorkforcePlan.compute(model, StoreFigures.NONE, PlanOptions.DEFAULT.withYears(1)), 0);
		assertEquals(List.of(nurse, gp), ranked.stream().map(Plan.GapRow::role).toList(), "a surplus comes last");
		assertEquals(-2, ranked.get(1).gap(), EXACT);
	}

	/** The store's figures where the model leaves them empty: sickness for the AWT, the start, the leaver rate, staff now. */
	@Test
	void theStoreFillsWhatTheModelLeavesEmpty() {
		study.setObservedSickLeave(true);
		supply.unsetStartFte();
		supply.unsetLeaverRate();
		StoreFigures store = new StoreFigures() {
			@Override
			public java.util.OptionalDouble fteInPost(Role role, org.intdesigner.model.Element unit) {
				return unit == place ? java.util.OptionalDouble.of(7) : unit == north ? java.util.OptionalDouble.of(1.5)
						: java.util.OptionalDouble.empty();
			}

			@Override
			public java.util.OptionalDouble fteTurnover(Role role) {
				return java.util.OptionalDouble.of(20);
			}

			@Override
			public java.util.OptionalDouble sicknessAbsenceRate(Role role) {
				return java.util.OptionalDouble.of(5);
			}

			@Override
			public String source() {
				return "a test store";
			}
		};
		Plan plan = WorkforcePlan.compute(model, store, PlanOptions.DEFAULT.withYears(1));
		assertEquals(List.of(), plan.problems());
		// 5 % of 260 working days off sick: 13 days instead of the 10 assumed; AWT 207 days
		assertEquals(207, row(plan, north, 0).result().awtDays(), EXACT);
		assertEquals(1.5, row(plan, north, 0).result().currentStaff(), EXACT, "the store's staff in post");
		assertEquals(0, row(plan, south, 0).result().currentStaff(), EXACT, "none in the store: the model's posts (none)");
		assertEquals(7, plan.gaps().get(0).supply(), EXACT, "the store's FTE in post at the start");
		assertEquals(7 * (1 - 0.20 - 0.02) + 1, plan.gaps().get(1).supply(), EXACT, "the store's turnover as the leaver rate");
		assertEquals(List.of("Community nurse in Riverside: FTE at the start 7, leaver rate 20 % (FTE turnover), from a test store"),
				plan.notes());
	}

	/** Training a plug-in knows of (15 hours a year per FTE) joins other leave: 2 days at 7.5 hours; AWT 208 days. */
	@Test
	void otherLeaveFromAPlugInJoinsTheAvailableWorkingTime() {
		StoreFigures store = new StoreFigures() {
			@Override
			public java.util.OptionalDouble fteInPost(Role role, org.intdesigner.model.Element unit) {
				return java.util.OptionalDouble.empty();
			}

			@Override
			public java.util.OptionalDouble fteTurnover(Role role) {
				return java.util.OptionalDouble.empty();
			}

			@Override
			public java.util.OptionalDouble sicknessAbsenceRate(Role role) {
				return java.util.OptionalDouble.empty();
			}

			@Override
			public double otherLeaveHours(Role role) {
				return role == nurse ? 15 : 0;
			}

			@Override
			public String otherLeaveLabel() {
				return "training in the training plan";
			}

			@Override
			public String source() {
				return "a test store";
			}
		};
		Plan plan = WorkforcePlan.compute(model, store, PlanOptions.DEFAULT.withYears(1));
		assertEquals(1575 / 7.5 - 2, row(plan, north, 0).result().awtDays(), EXACT);
		assertEquals(List.of("Other leave (E) of Community nurse includes 15.0 hours a year per FTE of training in the training plan."),
				plan.notes());
		assertEquals(1575 / 7.5, row(WorkforcePlan.compute(model, StoreFigures.NONE, PlanOptions.DEFAULT.withYears(1)), north, 0)
				.result().awtDays(), EXACT, "without the plug-in's hours");
	}

	private Plan.NeedRow row(Plan plan, Area unit, int year) {
		return plan.need().stream().filter(r -> r.unit() == unit && r.year() == year && r.role() == nurse).findFirst().orElseThrow();
	}

	private static Area area(String name, AreaKind kind, int population) {
		Area area = F.createArea();
		area.setName(name);
		area.setKind(kind);
		area.setPopulation(population);
		return area;
	}

	private static PopulationCohort cohort(Area area, String name, CohortKind kind, int size, int priority) {
		PopulationCohort cohort = F.createPopulationCohort();
		cohort.setName(name);
		cohort.setKind(kind);
		cohort.setSize(size);
		Need need = F.createNeed();
		need.setPriority(priority);
		cohort.getNeeds().add(need);
		area.getCohorts().add(cohort);
		return cohort;
	}

	private void post(Team team, double fte, String holder) {
		Post post = F.createPost();
		post.setRole(nurse);
		post.setFte(fte);
		post.setHolder(holder);
		Allocation allocation = F.createAllocation();
		allocation.setTeam(team);
		allocation.setFte(fte);
		post.getAllocations().add(allocation);
		model.getPosts().add(post);
	}

	private static org.intdesigner.model.CategoryAllowance allowance(double percent) {
		org.intdesigner.model.CategoryAllowance allowance = F.createCategoryAllowance();
		allowance.setActivity("meetings");
		allowance.setPercent(percent);
		return allowance;
	}
}
