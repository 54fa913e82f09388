package org.intdesigner.workforce.imports;

import static org.intdesigner.workforce.imports.Imports.CHECKED;
import static org.intdesigner.workforce.imports.Imports.rows;
import static org.intdesigner.workforce.imports.Imports.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
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

/** survey.csv with a questions file: the further answers and questions, bad questions files and answers, all or nothing. */
class SurveyQuestionsImportTest {

	static final String QUESTIONS = "column,question,theme\ngoals,I understand the goals of my INT,alignment\n"
			+ "Pride, I am proud of my team ,SATISFACTION\n";
	static final String SURVEY = "org_id,team_id,q1,q2,q3,q4,q5,q6,q7,q8,q9,goals,pride,comments\n"
			+ "pcn-north,north-core,5,4,4,3,3,,2,1,5,4,5,all fine\n"
			+ "cht,,1,1,1,1,1,1,1,1,1,,2,\n"
			+ "cht,,,,,,,,,,,3,,\n";

	@TempDir
	Path temp;

	private ImportSummary survey(WorkforceStore store, String survey, String questions, ImportOptions options)
			throws IOException {
		ImportOptions withQuestions = options.withQuestions(ImportInput.of(write(temp, "questions.csv", questions)));
		return WorkforceImporter.importFile(store, ImportKind.SURVEY, write(temp, "survey.csv", survey), withQuestions,
				new NullProgressMonitor());
	}

	private static void assertNothing(WorkforceStore store) throws Exception {
		for (StoreTable table : List.of(StoreTable.SURVEY_RESPONSE, StoreTable.SURVEY_QUESTION, StoreTable.SURVEY_ANSWER)) {
			assertEquals(0, store.rowCount(table), table + ": all or nothing");
		}
	}

	@ParameterizedTest
	@EnumSource(StoreMode.class)
	void furtherAnswersByResponseRowAndTheQuestions(StoreMode mode) throws Exception {
		try (TestStore test = TestStores.open(mode, temp)) {
			WorkforceStore store = test.store();
			ImportSummary summary = survey(store, SURVEY, QUESTIONS, CHECKED);
			assertEquals(Outcome.IMPORTED, summary.outcome(), summary.toText());
			assertEquals(3, summary.rowsImported(), "responses");
			assertTrue(summary.notes().contains("4 answers to 2 further questions (questions.csv)"), summary.toText());
			assertEquals(List.of("goals,I understand the goals of my INT,alignment", "pride,I am proud of my team,satisfaction"),
					rows(store, "SELECT QUESTION_ID, QUESTION_TEXT, THEME FROM WORKFORCE.SURVEY_QUESTION ORDER BY QUESTION_ID"));
			assertEquals(List.of("2,pcn-north,north-core,goals,4", "2,pcn-north,north-core,pride,5", "3,cht,-,pride,2",
					"4,cht,-,goals,3"), rows(store, "SELECT RESPONSE_NO, ORG_ID, TEAM_ID, QUESTION_ID, ANSWER FROM"
							+ " WORKFORCE.SURVEY_ANSWER ORDER BY RESPONSE_NO, QUESTION_ID"));
			assertEquals(List.of("cht,-,-"), rows(store, "SELECT ORG_ID, Q1, Q9 FROM WORKFORCE.SURVEY_RESPONSE WHERE Q1 IS NULL"),
					"a response that answered only a further question");

			ImportSummary next = survey(store, "org_id,team_id,q1,q2,q3,q4,q5,q6,q7,q8,q9,goals\ncht,,2,2,2,2,2,2,2,2,2,1\n",
					"column,question,theme\ngoals,I know what my INT is for,alignment\n", CHECKED);
			assertTrue(next.imported(), next.toText());
			assertEquals(List.of("goals,I know what my INT is for", "pride,I am proud of my team"), rows(store,
					"SELECT QUESTION_ID, QUESTION_TEXT FROM WORKFORCE.SURVEY_QUESTION ORDER BY QUESTION_ID"), "wording updated");
			assertEquals(5, store.rowCount(StoreTable.SURVEY_ANSWER));
		}
	}

	@Test
	void withoutAQuestionsFileFurtherColumnsAreNotRead() throws Exception {
		try (TestStore test = TestStores.open(StoreMode.EMBEDDED, temp)) {
			ImportSummary summary = WorkforceImporter.importFile(test.store(), ImportKind.SURVEY,
					write(temp, "survey.csv", SURVEY.replace("cht,,,,,,,,,,,3,,\n", "")), CHECKED, new NullProgressMonitor());
			assertTrue(summary.imported(), summary.toText());
			assertEquals(2, test.store().rowCount(StoreTable.SURVEY_RESPONSE));
			assertEquals(0, test.store().rowCount(StoreTable.SURVEY_ANSWER));
		}
	}

	@Test
	void replacingASurveyReplacesItsFurtherAnswers() throws Exception {
		try (TestStore test = TestStores.open(StoreMode.EMBEDDED, temp)) {
			WorkforceStore store = test.store();
			assertTrue(survey(store, SURVEY, QUESTIONS, CHECKED).imported());
			ImportSummary replaced = survey(store, "org_id,team_id,q1,q2,q3,q4,q5,q6,q7,q8,q9,goals,pride\n"
					+ "cht,,2,2,2,2,2,2,2,2,2,5,5\n", QUESTIONS, CHECKED.withReplace(true));
			assertTrue(replaced.imported(), replaced.toText());
			assertEquals(List.of("2,pcn-north,goals,4", "2,pcn-north,pride,5", "2,cht,goals,5", "2,cht,pride,5"),
					rows(store, "SELECT RESPONSE_NO, ORG_ID, QUESTION_ID, ANSWER FROM WORKFORCE.SURVEY_ANSWER"
							+ " ORDER BY IMPORT_ID, QUESTION_ID"), "cht's earlier answers went with its responses");
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"column,question,theme\\ngoals,I understand the goals,happiness"
					+ "|questions.csv row 2, column theme: 'happiness' is not a theme: a further question measures one of"
					+ " satisfaction, improvement, productivity, alignment",
			"column,question,theme\\ngoals,I understand the goals,alignment\\nGOALS,Again,alignment"
					+ "|questions.csv row 3, column column: 'goals' repeats row 2: each survey column holds one question",
			"column,question,theme\\nq3,I understand the goals,alignment"
					+ "|questions.csv row 2, column column: 'q3' is one of the survey's own columns",
			"column,question,theme\\ngoals,,alignment|questions.csv row 2, column question: empty",
			"column,question,theme\\ngoals,I understand the goals,|questions.csv row 2, column theme: empty",
			"column,question\\ngoals,I understand the goals|questions.csv row 1, column theme: missing column",
			"column,question,theme|questions.csv: names no questions",
			"column,question,theme\\nmood,How do you feel,satisfaction|survey.csv row 1, column mood: the questions file"
					+ " questions.csv names this column (its row 2), but the survey has no such column" })
	void badQuestionsFilesRejectTheSurvey(String questions, String problem) throws Exception {
		try (TestStore test = TestStores.open(StoreMode.EMBEDDED, temp)) {
			ImportSummary summary = survey(test.store(), SURVEY, questions.replace("\\n", "\n") + "\n", CHECKED);
			assertEquals(Outcome.REJECTED, summary.outcome(), summary.toText());
			assertTrue(summary.problems().get(0).toString().startsWith(problem), summary.toText());
			assertNothing(test.store());
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "cht,,1,1,1,1,1,1,1,1,1,6,2|survey.csv row 3, column goals: '6' is not an answer:"
			+ " answers are 1 to 5", "cht,,1,1,1,1,1,1,1,1,1,,yes|survey.csv row 3, column pride: 'yes' is not an answer",
			"cht,,,,,,,,,,,,|survey.csv row 3, column q1: no answers: a response answers at least one of q1 to q9 or of the"
					+ " further questions" })
	void badFurtherAnswersRejectTheSurvey(String row, String problem) throws Exception {
		try (TestStore test = TestStores.open(StoreMode.EMBEDDED, temp)) {
			ImportSummary summary = survey(test.store(), "org_id,team_id,q1,q2,q3,q4,q5,q6,q7,q8,q9,goals,pride\n"
					+ "pcn-north,,5,4,4,3,3,,2,1,5,4,5\n" + row + "\n", QUESTIONS, CHECKED);
			assertEquals(Outcome.REJECTED, summary.outcome(), summary.toText());
			assertTrue(summary.problems().get(0).toString().startsWith(problem), summary.toText());
			assertNothing(test.store());
		}
	}

	@Test
	void aQuestionsFileGoesWithASurveyOnly() throws Exception {
		try (TestStore test = TestStores.open(StoreMode.EMBEDDED, temp)) {
			ImportSummary summary = WorkforceImporter.importFile(test.store(), ImportKind.STAFF, write(temp, "staff.csv",
					OtherKindsImportTest.STAFF), CHECKED.withQuestions(ImportInput.of(write(temp, "questions.csv", QUESTIONS))),
					new NullProgressMonitor());
			assertEquals(Outcome.REJECTED, summary.outcome(), summary.toText());
			assertEquals("questions.csv: a questions file goes with a survey file only, not with a staff file",
					summary.problems().get(0).toString());
			assertEquals(0, test.store().rowCount(StoreTable.STAFF));
		}
	}
}
