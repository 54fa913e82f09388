package org.intdesigner.workforce.imports;

import static org.intdesigner.workforce.imports.Imports.rows;
import static org.intdesigner.workforce.imports.Imports.run;
import static org.intdesigner.workforce.imports.Imports.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.intdesigner.workforce.imports.ImportSummary.Outcome;
import org.intdesigner.workforce.store.StoreMode;
import org.intdesigner.workforce.store.StoreTable;
import org.intdesigner.workforce.store.TestStores;
import org.intdesigner.workforce.store.TestStores.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Skills for Care's ASC-WDS worker bulk-upload file, onto staff in post in the workers' main job roles. */
class AscWdsImportTest {

	private static final ImportOptions PLACE = Imports.CHECKED.withOrganisationCodes(Map.of("RIVERSIDE-ASC-01", "asc"));

	@TempDir
	Path temp;

	@ParameterizedTest
	@EnumSource(StoreMode.class)
	void workersBecomeStaffInPostInTheirMainJobRoles(StoreMode mode) throws Exception {
		Path file = write(temp, "workers.csv", new AscWdsCsv()
				.worker("W0001", "MAINJOBROLE", "6", "DAYSSICK", "4.5")
				.worker("W0002", "STATUS", "UPDATE", "MAINJOBROLE", "15", "CONTHOURS", "30")
				.worker("W0003", "STATUS", "nochange", "MAINJOBROLE", "37", "EMPLSTATUS", "2", "ZEROHRCONT", "1",
						"CONTHOURS", "", "AVGHOURS", "15")
				.worker("W0004", "STATUS", "UNCHECKED", "MAINJOBROLE", "40", "EMPLSTATUS", "7", "ZEROHRCONT", "999",
						"CONTHOURS", "", "AVGHOURS", "22.5", "STARTDATE", "2024-11-18")
				.worker("W0005", "STATUS", "DELETE", "MAINJOBROLE", "99")
				.worker("W0006", "EMPLSTATUS", "4", "CONTHOURS", "", "AVGHOURS", "20")
				.worker("JR 12 34 56 C", "CHGUNIQUEWRKID", "W0007", "MAINJOBROLE", "6", "CONTHOURS", "18.75")
				.worker("AB123456C", "MAINJOBROLE", "6", "CONTHOURS", "37").toString());
		try (TestStore test = TestStores.open(mode, temp)) {
			ImportSummary summary = run(test.store(), ImportKind.ASC_WDS, file, PLACE);
			assertEquals(Outcome.IMPORTED, summary.outcome(), summary.toText());
			assertEquals(8, summary.rowsRead());
			assertEquals(6, summary.rowsImported());
			assertEquals(List.of("asc/W0001,asc,sw,1.000,2019-04-01,-", "asc/W0002,asc,ot,0.800,2019-04-01,-",
					"asc/W0003,asc,na,0.400,2019-04-01,-", "asc/W0004,asc,cc,0.600,2024-11-18,-",
					"asc/W0007,asc,sw,0.500,2019-04-01,-"),
					rows(test.store(), "SELECT PERSON_ID, ORG_ID, ROLE_ID, FTE, START_DATE, END_DATE FROM WORKFORCE.STAFF"
							+ " WHERE PERSON_ID LIKE 'asc/%' ORDER BY PERSON_ID"));
			List<String> pseudonymised = rows(test.store(), "SELECT PERSON_ID, ROLE_ID, FTE FROM WORKFORCE.STAFF WHERE"
					+ " PERSON_ID NOT LIKE 'asc/%'");
			assertEquals(1, pseudonymised.size(), pseudonymised.toString());
			assertTrue(pseudonymised.get(0).matches("h[0-9a-f]{24},sw,0\\.987"), pseudonymised.toString());
			assertEquals(1, summary.pseudonymised(), "a National Insurance number as the worker id");
			assertEquals(List.of(), rows(test.store(), "SELECT PERSON_ID FROM WORKFORCE.STAFF WHERE PERSON_ID LIKE '%123456%'"),
					"no NI number reaches the store");
			assertEquals(Map.of("asc", 6L), summary.partners());
			assertTrue(summary.notes().contains("1 worker with STATUS DELETE (left) not imported"), summary.notes().toString());
			assertTrue(summary.notes().contains("1 pool or bank and agency worker (EMPLSTATUS 3 or 4) not imported: they"
					+ " are not staff in post"), summary.notes().toString());
			assertTrue(summary.notes().contains("DAYSSICK not imported: a count of days without dates cannot become absence"
					+ " spells (import the spells as an absence file)"), summary.notes().toString());
			assertEquals(0, test.store().rowCount(StoreTable.ABSENCE), "no absence made up from DAYSSICK");
		}
	}

	@Test
	void jobRolesTheCatalogueDoesNotHaveKeepTheirAscWdsNames() throws Exception {
		Path file = write(temp, "workers.csv", new AscWdsCsv().worker("W0001").worker("W0002", "MAINJOBROLE", "4")
				.worker("W0003", "MAINJOBROLE", "6").toString());
		try (TestStore test = TestStores.open(StoreMode.EMBEDDED, temp)) {
			ImportSummary free = run(test.store(), ImportKind.ASC_WDS, file, ImportOptions.defaults());
			assertEquals(Outcome.IMPORTED, free.outcome(), free.toText());
			assertEquals(List.of("RIVERSIDE-ASC-01/W0001,care-worker", "RIVERSIDE-ASC-01/W0002,registered-manager",
					"RIVERSIDE-ASC-01/W0003,sw"), rows(test.store(), "SELECT PERSON_ID, ROLE_ID FROM WORKFORCE.STAFF ORDER BY 1"));
			assertTrue(free.notes().contains("main job role 8 (Care worker) has no role in the catalogue: kept as the code"
					+ " 'care-worker'"), free.notes().toString());

			ImportSummary checked = run(test.store(), ImportKind.ASC_WDS, file, PLACE.withReplace(true));
			assertEquals(Outcome.REJECTED, checked.outcome());
			assertEquals(List.of("workers.csv row 2, column mainjobrole: '8' (Care worker) is the role 'care-worker', which"
					+ " the model does not have: add a role with that code to the model",
					"workers.csv row 3, column mainjobrole: '4' (Registered manager) is the role 'registered-manager', which"
							+ " the model does not have: add a role with that code to the model"),
					checked.problems().stream().map(Object::toString).toList());
			ImportSummary unmapped = run(test.store(), ImportKind.ASC_WDS, file, Imports.CHECKED);
			assertTrue(unmapped.problems().get(0).toString().startsWith("workers.csv row 2, column localestid:"
					+ " 'RIVERSIDE-ASC-01' is not the code of an organisation in the model"), unmapped.toText());
			assertEquals(3, test.store().rowCount(StoreTable.STAFF), "the rejected files changed nothing");
		}
	}

	@Test
	void badRowsAreNamedWithTheirColumnAndWhatToDo() throws Exception {
		Path file = write(temp, "workers.csv", new AscWdsCsv()
				.worker("W0001", "MAINJOBROLE", "6")
				.worker("W0002", "STATUS", "MOVED")
				.worker("W0003", "MAINJOBROLE", "12")
				.worker("W0004", "EMPLSTATUS", "5")
				.worker("W0005", "CONTHOURS", "999")
				.worker("W0006", "ZEROHRCONT", "1", "CONTHOURS", "")
				.worker("W0007", "STARTDATE", "31/02/2020", "CONTHOURS", "80")
				.worker("W0001", "MAINJOBROLE", "6")
				.worker("W0009", "ZEROHRCONT", "3", "MAINJOBROLE", "").toString());
		try (TestStore test = TestStores.open(StoreMode.EMBEDDED, temp)) {
			ImportSummary summary = run(test.store(), ImportKind.ASC_WDS, file, ImportOptions.defaults());
			assertEquals(Outcome.REJECTED, summary.outcome());
			assertEquals(List.of(
					"workers.csv row 3, column status: 'MOVED' is not a status: a worker's STATUS is NEW, UPDATE, NOCHANGE,"
							+ " UNCHECKED, CHGSUB or DELETE",
					"workers.csv row 4, column mainjobrole: '12' is not an ASC-WDS main job role: the codes are 1, 2, 3, 4,"
							+ " 5, 6, 7, 8, 9, 10, 11, 15, 16, 17, 22, 23, 24, 25, 26, 27, 34, 35, 36, 37, 38, 39, 40, 41, 42",
					"workers.csv row 5, column emplstatus: '5' is not an employment status: EMPLSTATUS is 1 (permanent),"
							+ " 2 (temporary), 3 (pool or bank), 4 (agency) or 7 (other)",
					"workers.csv row 6, column conthours: 999 (not known): the FTE is worked out from the contracted hours"
							+ " a week of a permanent or temporary contract; give them (0 to 75)",
					"workers.csv row 7, column avghours: empty: the FTE is worked out from the average hours a week of a"
							+ " zero-hours, bank, agency or other contract; give them (0 to 75)",
					"workers.csv row 8, column startdate: '31/02/2020' is not a date: write dates as 2025-04-01 (or"
							+ " 01/04/2025)",
					"workers.csv row 8, column conthours: '80' hours a week is more than 75, which ASC-WDS does not accept:"
							+ " check the figure",
					"workers.csv row 9, column uniqueworkerid: repeats row 2: the same worker, main job role and start date",
					"workers.csv row 10, column zerohrcont: '3' is not a ZEROHRCONT code: 1 (yes), 2 (no) or 999 (not known)",
					"workers.csv row 10, column mainjobrole: empty: every worker needs a MAINJOBROLE code"),
					summary.problems().stream().map(Object::toString).toList());
			assertEquals(8, summary.rowsRejected(), "every row but the first");
			assertEquals(0, test.store().rowCount(StoreTable.STAFF));
		}
	}

	@Test
	void aFileWithoutTheWorkerColumnsIsNamedAsSuch() throws Exception {
		Path file = write(temp, "workplaces.csv", "LOCALESTID,STATUS,ESTNAME,ADDRESS1,POSTCODE\nRIVERSIDE-ASC-01,NEW,"
				+ "Riverside Care,1 High St,SE1 7PB\n");
		try (TestStore test = TestStores.open(StoreMode.EMBEDDED, temp)) {
			ImportSummary summary = run(test.store(), ImportKind.ASC_WDS, file, ImportOptions.defaults());
			assertEquals(Outcome.REJECTED, summary.outcome());
			assertEquals("workplaces.csv row 1, column uniqueworkerid, startdate, emplstatus, mainjobrole, conthours,"
					+ " avghours: missing columns: the first row must name the columns localestid,uniqueworkerid,status,"
					+ "startdate,emplstatus,mainjobrole,conthours,avghours", summary.problems().get(0).toString());
		}
	}
}
