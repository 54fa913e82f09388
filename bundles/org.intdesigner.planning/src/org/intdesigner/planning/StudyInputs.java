package org.intdesigner.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.intdesigner.model.Area;
import org.intdesigner.model.CategoryAllowance;
import org.intdesigner.model.CohortKind;
import org.intdesigner.model.Element;
import org.intdesigner.model.IndividualAllowance;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Need;
import org.intdesigner.model.PopulationCohort;
import org.intdesigner.model.ServiceActivity;
import org.intdesigner.model.Team;
import org.intdesigner.model.WisnStudy;
import org.intdesigner.planning.wisn.ActivityStandard;
import org.intdesigner.planning.wisn.CategoryAllowanceStandard;
import org.intdesigner.planning.wisn.IndividualAllowanceStandard;
import org.intdesigner.planning.wisn.WisnInput;
import org.intdesigner.planning.wisn.WorkingTime;

/**
 * A WISN study of the model as the figures of one calculation, for one of its units and one year.
 * <ul>
 * <li>Units: the study's unit, or each neighbourhood in it when the study is a standard for every neighbourhood.</li>
 * <li>Workload: given, or a cohort's size times activities per person a year. In a study for every neighbourhood,
 * each neighbourhood's cohorts of the same kind (of the same name for kind "other") stand in for the cohort, and a
 * given workload is the whole area's, shared by population.</li>
 * <li>Future years: the workload grows by the cohort's growth (a given workload by its area's), compounded.</li>
 * <li>Staff now: as given (a single unit only), else the store's FTE in post, else the model's filled posts.</li>
 * <li>Sick leave: observed in the store when the study asks and the store has it (sickness absence rate x working
 * days), else as given.</li>
 * </ul>
 */
public final class StudyInputs {

	private final StoreFigures store;
	private final UnitStaff staff;
	/** Per area: the population of its neighbourhoods and how many there are. */
	private final java.util.Map<Area, double[]> neighbourhoodPopulations = new java.util.HashMap<>();

	public StudyInputs(IntdModel model, StoreFigures store) {
		this.store = store;
		this.staff = new UnitStaff(model);
	}

	/** The units the study is computed for. */
	public static List<Element> unitsOf(WisnStudy study) {
		if (study.isEachNeighbourhood() && study.getUnit() instanceof Area area) {
			return new ArrayList<>(Units.neighbourhoodsIn(area));
		}
		return study.getUnit() == null ? List.of() : List.of(study.getUnit());
	}

	/** What stops the study being computed at all (no role, no unit, an activity's workload half given). */
	public static List<String> referenceProblems(WisnStudy study) {
		List<String> problems = new ArrayList<>();
		if (study.getRole() == null) {
			problems.add("it has no role: say whose staffing need it is");
		}
		if (study.getUnit() == null) {
			problems.add("it has no unit: give the team or area whose workload it is");
		} else if (!(study.getUnit() instanceof Team) && !(study.getUnit() instanceof Area)) {
			problems.add("its unit " + study.getUnit().getName() + " is not a team or an area");
		}
		for (ServiceActivity activity : study.getActivities()) {
			if (activity.getCohort() != null && !activity.isSetPerPerson()) {
				problems.add("activity '" + activity.getActivity() + "' names a cohort but no activities per person");
			} else if (activity.getCohort() == null && activity.isSetPerPerson()) {
				problems.add("activity '" + activity.getActivity() + "' gives activities per person but no cohort");
			} else if (activity.getCohort() != null && activity.isSetAnnualWorkload()) {
				problems.add("activity '" + activity.getActivity() + "' has both an annual workload and a cohort: give one");
			}
		}
		return problems;
	}

	public WisnInput of(WisnStudy study, Element unit, int year) {
		boolean expanded = unit != study.getUnit();
		WorkingTime time = new WorkingTime(study.getWorkingDays(), study.getPublicHolidays(), study.getAnnualLeave(),
				study.getSickLeave(), study.getOtherLeave(), study.getHoursPerDay(),
				study.isSetHoursPerWeek() ? study.getHoursPerWeek() : Double.NaN);
		double extraHours = store.otherLeaveHours(study.getRole());
		if (extraHours > 0 && study.getHoursPerDay() > 0) {
			time = time.withOtherLeave(study.getOtherLeave() + extraHours / study.getHoursPerDay());
		}
		if (study.isObservedSickLeave()) {
			OptionalDouble rate = store.sicknessAbsenceRate(study.getRole());
			if (rate.isPresent()) {
				time = time.withSickLeave(rate.getAsDouble() / 100 * study.getWorkingDays());
			}
		}
		List<ActivityStandard> activities = new ArrayList<>();
		for (ServiceActivity activity : study.getActivities()) {
			activities.add(new ActivityStandard(activity.getActivity(), activity.isSetUnitMinutes() ? activity.getUnitMinutes() : Double.NaN,
					activity.isSetRatePerHour() ? activity.getRatePerHour() : Double.NaN, workload(study, activity, unit, year)));
		}
		List<CategoryAllowanceStandard> categories = new ArrayList<>();
		for (CategoryAllowance allowance : study.getCategoryAllowances()) {
			categories.add(new CategoryAllowanceStandard(allowance.getActivity(), allowance.isSetPercent() ? allowance.getPercent() : Double.NaN,
					allowance.isSetHours() ? allowance.getHours() : Double.NaN, allowance.isSetPer() ? allowance.getPer() : null));
		}
		List<IndividualAllowanceStandard> individuals = new ArrayList<>();
		for (IndividualAllowance allowance : study.getIndividualAllowances()) {
			individuals.add(new IndividualAllowanceStandard(allowance.getActivity(), allowance.getHoursPerYear(), allowance.getStaff()));
		}
		return new WisnInput(study.getId(), study.getName(), time, activities, categories, individuals, currentStaff(study, unit, expanded));
	}

	private double currentStaff(WisnStudy study, Element unit, boolean expanded) {
		if (!expanded && study.isSetCurrentStaff()) {
			return study.getCurrentStaff();
		}
		OptionalDouble inStore = store.fteInPost(study.getRole(), unit);
		return inStore.isPresent() ? inStore.getAsDouble() : staff.fte(study.getRole(), unit);
	}

	private double workload(WisnStudy study, ServiceActivity activity, Element unit, int year) {
		boolean expanded = unit != study.getUnit();
		if (activity.getCohort() != null && activity.isSetPerPerson()) {
			if (!expanded) {
				return activity.getCohort().getSize() * activity.getPerPerson()
						* Growth.factor(Growth.of(activity.getCohort()), year);
			}
			double workload = 0;
			for (PopulationCohort cohort : cohortsLike(activity.getCohort(), (Area) unit)) {
				workload += cohort.getSize() * activity.getPerPerson() * Growth.factor(Growth.of(cohort), year);
			}
			return workload;
		}
		if (!activity.isSetAnnualWorkload()) {
			return Double.NaN;
		}
		Area area = Units.areaOf(unit);
		double growth = Growth.factor(area == null ? 0 : Growth.of(area), year);
		return expanded ? activity.getAnnualWorkload() * populationShare((Area) study.getUnit(), (Area) unit) * growth
				: activity.getAnnualWorkload() * growth;
	}

	/** The cohorts of a neighbourhood that stand in for {@code like}: the same kind (the same name for "other"). */
	static List<PopulationCohort> cohortsLike(PopulationCohort like, Area neighbourhood) {
		List<PopulationCohort> found = new ArrayList<>();
		for (PopulationCohort cohort : neighbourhood.getCohorts()) {
			boolean same = like.getKind() == CohortKind.OTHER
					? cohort.getKind() == CohortKind.OTHER && String.valueOf(cohort.getName()).equals(like.getName())
					: cohort.getKind() == like.getKind();
			if (same) {
				found.add(cohort);
			}
		}
		return found;
	}

	/**
	 * A neighbourhood's share of its area's population (the neighbourhoods' total when the area gives none; equal
	 * shares when none does). The totals are worked out once per area.
	 */
	double populationShare(Area area, Area neighbourhood) {
		double[] total = neighbourhoodPopulations.computeIfAbsent(area, a -> {
			List<Area> all = Units.neighbourhoodsIn(a);
			double sum = 0;
			for (Area each : all) {
				sum += each.getPopulation();
			}
			return new double[] { sum, all.size() };
		});
		if (total[0] == 0) {
			return total[1] == 0 ? 0 : 1.0 / total[1];
		}
		return neighbourhood.getPopulation() / total[0];
	}

	/**
	 * The priority of the population needs behind a study in a unit: the most urgent (lowest number, 1 the highest)
	 * of the needs of the cohorts its workload comes from, else of the cohorts in the unit's area or served by the
	 * unit's team; {@link Integer#MAX_VALUE} when no need is known.
	 */
	public static int priority(WisnStudy study, Element unit) {
		int best = Integer.MAX_VALUE;
		boolean expanded = unit != study.getUnit();
		for (ServiceActivity activity : study.getActivities()) {
			if (activity.getCohort() != null) {
				for (PopulationCohort cohort : expanded ? cohortsLike(activity.getCohort(), (Area) unit) : List.of(activity.getCohort())) {
					best = Math.min(best, priority(cohort));
				}
			}
		}
		if (best != Integer.MAX_VALUE) {
			return best;
		}
		if (unit instanceof Team team) {
			for (PopulationCohort cohort : team.getServedCohorts()) {
				best = Math.min(best, priority(cohort));
			}
		}
		Area area = Units.areaOf(unit);
		if (best == Integer.MAX_VALUE && area != null) {
			for (PopulationCohort cohort : area.getCohorts()) {
				best = Math.min(best, priority(cohort));
			}
		}
		return best;
	}

	private static int priority(PopulationCohort cohort) {
		int best = Integer.MAX_VALUE;
		for (Need need : cohort.getNeeds()) {
			if (need.getPriority() > 0) {
				best = Math.min(best, need.getPriority());
			}
		}
		return best;
	}
}
