package org.intdesigner.development;

import java.util.Locale;

/** How sufficiency figures are grouped: by team, neighbourhood, place, the team's host organisation, or role. */
public enum SkillCut {
	TEAM, NEIGHBOURHOOD, PLACE, ORGANISATION, ROLE;

	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The cut named {@code text}, or an error naming the ones there are. */
	public static SkillCut parse(String text) {
		for (SkillCut cut : values()) {
			if (cut.label().equalsIgnoreCase(text.trim())) {
				return cut;
			}
		}
		throw new IllegalArgumentException("Unknown grouping '" + text + "': use team, neighbourhood, place, organisation or role.");
	}
}
