package org.intdesigner.io;

import java.util.Locale;

/**
 * Text an XML 1.0 file can hold. A model is saved as XML, which has no way at all to write most control
 * characters (U+0000 to U+001F but tab, line feed and carriage return), U+FFFE, U+FFFF or half of a
 * surrogate pair: not even as {@code &#x0B;}. Text with one of them (a vertical tab pasted from a word
 * processor, a stray byte in a spreadsheet) must be refused where it comes in, or named when a save
 * meets it, instead of failing deep inside the XML writer.
 */
public final class XmlText {

	private XmlText() {
	}

	/** The index of the first character of {@code text} that XML 1.0 cannot hold, or -1 when there is none. */
	public static int firstInvalid(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c == 0xFFFE || c == 0xFFFF) {
				return i;
			}
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			} else if (Character.isSurrogate(c)) {
				return i;
			}
		}
		return -1;
	}

	/** {@code text} with each character XML 1.0 cannot hold replaced by U+FFFD, to show it in a message. */
	public static String printable(String text) {
		if (text == null || firstInvalid(text) < 0) {
			return text;
		}
		StringBuilder shown = new StringBuilder(text);
		for (int at = firstInvalid(shown); at >= 0; at = firstInvalid(shown)) {
			shown.setCharAt(at, '\uFFFD');
		}
		return shown.toString();
	}

	/**
	 * What is wrong with {@code text} for a person, e.g. "the control character U+000B (position 7)",
	 * or null when XML can hold all of it.
	 */
	public static String problem(CharSequence text) {
		int at = firstInvalid(text);
		if (at < 0) {
			return null;
		}
		char c = text.charAt(at);
		String what = c < 0x20 ? "the control character" : Character.isSurrogate(c) ? "half of a character pair" : "the character";
		return what + " " + String.format(Locale.ROOT, "U+%04X", (int) c) + " (character " + (at + 1) + ")";
	}
}
