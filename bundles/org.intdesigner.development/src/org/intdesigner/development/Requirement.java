package org.intdesigner.development;

import java.util.List;

import org.intdesigner.model.Capability;
import org.intdesigner.model.CapabilityLevel;
import org.intdesigner.model.Element;
import org.intdesigner.model.Need;
import org.intdesigner.model.Role;
import org.intdesigner.model.Team;

/**
 * What a team needs of one capability: the level and how many people in post there must hold it. One requirement
 * per team and capability: where the team's own requirements, the needs of the cohorts it serves and the roles in it
 * ask for the same capability, the highest level and the largest number count, and all of them are its origins.
 *
 * @param own the team's own requirement of the capability (the element an edit changes), null when it has none
 */
public record Requirement(Team team, Capability capability, int level, int people, List<Element> origins,
		CapabilityLevel own) {

	/** The roles among the origins. */
	public List<Role> roles() {
		return origins.stream().filter(Role.class::isInstance).map(Role.class::cast).toList();
	}

	/** True when the team itself or a need it serves asks for it (not only a role in it). */
	public boolean fromTeamOrNeeds() {
		return origins.stream().anyMatch(o -> o instanceof Team || o instanceof Need);
	}

	/** "the team; need Falls prevention; role District nurse". */
	public String originsText() {
		StringBuilder text = new StringBuilder();
		for (Element origin : origins) {
			text.append(text.isEmpty() ? "" : "; ").append(origin instanceof Team ? "the team"
					: (origin instanceof Need ? "need " : "role ") + origin.getName());
		}
		return text.toString();
	}
}
