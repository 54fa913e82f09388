package org.intdesigner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.Test;

/** Apache Commons CSV's complaints as a planner can act on them (issue #15, found by fuzzing the CSV importer). */
class CsvErrorsTest {

	@Test
	void textAfterAClosingQuoteNamesTheLineWithoutClassNames() {
		// what the CSV parser's iterator throws: an UncheckedIOException whose message is its cause's toString()
		IOException parser = new IOException("Invalid character between encapsulated token and delimiter at line: 1,208,"
				+ " position: 431");
		assertEquals("line 1208: a quoted cell goes on after its closing quote; put the whole cell in quotes and write each"
				+ " quote inside it twice (\"\")", CsvErrors.explain(new UncheckedIOException(parser)));
	}

	@Test
	void otherComplaints() {
		assertEquals("line 3: a quote opens a cell here and is never closed: close it (\"\") or remove it",
				CsvErrors.explain(new IOException("(startline 3) EOF reached before encapsulated token finished")));
		assertEquals("the first row has a column without a name: name it, or remove the column",
				CsvErrors.explain(new IllegalArgumentException("A header name is missing in [id, , name]")));
		assertEquals("the first row names the column 'id' twice", CsvErrors.explain(new IllegalArgumentException(
				"The header contains a duplicate name: \"id\" in [id, id]. If this is valid then use"
						+ " CSVFormat.Builder.setDuplicateHeaderMode().")));
		assertEquals("something else", CsvErrors.explain(new IllegalStateException("org.example.FooException: something else")));
		assertEquals("it cannot be read as CSV", CsvErrors.explain(new IllegalStateException()));
	}
}
