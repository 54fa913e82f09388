package org.intdesigner.development;

import java.util.Map;
import java.util.Set;

/**
 * Someone in post on the day looked at, with the capabilities they hold (by capability code): a person of the
 * workforce store (pseudonymous id, assessed skills) or, when no assessments are loaded, a filled post of the model
 * (its code, its designed capabilities). Organisation, role, teams and post are codes of the INT model.
 */
public record StaffMember(String id, String label, boolean assessed, String organisation, String role, Set<String> teams,
		String post, double fte, Map<String, Holding> holdings) {

	/**
	 * One person is one member whatever they hold: equality by id (and whether they come from the store or are a post
	 * of the model), not by every holding, which made each set lookup hash a whole map of skills.
	 */
	@Override
	public boolean equals(Object other) {
		return other instanceof StaffMember member && member.assessed == assessed && member.id.equals(id);
	}

	@Override
	public int hashCode() {
		return id.hashCode() * 31 + (assessed ? 1 : 0);
	}

	/** The holding of {@code capability}, or null. */
	public Holding holding(String capability) {
		return holdings.get(capability);
	}
}
