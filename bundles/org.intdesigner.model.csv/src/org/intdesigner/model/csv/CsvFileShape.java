package org.intdesigner.model.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What is wrong with a file as a whole before any row is read, said as a planner would fix it: empty,
 * saved as UTF-16 ("Unicode text"), or separated by semicolons (a spreadsheet set to a European
 * locale), instead of "missing columns" or "not UTF-8" that would leave them guessing.
 */
final class CsvFileShape {

	private CsvFileShape() {
	}

	/** The problem of {@code file} as a whole, or null when its rows can be read. */
	static String problem(Path file, List<String> required) {
		byte[] start;
		try (InputStream in = Files.newInputStream(file)) {
			start = in.readNBytes(4096);
		} catch (IOException e) {
			return null; // the reader says what is wrong
		}
		if (start.length == 0) {
			return "the file is empty: its first row must name the columns " + String.join(", ", required);
		}
		if (start.length >= 2 && ((start[0] & 0xff) == 0xFF && (start[1] & 0xff) == 0xFE
				|| (start[0] & 0xff) == 0xFE && (start[1] & 0xff) == 0xFF)) {
			return "the file is saved as UTF-16 (\"Unicode text\"); save it again as \"CSV UTF-8\"";
		}
		String text = new String(start, StandardCharsets.UTF_8);
		int end = text.indexOf('\n');
		String header = end < 0 ? text : text.substring(0, end);
		if (header.indexOf(',') < 0 && header.indexOf(';') >= 0) {
			return "the columns are separated by semicolons; save the file again as \"CSV UTF-8 (comma delimited)\"";
		}
		return null;
	}
}
