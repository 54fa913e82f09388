package org.intdesigner.workforce.imports;

import static org.intdesigner.workforce.imports.Imports.one;
import static org.intdesigner.workforce.imports.Imports.rows;
import static org.intdesigner.workforce.imports.Imports.run;
import static org.intdesigner.workforce.imports.Imports.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

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

/** establishment.csv, absence.csv and survey.csv: good files in both modes, each kind of bad row. */
class OtherKindsImportTest {

	static final String STAFF = StaffCsv.HEADER + "\nS1,pcn-north,gp,north-core,,0.8,2019-04-01,,\n"
			+ "9434765919,cht,dn,north-frailty,,1,2015-01-05,,\n";

	@TempDir
	Path temp;

	private void assertRejected(WorkforceStore store, ImportKind kind, String name, String content, String problem,
			StoreTable table) throws Exception {
		ImportSummary summary = run(store, kind, write(temp, name, content));
		assertEquals(Outcome.REJECTED, summary.outcome(), summary.toText());
		assertTrue(summary.problems().get(0).toString().startsWith(name + " " + problem), summary.toText());
		assertEquals(0, store.rowCount(table));
	}

	@ParameterizedTest
	@EnumSource(StoreMode.class)
	void establishmentPerOrganisationRoleAndMonth(StoreMode mode) throws Exception {
		try (TestStore test = TestStores.open(mode, temp)) {
			ImportSummary summary = run(test.store(), ImportKind.ESTABLISHMENT, write(temp, "establishment.csv",
					"org_id,role_id,month,planned_fte\npcn-north,gp,2025-04,2.5\npcn-north,gp,2025-05-01,3\ncht,dn,2025-04,12.25\n"));
			assertEquals(Outcome.IMPORTED, summary.outcome(), summary.toText());
			assertEquals(List.of("cht,dn,2025-04-01,12.250", "pcn-north,gp,2025-04-01,2.500", "pcn-north,gp,2025-05-01,3.000"),
					rows(test.store(), "SELECT ORG_ID, ROLE_ID, MONTH_START, PLANNED_FTE FROM WORKFORCE.ESTABLISHMENT"
							+ " ORDER BY ORG_ID, MONTH_START"));
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "pcn-north,gp,April 2025,2|row 3, column month: 'April 2025' is not a month",
			"pcn-north,gp,2025-04-02,2|row 3, column month: '2025-04-02' is not a month",
			"pcn-north,gp,2025-05,-2|row 3, column planned_fte: '-2' is negative",
			"pcn-north,gp,2025-04,3|row 3, column org_id: repeats row 2: the same organisation, role and month",
			"nowhere,gp,2025-05,3|row 3, column org_id: 'nowhere' is not the code of an organisation" })
	void badEstablishmentRows(String row, String problem) throws Exception {
		try (TestStore test = TestStores.open(StoreMode.EMBEDDED, temp)) {
			assertRejected(test.store(), ImportKind.ESTABLISHMENT, "establishment.csv",
					"org_id,role_id,month,planned_fte\npcn-north,gp,2025-04,2.5\n" + row + "\n", problem, StoreTable.ESTABLISHMENT);
		}
	}

	@ParameterizedTest
	@EnumSource(StoreMode.class)
	void absencesOfTheStoresStaffWithTheSamePseudonyms(StoreMode mode) throws Exception {
		try (TestStore test = TestStores.open(mode, temp)) {
			WorkforceStore store = test.store();
			assertTrue(run(store, ImportKind.STAFF, write(temp, "staff.csv", STAFF)).imported());
			ImportSummary summary = run(store, ImportKind.ABSENCE, write(temp, "absence.csv",
					"person_id,start_date,end_date\nS1,2025-05-01,2025-05-03\n943-476-5919,2025-06-10,\n"));
			assertEquals(Outcome.IMPORTED, summary.outcome(), summary.toText());
			assertEquals(1, summary.pseudonymised());
			assertEquals(List.of("cht", "pcn-north"), List.copyOf(new java.util.TreeSet<>(summary.partners().keySet())));
			String nurse = one(store, "SELECT PERSON_ID FROM WORKFORCE.STAFF WHERE ROLE_ID = 'dn'");
			assertTrue(nurse.matches("h[0-9a-f]{24}"), nurse);
			assertEquals(List.of("S1,2025-05-01,2025-05-03", nurse + ",2025-06-10,-"), rows(store,
					"SELECT PERSON_ID, START_DATE, END_DATE FROM WORKFORCE.ABSENCE ORDER BY START_DATE"));
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "S9,2025-05-01,|row 3, column person_id: 'S9' is not a person of the store's staff",
			"S1,2025-05-01,2025-04-01|row 3, column end_date: before the start date",
			"S1,2025-04-01,2025-04-02|row 3, column person_id: repeats row 2: the same person and start date",
			"S1,1 May 2025,|row 3, column start_date: '1 May 2025' is not a date" })
	void badAbsenceRows(String row, String problem) throws Exception {
		try (TestStore test = TestStores.open(StoreMode.EMBEDDED, temp)) {
			assertTrue(run(test.store(), ImportKind.STAFF, write(temp, "staff.csv", STAFF)).imported());
			assertRejected(test.store(), ImportKind.ABSENCE, "absence.csv",
					"person_id,start_date,end_date\nS1,2025-04-01,2025-04-01\n" + row + "\n", problem, StoreTable.ABSENCE);
		}
	}

	@ParameterizedTest
	@EnumSource(StoreMode.class)
	void surveyResponsesWithUnansweredQuestions(StoreMode mode) throws Exception {
		try (TestStore test = TestStores.open(mode, temp)) {
			ImportSummary summary = run(test.store(), ImportKind.SURVEY, write(temp, "survey.csv",
					"org_id,team_id,q1,q2,q3,q4,q5,q6,q7,q8,q9\npcn-north,north-core,5,4,4,3,3,,2,1,5\ncht,,1,1,1,1,1,1,1,1,1\n"
							+ "cht,,1,1,1,1,1,1,1,1,1\n"));
			assertEquals(Outcome.IMPORTED, summary.outcome(), summary.toText());
			assertEquals(List.of("cht,-,1,1,1,1,1,1,1,1,1", "cht,-,1,1,1,1,1,1,1,1,1", "pcn-north,north-core,5,4,4,3,3,-,2,1,5"),
					rows(test.store(), "SELECT ORG_ID, TEAM_ID, Q1, Q2, Q3, Q4, Q5, Q6, Q7, Q8, Q9 FROM"
							+ " WORKFORCE.SURVEY_RESPONSE ORDER BY ORG_ID, RESPONSE_ID"));
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "pcn-north,,5,4,4,3,6,3,2,1,5|row 3, column q5: '6' is not an answer: answers are 1 to 5",
			"pcn-north,,5,4,4,3,0,3,2,1,5|row 3, column q5: '0' is not an answer",
			"pcn-north,,5,4,4,3,yes,3,2,1,5|row 3, column q5: 'yes' is not an answer",
			"pcn-north,,,,,,,,,,|row 3, column q1: no answers",
			"pcn-north,north-nowhere,5,4,4,3,3,3,2,1,5|row 3, column team_id: 'north-nowhere' is not the code of a team" })
	void badSurveyRows(String row, String problem) throws Exception {
		try (TestStore test = TestStores.open(StoreMode.EMBEDDED, temp)) {
			assertRejected(test.store(), ImportKind.SURVEY, "survey.csv", "org_id,team_id,q1,q2,q3,q4,q5,q6,q7,q8,q9\n"
					+ "cht,,1,2,3,4,5,1,2,3,4\n" + row + "\n", problem, StoreTable.SURVEY_RESPONSE);
		}
	}

	@Test
	void absencesNeedTheirStaffFirst() throws Exception {
		try (TestStore test = TestStores.open(StoreMode.EMBEDDED, temp)) {
			ImportSummary summary = run(test.store(), ImportKind.ABSENCE, write(temp, "absence.csv",
					"person_id,start_date,end_date\nS1,2025-05-01,2025-05-03\n"));
			assertTrue(summary.problems().get(0).message().contains("import their staff.csv first"), summary.toText());
			assertEquals("absence,REJECTED", one(test.store(), "SELECT KIND, OUTCOME FROM WORKFORCE.IMPORT_LOG"));
		}
	}
}
