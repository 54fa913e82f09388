package org.intdesigner.workforce.imports;

import static org.intdesigner.workforce.imports.Imports.one;
import static org.intdesigner.workforce.imports.Imports.rows;
import static org.intdesigner.workforce.imports.Imports.run;
import static org.intdesigner.workforce.imports.Imports.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.intdesigner.workforce.imports.ImportSummary.Outcome;
import org.intdesigner.workforce.store.StoreMode;
import org.intdesigner.workforce.store.StoreTable;
import org.intdesigner.workforce.store.TestStores;
import org.intdesigner.workforce.store.TestStores.TestStore;
import org.intdesigner.workforce.store.WorkforceStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** staff.csv, in both store modes: good files in full, bad ones not at all, each problem named by row and column. */
class StaffImportTest {

	static final String HEADER = StaffCsv.HEADER + "\n";
	static final String GOOD = "S1,pcn-north,gp,north-core,north-gp1,0.8,2019-04-01,,\n";

	@TempDir
	Path temp;

	@ParameterizedTest
	@EnumSource(StoreMode.class)
	void aGoodFileIsImportedAsWritten(StoreMode mode) throws Exception {
		Path file = write(temp, "staff.csv", HEADER + GOOD
				+ "943 476 5919,pcn-north,pn,north-core,north-pn1,0.75,01/06/2021,2025-09-30,\"Voluntary resignation, relocation\"\n"
				+ " s3@example.org ,cht,dn,north-frailty,north-dn1,1,2015-01-05,,\n");
		try (TestStore test = TestStores.open(mode, temp)) {
			WorkforceStore store = test.store();
			ImportSummary summary = run(store, ImportKind.STAFF, file);
			assertEquals(Outcome.IMPORTED, summary.outcome(), summary.toText());
			assertEquals(3, summary.rowsRead());
			assertEquals(3, summary.rowsImported());
			assertEquals(0, summary.rowsRejected());
			assertEquals(2, summary.pseudonymised());
			assertTrue(summary.toText().contains("2 person ids looked like real identifiers"), summary.toText());
			assertTrue(summary.toText().contains("salted SHA-256 pseudonyms"), summary.toText());
			assertTrue(summary.notes().contains(mode == StoreMode.EMBEDDED ? "bulk-loaded into an empty table"
					: "written in batches of prepared inserts"), summary.notes().toString());
			List<String> staff = rows(store, "SELECT PERSON_ID, ORG_ID, ROLE_ID, TEAM_ID, POST_ID, FTE, START_DATE, END_DATE,"
					+ " LEAVING_REASON FROM WORKFORCE.STAFF ORDER BY START_DATE");
			assertEquals(3, staff.size());
			assertTrue(staff.get(0).matches("h[0-9a-f]{24},cht,dn,north-frailty,north-dn1,1.000,2015-01-05,-,-"), staff.get(0));
			assertEquals("S1,pcn-north,gp,north-core,north-gp1,0.800,2019-04-01,-,-", staff.get(1));
			assertTrue(staff.get(2).matches("h[0-9a-f]{24},pcn-north,pn,north-core,north-pn1,0.750,2021-06-01,2025-09-30,"
					+ "Voluntary resignation\\, relocation".replace("\\", "")), staff.get(2));
			assertTrue(!staff.toString().contains("9434765919") && !staff.toString().contains("example.org"));
			assertEquals(List.of("cht,Riverside Community Health NHS Trust,COMMUNITY_HEALTH",
					"pcn-north,Riverside North PCN,GENERAL_PRACTICE"),
					rows(store, "SELECT ORG_ID, NAME, SECTOR FROM WORKFORCE.PARTNER ORDER BY ORG_ID"));
			assertEquals("staff,IMPORTED,3,3,0", one(store, "SELECT KIND, OUTCOME, ROWS_READ, ROWS_IMPORTED, ROWS_REJECTED"
					+ " FROM WORKFORCE.IMPORT_LOG"));
			List<ImportHistory.Freshness> freshness = ImportHistory.freshness(store);
			assertEquals(2, freshness.size());
			assertEquals("pcn-north", freshness.get(1).organisation());
			assertEquals(2, freshness.get(1).rows());
		}
	}

	static Stream<Arguments> badRows() {
		return Stream.of(
				Arguments.of("S2,pcn-north,gp,north-core,,1.0,2025-13-01,,", "row 3, column start_date: '2025-13-01' is not a date"),
				Arguments.of("S2,pcn-north,gp,north-core,,1.0,31/04/2025,,", "row 3, column start_date: '31/04/2025' is not a date"),
				Arguments.of("S2,pcn-north,gp,north-core,,-0.5,2025-01-01,,", "row 3, column fte: '-0.5' is negative"),
				Arguments.of("S2,pcn-north,gp,north-core,,3,2025-01-01,,", "row 3, column fte: '3' is more than 2"),
				Arguments.of("S2,pcn-north,gp,north-core,,one,2025-01-01,,", "row 3, column fte: 'one' is not a number"),
				Arguments.of("S2,pcn-nowhere,gp,,,1,2025-01-01,,", "row 3, column org_id: 'pcn-nowhere' is not the code of an"
						+ " organisation in the model"),
				Arguments.of("S2,pcn-north,surgeon,,,1,2025-01-01,,", "row 3, column role_id: 'surgeon' is not the code of a role"),
				Arguments.of("S2,pcn-north,gp,north-nowhere,,1,2025-01-01,,", "row 3, column team_id: 'north-nowhere' is not the code of a team"),
				Arguments.of("S2,pcn-north,gp,,north-gp9,1,2025-01-01,,", "row 3, column post_id: 'north-gp9' is not the code of a post"),
				Arguments.of("S1,pcn-north,gp,,,1,2019-04-01,,", "row 3, column person_id: repeats row 2: the same person, role"
						+ " and start date"),
				Arguments.of("S2,pcn-north,gp,,,1,2025-01-01,2024-12-31,", "row 3, column end_date: before the start date"),
				Arguments.of("S2,pcn-north,gp,,,1,2025-01-01,,Retired", "row 3, column leaving_reason: a leaving reason, but no end"
						+ " date"),
				Arguments.of(",pcn-north,gp,,,1,2025-01-01,,", "row 3, column person_id: empty"),
				Arguments.of("S2,pcn-north,gp,,,,2025-01-01,,", "row 3, column fte: empty"));
	}

	@ParameterizedTest
	@MethodSource("badRows")
	void aBadRowIsNamedAndNothingIsImported(String row, String problem) throws Exception {
		Path file = write(temp, "staff.csv", HEADER + GOOD + row + "\nS9,cht,dn,,,1,2020-01-01,,\n");
		try (TestStore test = TestStores.open(StoreMode.EMBEDDED, temp)) {
			ImportSummary summary = run(test.store(), ImportKind.STAFF, file);
			assertEquals(Outcome.REJECTED, summary.outcome());
			assertEquals(3, summary.rowsRead());
			assertEquals(0, summary.rowsImported());
			assertEquals(1, summary.rowsRejected());
			assertTrue(summary.problems().get(0).toString().startsWith("staff.csv " + problem), summary.toText());
			assertTrue(summary.toText().contains("REJECTED, nothing imported"), summary.toText());
			assertEquals(0, test.store().rowCount(StoreTable.STAFF));
			assertEquals(0, test.store().rowCount(StoreTable.PARTNER));
			assertEquals("REJECTED,3,0,1", one(test.store(), "SELECT OUTCOME, ROWS_READ, ROWS_IMPORTED, ROWS_REJECTED FROM"
					+ " WORKFORCE.IMPORT_LOG"));
		}
	}

	@Test
	void aFileInAnotherEncodingIsNamedWithItsRowAndColumn() throws Exception {
		byte[] latin1 = (HEADER + GOOD + "S2,pcn-north,gp,,,1,2025-01-01,,\nS3,pcn-north,gp,,,1,2020-01-01,2025-01-01,"
				+ "Retraite anticip\u00e9e\n").getBytes(StandardCharsets.ISO_8859_1);
		Path file = Files.write(temp.resolve("staff.csv"), latin1);
		try (TestStore test = TestStores.open(StoreMode.EMBEDDED, temp)) {
			ImportSummary summary = run(test.store(), ImportKind.STAFF, file);
			assertEquals(Outcome.REJECTED, summary.outcome(), summary.toText());
			assertTrue(summary.problems().get(0).toString().startsWith("staff.csv row 4, column leaving_reason: not UTF-8"),
					summary.toText());
			assertEquals(0, test.store().rowCount(StoreTable.STAFF));
		}
	}

	@Test
	void brokenCsvAndMissingColumnsAreNamed() throws Exception {
		try (TestStore test = TestStores.open(StoreMode.EMBEDDED, temp)) {
			Path quote = write(temp, "quote.csv", HEADER + GOOD + "S2,pcn-north,gp,,,1,2025-01-01,,\"never closed\n");
			ImportSummary broken = run(test.store(), ImportKind.STAFF, quote);
			assertEquals(Outcome.REJECTED, broken.outcome());
			assertEquals("quote.csv row 3: a quote opens a cell here and is never closed: close it (\"\") or remove it; the"
					+ " file cannot be read past it", broken.problems().get(0).toString(), "the line the quote opened on");
			Path columns = write(temp, "columns.csv", "person_id,org_id,role_id,start_date\nS1,pcn-north,gp,2020-01-01\n");
			ImportSummary missing = run(test.store(), ImportKind.STAFF, columns);
			assertEquals("columns.csv row 1, column fte: missing column: the first row must name the columns"
					+ " person_id,org_id,role_id,fte,start_date", missing.problems().get(0).toString());
			ImportSummary empty = run(test.store(), ImportKind.STAFF, write(temp, "empty.csv", ""));
			assertTrue(empty.problems().get(0).toString().startsWith("empty.csv: the file is empty"), empty.toText());
			assertEquals(0, test.store().rowCount(StoreTable.STAFF));
		}
	}

	@ParameterizedTest
	@EnumSource(StoreMode.class)
	void aBadRowAfterThousandsOfGoodOnesLeavesNothing(StoreMode mode) throws Exception {
		StringBuilder content = new StringBuilder(HEADER);
		for (int i = 0; i < 6000; i++) {
			content.append("P").append(i).append(",pcn-north,gp,,,1,2020-01-01,,\n");
		}
		content.append("P-late,pcn-north,gp,,,1,2020-02-30,,\n");
		Path file = write(temp, "staff.csv", content.toString());
		try (TestStore test = TestStores.open(mode, temp)) {
			ImportSummary summary = run(test.store(), ImportKind.STAFF, file);
			assertEquals(Outcome.REJECTED, summary.outcome(), summary.toText());
			assertEquals("staff.csv row 6002, column start_date: '2020-02-30' is not a date: write dates as 2025-04-01 (or"
					+ " 01/04/2025)", summary.problems().get(0).toString());
			assertEquals(6001, summary.rowsRead());
			assertEquals(0, test.store().rowCount(StoreTable.STAFF));
			assertEquals(0, test.store().rowCount(StoreTable.IMPORT_PARTNER));
		}
	}

	@ParameterizedTest
	@EnumSource(StoreMode.class)
	void aRowTheStoreHasRejectsTheFileUnlessItReplaces(StoreMode mode) throws Exception {
		Path first = write(temp, "first.csv", HEADER + GOOD + "S2,pcn-north,pn,,,1,2020-01-01,,\nS3,cht,dn,,,1,2020-01-01,,\n");
		Path second = write(temp, "second.csv", HEADER + "S4,pcn-north,cp,,,1,2021-01-01,,\n" + GOOD);
		try (TestStore test = TestStores.open(mode, temp)) {
			WorkforceStore store = test.store();
			assertTrue(run(store, ImportKind.STAFF, first).imported());
			ImportSummary again = run(store, ImportKind.STAFF, second);
			assertEquals(Outcome.REJECTED, again.outcome(), again.toText());
			assertEquals("second.csv row 3, column person_id: the store already has this person in this role from this start"
					+ " date: import with --replace to replace what the store holds for the file's partners",
					again.problems().get(0).toString());
			assertEquals(List.of("S1", "S2", "S3"), rows(store, "SELECT PERSON_ID FROM WORKFORCE.STAFF ORDER BY PERSON_ID"));

			ImportSummary replaced = run(store, ImportKind.STAFF, second, Imports.CHECKED.withReplace(true));
			assertEquals(Outcome.IMPORTED, replaced.outcome(), replaced.toText());
			assertTrue(replaced.notes().contains("replaced 2 rows the store held for pcn-north"), replaced.notes().toString());
			assertEquals(List.of("S1", "S3", "S4"), rows(store, "SELECT PERSON_ID FROM WORKFORCE.STAFF ORDER BY PERSON_ID"));
			assertEquals(List.of("IMPORTED", "REJECTED", "IMPORTED"), rows(store, "SELECT OUTCOME FROM WORKFORCE.IMPORT_LOG"
					+ " ORDER BY IMPORT_ID"));
		}
	}

	@Test
	void manyProblemsAreCountedAndTheFirstOnesShown() throws Exception {
		StringBuilder content = new StringBuilder(HEADER);
		for (int i = 0; i < 30; i++) {
			content.append("P").append(i).append(",pcn-north,gp,,,-1,2020-01-01,,\n");
		}
		Path file = write(temp, "staff.csv", content.toString());
		try (TestStore test = TestStores.open(StoreMode.EMBEDDED, temp)) {
			ImportSummary summary = run(test.store(), ImportKind.STAFF, file, Imports.CHECKED.withProblemsShown(3));
			assertEquals(30, summary.rowsRejected());
			assertEquals(30, summary.problemCount());
			assertEquals(3, summary.problems().size());
			assertTrue(summary.toText().contains("30 problems, the first 3:"), summary.toText());
		}
	}

	@Test
	void withoutAModelAnyCodeIsTaken() throws Exception {
		Path file = write(temp, "staff.csv", HEADER + "S1,somewhere,someone,,,1,2020-01-01,,\n");
		try (TestStore test = TestStores.open(StoreMode.EMBEDDED, temp)) {
			assertTrue(run(test.store(), ImportKind.STAFF, file, ImportOptions.defaults()).imported());
			assertEquals("somewhere,-,-", one(test.store(), "SELECT ORG_ID, NAME, SECTOR FROM WORKFORCE.PARTNER"));
		}
	}
}
