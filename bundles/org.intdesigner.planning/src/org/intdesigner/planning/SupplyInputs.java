package org.intdesigner.planning;

import java.util.List;
import java.util.OptionalDouble;

import org.intdesigner.model.SupplyAssumption;
import org.intdesigner.planning.supply.Range;
import org.intdesigner.planning.supply.SupplyInput;

/**
 * A supply assumption of the model as the figures of a projection: an empty FTE at the start is the store's FTE in
 * post of the role in the unit, an empty leaver rate the store's FTE turnover of the role over the last 12 months.
 */
public final class SupplyInputs {

	private final StoreFigures store;

	public SupplyInputs(StoreFigures store) {
		this.store = store;
	}

	/** The projection's figures; a figure neither given nor in the store is NaN (which the checks name). */
	public SupplyInput of(SupplyAssumption assumption) {
		double start = assumption.isSetStartFte() ? assumption.getStartFte()
				: orNaN(assumption.getRole() == null ? OptionalDouble.empty() : store.fteInPost(assumption.getRole(), assumption.getUnit()));
		Range leavers;
		if (assumption.isSetLeaverRate()) {
			leavers = range(assumption.getLeaverRate(), assumption.isSetLeaverRateHigh(), assumption.getLeaverRateHigh());
		} else {
			double turnover = orNaN(assumption.getRole() == null ? OptionalDouble.empty() : store.fteTurnover(assumption.getRole()));
			leavers = new Range(turnover, turnover);
		}
		return new SupplyInput(start, leavers,
				range(assumption.getRetirementRate(), assumption.isSetRetirementRateHigh(), assumption.getRetirementRateHigh()),
				range(assumption.getJoinersPerYear(), assumption.isSetJoinersPerYearHigh(), assumption.getJoinersPerYearHigh()),
				assumption.getTraineesPerYear(), assumption.getTraineeIntake(), assumption.getCourseYears(),
				assumption.getCompletionRate(), assumption.getInternalMoves(), assumption.getYears());
	}

	/** Which of the projection's figures came from the store, in words: "District nurse in Riverside: ...". */
	public List<String> fromStore(SupplyAssumption assumption, SupplyInput input) {
		List<String> taken = new java.util.ArrayList<>();
		if (!assumption.isSetStartFte()) {
			taken.add("FTE at the start " + MessageFigures.text(input.startFte()));
		}
		if (!assumption.isSetLeaverRate()) {
			taken.add("leaver rate " + MessageFigures.text(input.leaverRate().low()) + " % (FTE turnover)");
		}
		return taken.isEmpty() ? List.of() : List.of(PlanText.name(assumption.getRole()) + " in " + PlanText.name(assumption.getUnit())
				+ ": " + String.join(", ", taken) + ", from " + store.source());
	}

	/** What is wrong with the assumption's references and ranges before any figure is looked at. */
	public static List<String> referenceProblems(SupplyAssumption assumption) {
		List<String> problems = new java.util.ArrayList<>();
		if (assumption.getRole() == null) {
			problems.add("it has no role: say whose supply it is");
		}
		if (assumption.getUnit() == null) {
			problems.add("it has no unit: give the organisation, team or area");
		}
		backwards(problems, "leaver rate", assumption.getLeaverRate(), assumption.isSetLeaverRateHigh(), assumption.getLeaverRateHigh());
		backwards(problems, "retirement rate", assumption.getRetirementRate(), assumption.isSetRetirementRateHigh(),
				assumption.getRetirementRateHigh());
		backwards(problems, "joiners a year", assumption.getJoinersPerYear(), assumption.isSetJoinersPerYearHigh(),
				assumption.getJoinersPerYearHigh());
		return problems;
	}

	private static void backwards(List<String> problems, String name, double low, boolean ranged, double high) {
		if (ranged && high < low) {
			problems.add("the " + name + " runs from " + MessageFigures.text(low) + " down to " + MessageFigures.text(high)
					+ ": give the low figure first");
		}
	}

	private static Range range(double low, boolean ranged, double high) {
		return ranged && high >= low ? new Range(low, high) : Range.of(low);
	}

	private static double orNaN(OptionalDouble value) {
		return value.isPresent() ? value.getAsDouble() : Double.NaN;
	}
}
