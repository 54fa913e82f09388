package org.intdesigner.planning;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.model.Area;
import org.intdesigner.model.PopulationCohort;

/**
 * Population growth, % a year: a cohort's own, else its area's; an area's own, else the nearest enclosing area's
 * that has one; none (0) when no area says. Need in year t is the workload now times (1 + growth / 100)^t.
 */
public final class Growth {

	private Growth() {
	}

	public static double of(PopulationCohort cohort) {
		if (cohort.isSetGrowthRate()) {
			return cohort.getGrowthRate();
		}
		return cohort.eContainer() instanceof Area area ? of(area) : 0;
	}

	public static double of(Area area) {
		for (EObject a = area; a instanceof Area current; a = current.eContainer()) {
			if (current.isSetGrowthRate()) {
				return current.getGrowthRate();
			}
		}
		return 0;
	}

	/** The factor a workload grows by over {@code years} years at {@code percent} a year. */
	public static double factor(double percent, int years) {
		return Math.pow(1 + percent / 100, years);
	}
}
