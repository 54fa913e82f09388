package org.intdesigner.workforce.ui.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The NHS code mappings typed in the import wizard. */
class OrganisationCodesTest {

	@Test
	void mappingsAreSeparatedByCommasSemicolonsOrLines() {
		assertEquals(Map.of("U12345", "pcn-north", "P81001", "practice-a", "P81002", "practice-b"),
				OrganisationCodes.parse(" U12345 = pcn-north, P81001=practice-a;\nP81002=practice-b,"));
		assertEquals(Map.of(), OrganisationCodes.parse("  "));
	}

	@Test
	void aWrongEntryIsNamedWithAnExample() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> OrganisationCodes.parse("U12345=pcn-north, P81001"));
		assertTrue(e.getMessage().startsWith("'P81001' is not a mapping"), e.getMessage());
		assertTrue(e.getMessage().contains("U12345=pcn-north"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> OrganisationCodes.parse("U1=a, U1=b"));
		assertTrue(e.getMessage().contains("U1 is mapped twice"), e.getMessage());
	}
}
