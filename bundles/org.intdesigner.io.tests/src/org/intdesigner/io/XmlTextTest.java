package org.intdesigner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Text XML 1.0 can hold, and what is named when it cannot (issue #15, found by fuzzing the CSV importer). */
class XmlTextTest {

	@Test
	void ordinaryTextTabsLineBreaksAndPairsAreFine() {
		for (String text : List.of("", "Riverside PCN", "a\tb\nc\r\n", "caf\u00e9 \u20ac \uD83D\uDE00", "\uFFFD")) {
			assertEquals(-1, XmlText.firstInvalid(text), text);
			assertNull(XmlText.problem(text), text);
			assertEquals(text, XmlText.printable(text));
		}
	}

	@Test
	void controlCharactersNonCharactersAndLoneSurrogatesAreNamed() {
		assertEquals("the control character U+000B (character 3)", XmlText.problem("ab\u000Bc"));
		assertEquals("the control character U+0000 (character 1)", XmlText.problem("\u0000"));
		assertEquals("the character U+FFFE (character 2)", XmlText.problem("a\uFFFE"));
		assertEquals("half of a character pair U+D83D (character 2)", XmlText.problem("a\uD83D"));
		assertEquals("half of a character pair U+DE00 (character 1)", XmlText.problem("\uDE00a"));
		assertEquals("a\uFFFDb\uFFFD", XmlText.printable("a\u0001b\u001F"));
	}
}
