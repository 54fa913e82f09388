package org.intdesigner.planning;

import java.util.Locale;

/** How plans and WISN figures are written: text for people, CSV for spreadsheets, JSON for other tools. */
public enum PlanFormat {
	TEXT, CSV, JSON;

	public static PlanFormat parse(String text) {
		try {
			return valueOf(text.trim().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("Unknown format '" + text + "': use text, csv or json.");
		}
	}
}
