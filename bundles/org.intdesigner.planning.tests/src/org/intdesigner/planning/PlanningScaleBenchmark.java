package org.intdesigner.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.intdesigner.model.Area;
import org.intdesigner.model.AreaKind;
import org.intdesigner.model.CohortKind;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.PopulationCohort;
import org.intdesigner.model.Role;
import org.intdesigner.model.ServiceActivity;
import org.intdesigner.model.SupplyAssumption;
import org.intdesigner.model.WisnStudy;
import org.intdesigner.model.samples.SyntheticModels;
import org.intdesigner.planning.wisn.Wisn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a test: planning at London scale (run by ./intd bench-planning). On the synthetic LONDON model (200
 * neighbourhoods, 40,000 posts) with six cohorts per neighbourhood, 30 roles each with a WISN standard of 10
 * activities applied to every neighbourhood (6,000 study x neighbourhood calculations, the staff now from the
 * model's posts) and a supply assumption for every role x organisation with ranges (1,000 runs, 10 years): median of
 * the rounds after a warm-up, of all need now, one standard recomputed after an edit (its 200 neighbourhoods), and
 * all supply with its bands. Writes target/benchmarks/planning.md. Smaller with intd.bench.scale, fewer rounds
 * with intd.bench.runs (./intd bench-planning --quick).
 */
@Tag("benchmark")
class PlanningScaleBenchmark {

	private static final IntdFactory F = IntdFactory.eINSTANCE;
	private static final SyntheticModels.Scale SCALE = SyntheticModels.Scale
			.valueOf(System.getProperty("intd.bench.scale", "LONDON"));
	private static final int ROUNDS = Integer.getInteger("intd.bench.runs", 5);
	private static final int ROLES = 30;
	private static final int ACTIVITIES = 10;
	private static final CohortKind[] KINDS = { CohortKind.FRAILTY, CohortKind.CHILDREN_AND_FAMILIES, CohortKind.COMPLEX_NEEDS,
			CohortKind.END_OF_LIFE, CohortKind.MENTAL_HEALTH, CohortKind.LONG_TERM_CONDITIONS };

	@Test
	void planningAtLondonScale() throws IOException {
		IntdModel model = SyntheticModels.generate(SCALE, 1L);
		List<Area> neighbourhoods = new ArrayList<>();
		List<Area> systems = new ArrayList<>();
		model.eAllContents().forEachRemaining(object -> {
			if (object instanceof Area area && area.getKind() == AreaKind.NEIGHBOURHOOD) {
				neighbourhoods.add(area);
			} else if (object instanceof Area area && area.getKind() == AreaKind.ICS) {
				systems.add(area);
			}
		});
		for (Area neighbourhood : neighbourhoods) {
			for (int k = 0; k < KINDS.length; k++) {
				PopulationCohort cohort = F.createPopulationCohort();
				cohort.setKind(KINDS[k]);
				cohort.setName(KINDS[k].getLiteral());
				cohort.setSize(neighbourhood.getPopulation() / (10 + 5 * k));
				neighbourhood.getCohorts().add(cohort);
			}
		}
		List<Role> roles = model.getRoles().subList(0, Math.min(ROLES, model.getRoles().size()));
		Area first = neighbourhoods.get(0);
		for (Role role : roles) {
			for (Area system : systems) {
				model.getWisnStudies().add(standard(role, system, first));
			}
		}
		List<Organisation> organisations = model.getOrganisations();
		for (Role role : roles) {
			for (Organisation organisation : organisations) {
				SupplyAssumption supply = F.createSupplyAssumption();
				supply.setRole(role);
				supply.setUnit(organisation);
				supply.setStartFte(10);
				supply.setLeaverRate(8);
				supply.setLeaverRateHigh(14);
				supply.setRetirementRate(2);
				supply.setRetirementRateHigh(4);
				supply.setJoinersPerYear(1);
				supply.setJoinersPerYearHigh(2);
				supply.setTraineesPerYear(0.5);
				supply.setYears(10);
				model.getSupplyAssumptions().add(supply);
			}
		}
		int units = roles.size() * neighbourhoods.size();

		double[] need = new double[ROUNDS];
		double[] edit = new double[ROUNDS];
		double[] supply = new double[ROUNDS];
		WisnStudy edited = model.getWisnStudies().get(0);
		for (int round = -1; round < ROUNDS; round++) {
			List<Plan.Problem> problems = new ArrayList<>();
			long start = System.nanoTime();
			List<Plan.NeedRow> rows = WorkforcePlan.need(model, StoreFigures.NONE, 0, problems);
			long needNanos = System.nanoTime() - start;
			assertEquals(List.of(), problems);
			assertEquals(units, rows.size());

			// an edit in the study editor: one unit time changes, the study is computed again for its neighbourhoods
			// (the editor keeps its index of who works where while the posts do not change)
			StudyInputs inputs = new StudyInputs(model, StoreFigures.NONE);
			ServiceActivity activity = edited.getActivities().get(0);
			activity.setUnitMinutes(activity.getUnitMinutes() + 1);
			start = System.nanoTime();
			double required = 0;
			for (var unit : StudyInputs.unitsOf(edited)) {
				required += Wisn.compute(inputs.of(edited, unit, 0)).requiredStaff();
			}
			long editNanos = System.nanoTime() - start;
			assertTrue(required > 0);

			start = System.nanoTime();
			List<Plan.SupplyRow> supplied = WorkforcePlan.supply(model, StoreFigures.NONE, PlanOptions.DEFAULT, problems,
					new ArrayList<>());
			long supplyNanos = System.nanoTime() - start;
			assertEquals(roles.size() * organisations.size() * 11, supplied.size());
			if (round >= 0) {
				need[round] = needNanos / 1e6;
				edit[round] = editNanos / 1e6;
				supply[round] = supplyNanos / 1e6;
			}
		}
		String report = String.format(Locale.ROOT, "The synthetic %s model (%,d neighbourhoods, %,d posts) with six cohorts per"
				+ " neighbourhood; %d roles, each with one WISN standard of %d activities applied to every neighbourhood"
				+ " (%,d calculations); a supply assumption with ranges for every role x organisation (%,d, 1,000 runs,"
				+ " 10 years). Median of %d after a warm-up round, in one JVM.%n%n"
				+ "| what | median | goal |%n| --- | ---: | ---: |%n"
				+ "| all need now (%,d study x neighbourhood calculations) | %.1f ms | under 200 ms |%n"
				+ "| one standard again after an edit (its %d neighbourhoods; the index of posts kept) | %.2f ms | under 5 ms |%n"
				+ "| all supply with P10-P90 bands (%,d x 1,000 runs x 10 years) | %.0f ms | under 2 s |%n",
				SCALE, neighbourhoods.size(), model.getPosts().size(), roles.size(), ACTIVITIES, units,
				roles.size() * organisations.size(), ROUNDS, units, median(need), StudyInputs.unitsOf(edited).size(), median(edit),
				roles.size() * organisations.size(), median(supply));
		System.out.println("PLANNING-BENCH\n" + report);
		Path out = Paths.get(System.getProperty("user.dir"), "target", "benchmarks");
		Files.createDirectories(out);
		Files.writeString(out.resolve("planning.md"), report);
	}

	private static WisnStudy standard(Role role, Area system, Area standardNeighbourhood) {
		WisnStudy study = F.createWisnStudy();
		study.setName(role.getName() + " standard");
		study.setRole(role);
		study.setUnit(system);
		study.setEachNeighbourhood(true);
		study.setWorkingDays(260);
		study.setPublicHolidays(8);
		study.setAnnualLeave(27);
		study.setSickLeave(10);
		study.setOtherLeave(5);
		study.setHoursPerDay(7.5);
		for (int a = 0; a < ACTIVITIES; a++) {
			ServiceActivity activity = F.createServiceActivity();
			activity.setActivity("activity " + (a + 1));
			if (a % 2 == 0) {
				activity.setUnitMinutes(15 + a * 5);
			} else {
				activity.setRatePerHour(1 + a / 4.0);
			}
			activity.setCohort(standardNeighbourhood.getCohorts().get(a % KINDS.length));
			activity.setPerPerson(0.2 + a / 10.0);
			study.getActivities().add(activity);
		}
		return study;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
