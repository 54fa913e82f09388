package org.intdesigner.workforce.imports;

import static org.intdesigner.workforce.imports.Imports.CHECKED;
import static org.intdesigner.workforce.imports.Imports.one;
import static org.intdesigner.workforce.imports.Imports.rows;
import static org.intdesigner.workforce.imports.Imports.run;
import static org.intdesigner.workforce.imports.Imports.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.intdesigner.model.ProficiencyLevel;
import org.intdesigner.workforce.imports.ImportSummary.Outcome;
import org.intdesigner.workforce.store.StoreMode;
import org.intdesigner.workforce.store.StoreTable;
import org.intdesigner.workforce.store.TestStores;
import org.intdesigner.workforce.store.TestStores.TestStore;
import org.intdesigner.workforce.store.WorkforceStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** skills.csv: assessments of the store's staff, checked against the example's capabilities; each bad row; all or nothing. */
class SkillsImportTest {

	static final String HEADER = "person_id,capability_id,level,assessed_on,expires_on\n";

	@TempDir
	Path temp;

	private static void staff(WorkforceStore store, Path temp) throws Exception {
		ImportSummary staff = run(store, ImportKind.STAFF, write(temp, "staff.csv", OtherKindsImportTest.STAFF));
		assertTrue(staff.imported(), staff.toText());
	}

	@ParameterizedTest
	@EnumSource(StoreMode.class)
	void assessmentsOfTheStoresStaffWithTheSamePseudonyms(StoreMode mode) throws Exception {
		try (TestStore test = TestStores.open(mode, temp)) {
			WorkforceStore store = test.store();
			staff(store, temp);
			ImportSummary summary = run(store, ImportKind.SKILLS, write(temp, "skills.csv", HEADER
					+ "S1,safeadults,Working,2025-04-01,2026-03-31\n"
					+ "S1,psychosocial,4,01/05/2025,\n"
					+ "S1,safeadults,PRACTITIONER,2025-09-01,2026-08-31\n"
					+ "943 476 5919,careplanning,none,2025-06-10,\n"
					+ "943-476-5919,safechildren,1,2025-06-10,2025-06-10\n"));
			assertEquals(Outcome.IMPORTED, summary.outcome(), summary.toText());
			assertEquals(5, summary.rowsImported());
			assertEquals(2, summary.pseudonymised());
			assertEquals(List.of("cht", "pcn-north"), List.copyOf(new java.util.TreeSet<>(summary.partners().keySet())),
					"each person's employer");
			String nurse = one(store, "SELECT PERSON_ID FROM WORKFORCE.STAFF WHERE ROLE_ID = 'dn'");
			assertTrue(nurse.matches("h[0-9a-f]{24}"), nurse);
			String query = "SELECT CAPABILITY_ID, SKILL_LEVEL, ASSESSED_ON, EXPIRES_ON FROM WORKFORCE.SKILL WHERE PERSON_ID = '%s'"
					+ " ORDER BY CAPABILITY_ID, ASSESSED_ON";
			assertEquals(List.of("psychosocial,4,2025-05-01,-", "safeadults,2,2025-04-01,2026-03-31",
					"safeadults,3,2025-09-01,2026-08-31"), rows(store, String.format(query, "S1")));
			assertEquals(List.of("careplanning,0,2025-06-10,-", "safechildren,1,2025-06-10,2025-06-10"),
					rows(store, String.format(query, nurse)), "the nurse's NHS number, however written, is staff's pseudonym");
			assertEquals("skills,IMPORTED,5", one(store, "SELECT KIND, OUTCOME, ROWS_IMPORTED FROM WORKFORCE.IMPORT_LOG"
					+ " WHERE KIND = 'skills'"));
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"S1,safeadults,5,2025-06-01,|row 3, column level: '5' is not a level on the scale 0 none, 1 awareness, 2 working,"
					+ " 3 practitioner, 4 expert",
			"S1,safeadults,-1,2025-06-01,|row 3, column level: '-1' is not a level on the scale",
			"S1,safeadults,guru,2025-06-01,|row 3, column level: 'guru' is not a level on the scale",
			"S1,safeadults,2.5,2025-06-01,|row 3, column level: '2.5' is not a level on the scale",
			"S1,safeadults,,2025-06-01,|row 3, column level: empty: every row needs a level",
			"S1,juggling,2,2025-06-01,|row 3, column capability_id: 'juggling' is not the code of a capability in the model",
			"S9,safeadults,2,2025-06-01,|row 3, column person_id: 'S9' is not a person of the store's staff: import their"
					+ " staff.csv first",
			"S1,safeadults,2,2025-06-01,2025-05-31|row 3, column expires_on: before the assessment on 2025-06-01",
			"S1,safeadults,3,2025-04-01,|row 3, column person_id: repeats row 2: the same person, capability and assessment date",
			"S1,safeadults,3,1 June 2025,|row 3, column assessed_on: '1 June 2025' is not a date",
			"S1,safeadults,3,,|row 3, column assessed_on: empty" })
	void badSkillRows(String row, String problem) throws Exception {
		try (TestStore test = TestStores.open(StoreMode.EMBEDDED, temp)) {
			staff(test.store(), temp);
			ImportSummary summary = run(test.store(), ImportKind.SKILLS, write(temp, "skills.csv", HEADER
					+ "S1,safeadults,2,2025-04-01,2026-03-31\n" + row + "\nS1,ltc,3,2025-04-01,\n"));
			assertEquals(Outcome.REJECTED, summary.outcome(), summary.toText());
			assertTrue(summary.problems().get(0).toString().startsWith("skills.csv " + problem), summary.toText());
			assertEquals(1, summary.rowsRejected(), summary.toText());
			assertEquals(0, test.store().rowCount(StoreTable.SKILL), "all or nothing: the good rows around it are not imported either");
			assertEquals("skills,REJECTED", one(test.store(), "SELECT KIND, OUTCOME FROM WORKFORCE.IMPORT_LOG WHERE KIND = 'skills'"));
		}
	}

	@Test
	void theHeaderMustNameTheColumns() throws Exception {
		try (TestStore test = TestStores.open(StoreMode.EMBEDDED, temp)) {
			staff(test.store(), temp);
			ImportSummary summary = run(test.store(), ImportKind.SKILLS, write(temp, "skills.csv",
					"person_id,capability,level,assessed_on\nS1,safeadults,2,2025-04-01\n"));
			assertEquals("skills.csv row 1, column capability_id: missing column: the first row must name the columns"
					+ " person_id,capability_id,level,assessed_on", summary.problems().get(0).toString());
		}
	}

	@Test
	void anAssessmentTheStoreHoldsRejectsTheFileUnlessReplaced() throws Exception {
		try (TestStore test = TestStores.open(StoreMode.EMBEDDED, temp)) {
			WorkforceStore store = test.store();
			staff(store, temp);
			Path first = write(temp, "skills.csv", HEADER + "S1,safeadults,2,2025-04-01,2026-03-31\n9434765919,ltc,3,2025-04-01,\n");
			assertTrue(run(store, ImportKind.SKILLS, first).imported());
			Path again = write(temp, "skills-again.csv", HEADER + "S1,ltc,1,2025-05-01,\nS1,safeadults,3,2025-04-01,2026-03-31\n");
			ImportSummary twice = run(store, ImportKind.SKILLS, again);
			assertEquals(Outcome.REJECTED, twice.outcome(), twice.toText());
			assertEquals("skills-again.csv row 3, column person_id: the store already has an assessment of this person's"
					+ " capability on this date: import with --replace to replace what the store holds for the file's partners",
					twice.problems().get(0).toString());
			assertEquals(2, store.rowCount(StoreTable.SKILL), "nothing of the second file");

			ImportSummary replaced = run(store, ImportKind.SKILLS, again, CHECKED.withReplace(true));
			assertEquals(Outcome.IMPORTED, replaced.outcome(), replaced.toText());
			assertEquals(List.of("S1,ltc,1", "S1,safeadults,3"), rows(store, "SELECT PERSON_ID, CAPABILITY_ID, SKILL_LEVEL FROM"
					+ " WORKFORCE.SKILL WHERE PERSON_ID = 'S1' ORDER BY CAPABILITY_ID"), "S1's employer's people replaced");
			assertEquals(3, store.rowCount(StoreTable.SKILL), "the other partner's person keeps their assessment");
		}
	}

	@Test
	void withoutAModelAnyCapabilityCodeIsTaken() throws Exception {
		try (TestStore test = TestStores.open(StoreMode.EMBEDDED, temp)) {
			staff(test.store(), temp);
			ImportSummary summary = run(test.store(), ImportKind.SKILLS, write(temp, "skills.csv", HEADER
					+ "S1,juggling,expert,2025-04-01,\n"), ImportOptions.defaults());
			assertTrue(summary.imported(), summary.toText());
		}
	}

	@Test
	void theLevelNamesAreTheModelsProficiencyLevels() {
		assertEquals(ProficiencyLevel.VALUES.size() + 1, SkillLevels.NAMES.size(), "none, then the model's levels");
		for (ProficiencyLevel level : ProficiencyLevel.VALUES) {
			assertEquals(level.getLiteral(), SkillLevels.name(level.getValue()));
			assertEquals(Short.valueOf((short) level.getValue()), SkillLevels.parse(level.getName()), "any case");
		}
		assertEquals(Short.valueOf((short) 0), SkillLevels.parse("None"));
		assertEquals(null, SkillLevels.parse("5"));
	}
}
