package org.intdesigner.planning.transition;

import java.util.List;

/**
 * The transition from a baseline to a scenario: its waves in date order (the unscheduled changes last, when there are
 * any), the baseline's annual pay bill (costed with the baseline's pay table, {@code baselineUncosted} posts left out),
 * the posts either pay table cannot cost, notes (a model without a pay table, whose posts are then not listed one by
 * one) and warnings (a wave listing an id that carries no change).
 */
public record TransitionPlan(String baseline, String scenario, List<PlanWave> waves, double baselineBill,
		int baselineUncosted, List<UncostedPost> uncosted, List<String> notes, List<String> warnings) {

	/** The changes no wave lists, or null when every change is scheduled. */
	public PlanWave unscheduled() {
		return waves.isEmpty() || waves.get(waves.size() - 1).scheduled() ? null : waves.get(waves.size() - 1);
	}

	public int changeCount() {
		return waves.stream().mapToInt(wave -> wave.changes().size()).sum();
	}
}
