package org.intdesigner.diagram.render;

/** Colours written in specifications as "#rrggbb" (or "#rgb"); a bad value falls back rather than failing a paint. */
public final class Rgb {

	private Rgb() {
	}

	public static int parse(String text, int fallback) {
		if (text == null) {
			return fallback;
		}
		String hex = text.trim();
		if (hex.startsWith("#")) {
			hex = hex.substring(1);
		}
		if (hex.length() == 3) {
			hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
		}
		if (hex.length() != 6) {
			return fallback;
		}
		try {
			return Integer.parseInt(hex, 16);
		} catch (NumberFormatException e) {
			return fallback;
		}
	}
}
