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

	/** The holding of {@code capability}, or null. */
	public Holding holding(String capability) {
		return holdings.get(capability);
	}
}
