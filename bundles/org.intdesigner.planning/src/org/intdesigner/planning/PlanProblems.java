package org.intdesigner.planning;

import java.util.List;

/** What a plan could not compute, one line each, naming the study or assumption and its file and row when known. */
public final class PlanProblems {

	private PlanProblems() {
	}

	public static String lines(List<Plan.Problem> problems, ElementPlaces places) {
		StringBuilder out = new StringBuilder();
		for (Plan.Problem problem : problems) {
			out.append(PlanText.problem(problem, places)).append('\n');
		}
		return out.toString();
	}
}
