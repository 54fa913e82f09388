package org.intdesigner.reports;

import java.util.Locale;

/**
 * Who a report is for; each audience has its template, the sections it holds and their order
 * (a section says which templates it joins). The place board reads the summary first; a
 * neighbourhood lead reads its teams and people; a partner reads its own staff across the INTs.
 */
public enum Audience {
	BOARD("board", "Place board"),
	NEIGHBOURHOOD("neighbourhood", "Neighbourhood"),
	PARTNER("partner", "Partner organisation");

	private final String id;
	private final String label;

	Audience(String id, String label) {
		this.id = id;
		this.label = label;
	}

	public String id() {
		return id;
	}

	public String label() {
		return label;
	}

	public static Audience parse(String text) {
		for (Audience audience : values()) {
			if (audience.id.equals(text.trim().toLowerCase(Locale.ROOT))) {
				return audience;
			}
		}
		throw new IllegalArgumentException("No report template '" + text + "': use board, neighbourhood or partner.");
	}
}
