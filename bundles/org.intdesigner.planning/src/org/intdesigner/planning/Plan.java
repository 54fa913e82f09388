package org.intdesigner.planning;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.model.Element;
import org.intdesigner.model.Role;
import org.intdesigner.model.SupplyAssumption;
import org.intdesigner.model.WisnStudy;
import org.intdesigner.planning.wisn.WisnResult;

/**
 * A workforce plan: the need (WISN) of each study in each of its units, year by year; the supply of each
 * assumption, year by year, with its uncertainty band; the gap where both are known; and the problems that kept a
 * study or an assumption from being computed, each naming it; the notes say which figures came from the store.
 */
public record Plan(List<NeedRow> need, List<SupplyRow> supply, List<GapRow> gaps, List<Problem> problems, String storeSource,
		List<String> notes) {

	public Plan {
		notes = List.copyOf(notes);
		need = List.copyOf(need);
		supply = List.copyOf(supply);
		gaps = List.copyOf(gaps);
		problems = List.copyOf(problems);
	}

	/** The WISN figures of a study in a unit in a year (0: now), with the priority of the needs behind them. */
	public record NeedRow(WisnStudy study, Role role, Element unit, int year, WisnResult result, int priority) {
	}

	/** The supply of an assumption in a year (0: the start): central line and the 10th, 50th and 90th percentiles. */
	public record SupplyRow(SupplyAssumption assumption, Role role, Element unit, int year, double central, double p10,
			double p50, double p90) {
	}

	/**
	 * Need minus supply (positive: a shortage; negative: a surplus) of a role in a unit in a year; the supply band's
	 * P90 gives the smallest gap and its P10 the largest.
	 */
	public record GapRow(Role role, Element unit, int year, double need, double supply, double supplyP10, double supplyP90,
			double gap, int priority) {
	}

	/** Something the plan could not compute, naming the study or assumption. */
	public record Problem(EObject element, String message) {
	}
}
