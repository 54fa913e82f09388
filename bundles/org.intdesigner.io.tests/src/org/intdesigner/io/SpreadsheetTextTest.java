package org.intdesigner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** CSV cells no spreadsheet runs as formulas (OWASP's CSV injection), read back exactly as they were. */
class SpreadsheetTextTest {

	@Test
	void formulasAreWrittenAsText() {
		List<String> formulas = List.of("=HYPERLINK(\"http://x\")", "@SUM(1)", "+1+1", "-1+1", "=cmd|' /C calc'!A0");
		for (String text : formulas) {
			assertEquals("'" + text, SpreadsheetText.forCell(text), text);
			assertEquals(text, SpreadsheetText.fromCell("'" + text), text);
		}
		assertEquals("''=1", SpreadsheetText.forCell("'=1"), "an apostrophe a person typed before a formula stays");
		assertEquals("'''=1", SpreadsheetText.forCell("''=1"));
		assertEquals("'=1", SpreadsheetText.fromCell("''=1"));
	}

	@Test
	void ordinaryCellsAndNumbersStayAsTheyAre() {
		for (String text : List.of("Riverside PCN", "-0.5", "+3", "1e-3", "'t Hooft", "O'Brien", "'", "", "2025-04-01", "a=b")) {
			assertEquals(text, SpreadsheetText.forCell(text), text);
			assertEquals(text, SpreadsheetText.fromCell(text), text);
		}
		assertEquals("'\tx", SpreadsheetText.forCell("\tx"));
		assertEquals("'\rx", SpreadsheetText.forCell("\rx"));
	}

	@Test
	void everyTextComesBackAsItWent() {
		Random random = new Random(42);
		String alphabet = "'=+-@\t\r a1.";
		for (int i = 0; i < 20_000; i++) {
			StringBuilder text = new StringBuilder();
			for (int n = random.nextInt(6); n > 0; n--) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String written = SpreadsheetText.forCell(text.toString());
			assertEquals(text.toString(), SpreadsheetText.fromCell(written), "[" + text + "] written as [" + written + "]");
			if (!written.isEmpty() && "=+-@\t\r".indexOf(written.charAt(0)) >= 0 && !written.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?")) {
				throw new AssertionError("a cell that runs: [" + written + "]");
			}
		}
	}
}
