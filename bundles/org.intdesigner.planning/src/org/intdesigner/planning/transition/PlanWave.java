package org.intdesigner.planning.transition;

import java.util.List;

/**
 * One wave of a transition plan, or the unscheduled changes (no date, {@link #scheduled()} false): its changes, the
 * people holding the posts it changes, the change it makes to the annual pay bill of the posts it changes
 * ({@code costChange}, with {@code uncostedChanged} of them left out), the annual pay bill of the whole model after it
 * ({@code runRate}, with {@code uncostedInRunRate} posts left out) and the findings it brings.
 */
public record PlanWave(String id, String name, String date, String owner, String reason, boolean scheduled,
		List<PlanChange> changes, List<AffectedPerson> people, double costChange, int uncostedChanged, double runRate,
		int uncostedInRunRate, List<PlanFinding> findings) {

	/** The name of the group of changes no wave lists. */
	public static final String UNSCHEDULED = "Unscheduled";
}
