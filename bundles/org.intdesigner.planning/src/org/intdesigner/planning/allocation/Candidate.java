package org.intdesigner.planning.allocation;

import org.intdesigner.model.Area;
import org.intdesigner.model.Role;

/**
 * A place new posts could go: a role in a neighbourhood with its shortage (FTE), the priority of the population needs
 * behind it (1 the highest; {@link Integer#MAX_VALUE} when none is known) and what a whole-time post of it costs a year
 * ({@code NaN} when the pay table cannot say: then {@code whyNoCost} says why).
 */
public record Candidate(Area neighbourhood, Role role, double shortage, int priority, double costPerFte, String whyNoCost) {

	/** The priority an unknown priority counts as: below every priority a place is likely to give (1 to 4). */
	public static final int UNKNOWN_PRIORITY = 5;

	/**
	 * What one FTE of shortage closed here is worth: 1 / priority, so a need of priority 1 counts fully, priority 2
	 * half, priority 3 a third; a gap with no known priority counts as priority {@value #UNKNOWN_PRIORITY}.
	 */
	public double weight() {
		int p = priority <= 0 || priority == Integer.MAX_VALUE ? UNKNOWN_PRIORITY : priority;
		return 1.0 / p;
	}

	public boolean costable() {
		return !Double.isNaN(costPerFte);
	}

	public String label() {
		return role.getName() + " in " + neighbourhood.getName();
	}
}
