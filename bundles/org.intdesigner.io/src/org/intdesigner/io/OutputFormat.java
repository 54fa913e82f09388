package org.intdesigner.io;

import java.util.Locale;

/** How a command writes its figures: text for people, CSV for spreadsheets, JSON for other tools. */
public enum OutputFormat {
	TEXT, CSV, JSON;

	/** The format named {@code text} (any case), or an error naming the ones there are. */
	public static OutputFormat parse(String text) {
		try {
			return valueOf(text.trim().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("Unknown format '" + text + "': use text, csv or json.");
		}
	}
}
