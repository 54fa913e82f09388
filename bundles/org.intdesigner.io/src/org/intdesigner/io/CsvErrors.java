package org.intdesigner.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a CSV parser's complaint means for the person fixing the file. Apache Commons CSV says
 * "Invalid character between encapsulated token and delimiter at line: 8, position: 431", and the
 * exception wrapping it adds its class name ("org.apache.commons.csv.CSVException: ..."); a message
 * for a planner names the line and says what to change, and shows no class names.
 */
public final class CsvErrors {

	private static final Pattern AFTER_QUOTE = Pattern.compile(
			"Invalid character between encapsulated token and delimiter at line: ([\\d,]+)");
	private static final Pattern UNCLOSED = Pattern.compile("\\(startline ([\\d,]+)\\) EOF reached before encapsulated token");
	private static final Pattern SEQUENCE = Pattern.compile("\\(line ([\\d,]+)\\) invalid parse sequence");
	private static final Pattern DUPLICATE = Pattern.compile("duplicate name: \"(.*?)\" in \\[");
	private static final Pattern CLASS_NAME = Pattern.compile("^(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error): ");

	private CsvErrors() {
	}

	/** {@code failure} (a parser's exception, or one wrapping it) for a person, e.g. "line 8: ...". */
	public static String explain(Throwable failure) {
		// the innermost message says most; wrappers repeat it after a class name
		String message = null;
		Throwable t = failure;
		for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
			if (t.getMessage() != null) {
				message = t.getMessage();
			}
		}
		if (message == null) {
			return "it cannot be read as CSV";
		}
		while (CLASS_NAME.matcher(message).find()) {
			message = CLASS_NAME.matcher(message).replaceFirst("");
		}
		Matcher m = AFTER_QUOTE.matcher(message);
		if (m.find()) {
			return "line " + number(m.group(1)) + ": a quoted cell goes on after its closing quote; put the whole cell in"
					+ " quotes and write each quote inside it twice (\"\")";
		}
		m = UNCLOSED.matcher(message);
		if (m.find()) {
			return "line " + number(m.group(1)) + ": a quote opens a cell here and is never closed: close it (\"\") or"
					+ " remove it";
		}
		m = SEQUENCE.matcher(message);
		if (m.find()) {
			return "line " + number(m.group(1)) + " cannot be read as CSV";
		}
		if (message.startsWith("A header name is missing")) {
			return "the first row has a column without a name: name it, or remove the column";
		}
		m = DUPLICATE.matcher(message);
		if (m.find()) {
			return "the first row names the column '" + m.group(1) + "' twice";
		}
		return message;
	}

	private static String number(String digits) {
		return digits.replace(",", "");
	}
}
