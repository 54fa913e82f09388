package org.intdesigner.io;

import java.io.IOException;
import java.io.Reader;
import java.util.OptionalLong;

/**
 * Where the quote opened that a CSV file never closes. A parser that meets the end of the file inside
 * a quoted cell can only say where it gave up (often the last line); the person fixing the file needs
 * the line where the cell began. Quotes count as RFC 4180 has them: one that starts a cell opens it,
 * two inside it are one quote character, and one followed by anything else closes it.
 */
public final class CsvQuotes {

	private CsvQuotes() {
	}

	/** The line (from 1) of the quote {@code text} leaves open, or empty when every quoted cell is closed. */
	public static OptionalLong unclosedQuoteLine(Reader text, char delimiter) throws IOException {
		long line = 1;
		long openedAt = 0;
		boolean quoted = false;
		boolean cellStart = true;
		int c = text.read();
		if (c == '\uFEFF') {
			c = text.read();
		}
		while (c >= 0) {
			if (quoted) {
				if (c == '"') {
					int next = text.read();
					if (next != '"') {
						quoted = false;
						c = next;
						continue;
					}
				} else if (c == '\n') {
					line++;
				}
			} else if (c == '"' && cellStart) {
				quoted = true;
				openedAt = line;
			} else if (c == '\n') {
				line++;
				cellStart = true;
				c = text.read();
				continue;
			}
			cellStart = !quoted && c == delimiter;
			c = text.read();
		}
		return quoted ? OptionalLong.of(openedAt) : OptionalLong.empty();
	}
}
