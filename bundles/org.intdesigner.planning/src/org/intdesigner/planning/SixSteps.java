package org.intdesigner.planning;

import java.util.List;

import org.intdesigner.model.Area;
import org.intdesigner.model.AreaKind;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.PopulationCohort;

/**
 * The Skills for Health Six Steps methodology to integrated workforce planning, each step with whether this model
 * (and its plan) has done it, and what is missing when it has not. The workbench's guide shows them and opens the
 * editor or view that does each.
 */
public final class SixSteps {

	/** The steps, in order. */
	public enum Step {
		DEFINE_THE_PLAN("Define the plan", "Scope: the place, its neighbourhoods and the populations they serve."),
		MAP_SERVICE_CHANGE("Map service change", "How the population and its needs will change: growth of areas and cohorts."),
		DEFINE_THE_REQUIRED_WORKFORCE("Define the required workforce",
				"WISN studies: the staff the workload needs, role by role, unit by unit."),
		UNDERSTAND_WORKFORCE_AVAILABILITY("Understand workforce availability",
				"Supply: staff in post now and the flows in and out, year by year."),
		PLAN_TO_DELIVER("Plan to deliver", "The gaps between need and supply, ranked by the priority of the needs behind them."),
		IMPLEMENT_MONITOR_REFRESH("Implement, monitor and refresh",
				"Workforce data in the store, refreshed, so the plan starts from what is there now.");

		private final String title;
		private final String purpose;

		Step(String title, String purpose) {
			this.title = title;
			this.purpose = purpose;
		}

		public String title() {
			return title;
		}

		public String purpose() {
			return purpose;
		}

		public int number() {
			return ordinal() + 1;
		}
	}

	/** A step, whether it is done, and what it says about that (what was found, or what is missing). */
	public record Status(Step step, boolean done, String detail) {
	}

	private SixSteps() {
	}

	/** The status of each step for {@code model} with its {@code plan}; {@code storeHasData}: the store holds staff records. */
	public static List<Status> of(IntdModel model, Plan plan, boolean storeHasData) {
		long neighbourhoods = 0;
		long cohorts = 0;
		boolean growth = false;
		for (var contents = model.eAllContents(); contents.hasNext();) {
			Object object = contents.next();
			if (object instanceof Area area) {
				neighbourhoods += area.getKind() == AreaKind.NEIGHBOURHOOD ? 1 : 0;
				growth |= area.isSetGrowthRate();
			} else if (object instanceof PopulationCohort cohort) {
				cohorts++;
				growth |= cohort.isSetGrowthRate();
			}
		}
		long studies = model.getWisnStudies().size();
		long studyProblems = plan.problems().stream().filter(p -> p.element() instanceof org.intdesigner.model.WisnStudy).count();
		long assumptions = model.getSupplyAssumptions().size();
		long supplyProblems = plan.problems().stream().filter(p -> p.element() instanceof org.intdesigner.model.SupplyAssumption)
				.count();
		long gaps = plan.gaps().stream().filter(g -> g.year() == 0).count();
		return List.of(
				new Status(Step.DEFINE_THE_PLAN, neighbourhoods > 0 && cohorts > 0, neighbourhoods + " neighbourhood(s), " + cohorts
						+ " population cohort(s)" + (neighbourhoods == 0 ? ": add the neighbourhoods in scope" : cohorts == 0
								? ": add the cohorts the teams serve" : "")),
				new Status(Step.MAP_SERVICE_CHANGE, growth, growth ? "population growth is given for the future years"
						: "no growth given: set a growth rate on the place or on cohorts (Properties)"),
				new Status(Step.DEFINE_THE_REQUIRED_WORKFORCE, studies > 0 && studyProblems == 0, studies == 0
						? "no WISN study yet: add one for a role" : studies + " WISN stud" + (studies == 1 ? "y" : "ies")
								+ (studyProblems > 0 ? ", " + studyProblems + " with a problem to correct" : ", all computed")),
				new Status(Step.UNDERSTAND_WORKFORCE_AVAILABILITY, assumptions > 0 && supplyProblems == 0, assumptions == 0
						? "no supply assumption yet: add one per role" : assumptions + " supply assumption(s)"
								+ (supplyProblems > 0 ? ", " + supplyProblems + " with a problem to correct" : ", all projected")),
				new Status(Step.PLAN_TO_DELIVER, gaps > 0, gaps > 0 ? gaps + " gap(s) between need and supply, ranked"
						: "no gap yet: a role needs both a WISN study and a supply assumption for the same unit"),
				new Status(Step.IMPLEMENT_MONITOR_REFRESH, storeHasData, storeHasData ? "the workforce store holds staff records ("
						+ plan.storeSource() + ")" : "import the partners' workforce files into the store"));
	}
}
