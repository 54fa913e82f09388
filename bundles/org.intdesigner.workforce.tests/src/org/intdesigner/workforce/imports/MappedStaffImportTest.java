package org.intdesigner.workforce.imports;

import static org.intdesigner.workforce.imports.Imports.CHECKED;
import static org.intdesigner.workforce.imports.Imports.rows;
import static org.intdesigner.workforce.imports.Imports.run;
import static org.intdesigner.workforce.imports.Imports.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.intdesigner.workforce.imports.ImportSummary.Outcome;
import org.intdesigner.workforce.store.StoreMode;
import org.intdesigner.workforce.store.StoreTable;
import org.intdesigner.workforce.store.TestStores;
import org.intdesigner.workforce.store.TestStores.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** mapped-staff: an ESR-shaped staff in post extract with a mapping of its columns, and bad mappings. */
class MappedStaffImportTest {

	/** As an ESR staff in post report exports it: its own headers, dates as 01-Apr-2019, extra columns. */
	static final String ESR = """
			Assignment Number,Employee Number,Organisation,Position Title,Staff Group,FTE,Assignment Start Date,Termination Date,Leaving Reason,Assignment Status
			12345678-2,12345678,RYX Central Community Trust,District Nursing Sister,Nursing and Midwifery Registered,1.0000,01-Apr-2019,,,Active Assignment
			23456789,9434765919,RYX Central Community Trust,Community Staff Nurse,Nursing and Midwifery Registered,0.8000,15-JAN-2021,31-Mar-2024,Voluntary Resignation - Work Life Balance,Inactive Assignment
			34567890,34567890,North PCN (U12345),Salaried GP,Medical and Dental,0.6000,03-May-2022,,,Active Assignment
			""";

	static final String MAPPING = """
			{
			  "columns": { "person_id": "Employee Number", "org_id": "Organisation", "role_id": "Position Title",
			               "fte": "FTE", "start_date": "Assignment Start Date", "end_date": "Termination Date",
			               "leaving_reason": "Leaving Reason" },
			  "dateFormat": "dd-MMM-yyyy",
			  "values": {
			    "org_id": { "RYX Central Community Trust": "cht", "North PCN (U12345)": "pcn-north" },
			    "role_id": { "District Nursing Sister": "dn", "Community Staff Nurse": "dn", "Salaried GP": "gp" },
			    "leaving_reason": { "Voluntary Resignation - Work Life Balance": "work-life balance" }
			  }
			}
			""";

	@TempDir
	Path temp;

	private ImportSummary importEsr(TestStore test, String file, String mapping) throws IOException {
		return run(test.store(), ImportKind.MAPPED_STAFF, write(temp, "esr-staff-in-post.csv", file),
				CHECKED.withMapping(ImportInput.of(write(temp, "esr-mapping.json", mapping))));
	}

	@Test
	void anEsrExtractImportsThroughItsMapping() throws Exception {
		try (TestStore test = TestStores.open(StoreMode.EMBEDDED, temp)) {
			ImportSummary summary = importEsr(test, ESR, MAPPING);
			assertEquals(Outcome.IMPORTED, summary.outcome(), summary.toText());
			assertEquals("mapped-staff", summary.kind().id());
			assertTrue(summary.notes().contains("columns mapped by esr-mapping.json"), summary.toText());
			assertEquals(1, summary.pseudonymised(), "the NHS number is pseudonymised, the ESR numbers kept");
			List<String> stored = rows(test.store(), "SELECT PERSON_ID, ORG_ID, ROLE_ID, FTE, START_DATE, END_DATE,"
					+ " LEAVING_REASON FROM WORKFORCE.STAFF ORDER BY START_DATE");
			assertEquals(3, stored.size());
			assertEquals("12345678,cht,dn,1.000,2019-04-01,-,-", stored.get(0));
			assertTrue(stored.get(1).matches("h[0-9a-f]{24},cht,dn,0.800,2021-01-15,2024-03-31,work-life balance"), stored.get(1));
			assertEquals("34567890,pcn-north,gp,0.600,2022-05-03,-,-", stored.get(2));
		}
	}

	@Test
	void contractedHoursBecomeFte() throws Exception {
		try (TestStore test = TestStores.open(StoreMode.EMBEDDED, temp)) {
			String file = "Staff No,Employer,Job,Weekly Hours,Start\nP1,cht,dn,30,2020-06-01\nP2,cht,dn,37.5,2020-06-01\n";
			String mapping = """
					{ "columns": { "person_id": "Staff No", "org_id": "Employer", "role_id": "Job", "fte": "Weekly Hours",
					  "start_date": "Start" }, "fteHours": 37.5 }""";
			ImportSummary summary = importEsr(test, file, mapping);
			assertEquals(Outcome.IMPORTED, summary.outcome(), summary.toText());
			assertEquals(List.of("P1,0.800", "P2,1.000"), rows(test.store(), "SELECT PERSON_ID, FTE FROM WORKFORCE.STAFF"
					+ " ORDER BY PERSON_ID"));
		}
	}

	@Test
	void anUnknownStaffColumnInTheMappingImportsNothing() throws Exception {
		try (TestStore test = TestStores.open(StoreMode.EMBEDDED, temp)) {
			ImportSummary summary = importEsr(test, ESR, MAPPING.replace("\"fte\": \"FTE\"", "\"fte\": \"FTE\", \"band\": \"Grade\""));
			assertEquals(Outcome.REJECTED, summary.outcome(), summary.toText());
			assertEquals("esr-mapping.json column band: not a staff column: map headers onto person_id, org_id, role_id,"
					+ " team_id, post_id, fte, start_date, end_date, leaving_reason", summary.problems().get(0).toString());
			assertEquals(0, test.store().rowCount(StoreTable.STAFF));
		}
	}

	@Test
	void aHeaderTheFileDoesNotHaveImportsNothing() throws Exception {
		try (TestStore test = TestStores.open(StoreMode.EMBEDDED, temp)) {
			ImportSummary summary = importEsr(test, ESR.replace("Position Title", "Job Title"), MAPPING);
			assertEquals(Outcome.REJECTED, summary.outcome(), summary.toText());
			String problem = summary.problems().get(0).toString();
			assertTrue(problem.startsWith("esr-mapping.json column role_id: the header 'Position Title' is not in"
					+ " esr-staff-in-post.csv"), problem);
			assertTrue(problem.contains("job title") && problem.contains("correct the mapping or the file"), problem);
			assertEquals(0, test.store().rowCount(StoreTable.STAFF));
		}
	}

	@Test
	void rowProblemsNameTheFilesOwnHeaders() throws Exception {
		try (TestStore test = TestStores.open(StoreMode.EMBEDDED, temp)) {
			ImportSummary summary = importEsr(test, ESR.replace("03-May-2022", "2022-05-03").replace("0.8000", "\"0,8\""),
					MAPPING);
			assertEquals(Outcome.REJECTED, summary.outcome(), summary.toText());
			assertEquals(List.of("esr-staff-in-post.csv row 3, column FTE (fte): '0,8' is not a number (write 0.8, with a point)",
					"esr-staff-in-post.csv row 4, column Assignment Start Date (start_date): '2022-05-03' is not a date"
							+ " written as dd-MMM-yyyy (the mapping's dateFormat)"),
					summary.problems().stream().map(ImportProblem::toString).toList());
			assertEquals(0, test.store().rowCount(StoreTable.STAFF));
		}
	}

	@Test
	void aMappingIsNeededAndGoesWithMappedStaffOnly() throws Exception {
		try (TestStore test = TestStores.open(StoreMode.EMBEDDED, temp)) {
			Path file = write(temp, "esr.csv", ESR);
			ImportSummary none = run(test.store(), ImportKind.MAPPED_STAFF, file, CHECKED);
			assertEquals(Outcome.REJECTED, none.outcome());
			assertTrue(none.problems().get(0).message().startsWith("a mapped-staff file needs its mapping file"), none.toText());
			ImportSummary notJson = importEsr(test, ESR, "[\"person_id\", \"Employee Number\"]");
			assertEquals(Outcome.REJECTED, notJson.outcome());
			assertTrue(notJson.problems().get(0).toString().startsWith("esr-mapping.json: not a mapping"), notJson.toText());
			ImportSummary staff = run(test.store(), ImportKind.STAFF, file,
					CHECKED.withMapping(ImportInput.of(write(temp, "m.json", MAPPING))));
			assertEquals(Outcome.REJECTED, staff.outcome());
			assertEquals("m.json: a mapping file goes with a mapped-staff file only, not with a staff file",
					staff.problems().get(0).toString());
			assertEquals(0, test.store().rowCount(StoreTable.STAFF));
		}
	}
}
