package org.intdesigner.workforce.metrics;

/**
 * A way to break a metric down. Organisation, role and team are the codes stored with each row
 * (the INT model's ids); sector comes from the partner list; neighbourhood from the INT model
 * (which team works in which neighbourhood); month splits the period.
 */
public enum Cut {
	ORGANISATION("organisation"), SECTOR("sector"), ROLE("role"), TEAM("team"), NEIGHBOURHOOD("neighbourhood"), MONTH("month");

	private final String label;

	Cut(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The cut named {@code text} (its label, any case), or an error saying which exist. */
	public static Cut parse(String text) {
		for (Cut cut : values()) {
			if (cut.label.equalsIgnoreCase(text.trim()) || cut.name().equalsIgnoreCase(text.trim())) {
				return cut;
			}
		}
		throw new IllegalArgumentException("Unknown cut '" + text + "': use organisation, sector, role, team, neighbourhood or month.");
	}
}
