package org.intdesigner.planning.allocation;

import java.util.List;

import org.intdesigner.model.Area;

/**
 * A fair allocation: the posts placed (a line per role and neighbourhood), the share of its shortage each neighbourhood
 * has closed against the average, what was spent, whether the solver proved the answer optimal (else the relative gap
 * to the best bound it knew), and in words what bound the answer: budget, eligibility or floor. The best share is that
 * of the best allocation without a floor, M* / G, from which the floors are set ({@link FloorRule}).
 */
public record AllocationResult(Budget budget, double floor, double bestShare, List<Line> lines, List<Fairness> fairness, double averageShare,
		double spent, boolean optimal, double optimalityGap, List<String> bindings, List<String> notes) {

	public AllocationResult {
		lines = List.copyOf(lines);
		fairness = List.copyOf(fairness);
		bindings = List.copyOf(bindings);
		notes = List.copyOf(notes);
	}

	/** Half posts of a candidate's role placed in its neighbourhood. */
	public record Line(Candidate candidate, int halves) {

		public double fte() {
			return halves * 0.5;
		}

		/** The shortage these posts close (FTE): no more than the shortage. */
		public double met() {
			return Math.min(fte(), candidate.shortage());
		}

		public double weightedMet() {
			return met() * candidate.weight();
		}

		/** What the posts cost a year with on-costs; NaN when the role cannot be costed. */
		public double cost() {
			return fte() * candidate.costPerFte();
		}
	}

	/**
	 * A neighbourhood's eligible shortage, how much of it is closed, the share closed, and its floor: the shortage the
	 * floor rule asked it to close (0 when none).
	 */
	public record Fairness(Area neighbourhood, double shortage, double met, double floor) {

		public double share() {
			return shortage > 0 ? met / shortage : 0;
		}
	}

	public double fte() {
		return lines.stream().mapToDouble(Line::fte).sum();
	}

	public double met() {
		return lines.stream().mapToDouble(Line::met).sum();
	}

	public double weightedMet() {
		return lines.stream().mapToDouble(Line::weightedMet).sum();
	}

	public boolean isEmpty() {
		return lines.isEmpty();
	}
}
