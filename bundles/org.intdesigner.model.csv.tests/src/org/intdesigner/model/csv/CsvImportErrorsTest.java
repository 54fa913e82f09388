package org.intdesigner.model.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input: every problem named by file, row and column, all at once, and nothing imported. */
class CsvImportErrorsTest {

	@TempDir
	Path temp;

	private List<String> problems(Path folder) {
		CsvImportException e = assertThrows(CsvImportException.class, () -> CsvImporter.importFolder(folder));
		assertTrue(e.getMessage().startsWith("Nothing was imported from " + folder), e.getMessage());
		return e.getProblems().stream().map(CsvProblem::toString).toList();
	}

	@Test
	void unknownIdsAreListedAllAtOnce() throws IOException {
		Path folder = PlannerFolder.write(temp);
		PlannerFolder.file(folder, "posts.csv", """
				id,role_id,employer_id,fte,band,holder,line_manager_id,supervisor_id
				S1,R1,O1,1,,Dr A. Example,,
				S2,R9,O7,0.8,4,B. Example,S1,S1
				S3,R2,O2,1.0,4,,S8,
				""");
		List<String> problems = problems(folder);
		assertTrue(problems.contains("posts.csv row 3, column role_id: no Role has the id 'R9'"), problems.toString());
		assertTrue(problems.contains("posts.csv row 3, column employer_id: no Organisation has the id 'O7'"), problems.toString());
		assertTrue(problems.contains("posts.csv row 4, column line_manager_id: no Post has the id 'S8'"), problems.toString());
		assertEquals(3, problems.size(), problems.toString());
	}

	@Test
	void badValuesSayWhatWouldBeValid() throws IOException {
		Path folder = PlannerFolder.write(temp);
		PlannerFolder.file(folder, "teams.csv", """
				id,name,kind,parent_team_id,area_id,host_id,lead_post_id
				T1,Riverside North core team,squad,,N1,O1,S1
				""");
		PlannerFolder.file(folder, "roles.csv", """
				id,name,profession,sector,clinical,new_role,arrs
				R1,GP,Medicine,general_practice,yes,false,false
				R2,Link worker,,general_practice,false,true,true
				""");
		PlannerFolder.file(folder, "allocations.csv", """
				post_id,team_id,fte
				S2,T1,half
				""");
		List<String> problems = problems(folder);
		assertTrue(problems.contains("teams.csv row 2, column kind: 'squad' is not one of: core, mdt, specialist,"
				+ " wider_partner, enabling"), problems.toString());
		assertTrue(problems.contains("roles.csv row 2, column clinical: 'yes' is not true or false"), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.startsWith("allocations.csv row 2, column fte: 'half' is not a number")),
				problems.toString());
	}

	@Test
	void textAModelCannotKeepIsRefusedWithItsPlace() throws IOException {
		// found by fuzzing (issue #15): a control character came in, and the model could then not be saved
		Path folder = PlannerFolder.write(temp);
		PlannerFolder.file(folder, "organisations.csv", "id,name,sector,cost\u0007centre\n"
				+ "O1,Riverside\u000BPCN,general_practice,CC1\nO2,Riverside Council,social_care,\n");
		List<String> problems = problems(folder);
		assertEquals(List.of("organisations.csv row 1: a column name holds the control character U+0007 (character 5), which a"
				+ " model cannot keep: remove it", "organisations.csv row 2, column name: holds the control character U+000B"
						+ " (character 10), which a model cannot keep: remove it"), problems);
	}

	@Test
	void textAfterAClosingQuoteNamesTheLine() throws IOException {
		// found by fuzzing (issue #15): the problem showed "org.apache.commons.csv.CSVException: Invalid character ..."
		Path folder = PlannerFolder.write(temp);
		PlannerFolder.file(folder, "roles.csv", """
				id,name,profession,sector,clinical,new_role,arrs
				R1,"GP" with extended role,Medicine,general_practice,true,false,false
				R2,Social prescribing link worker,,general_practice,FALSE,true,true
				""");
		List<String> problems = problems(folder);
		assertEquals(List.of("roles.csv: not valid CSV: line 2: a quoted cell goes on after its closing quote; put the whole"
				+ " cell in quotes and write each quote inside it twice (\"\"); save it again as CSV UTF-8"), problems);
	}

	@Test
	void aMissingColumnNamesTheFileAndColumn() throws IOException {
		Path folder = PlannerFolder.write(temp);
		PlannerFolder.file(folder, "organisations.csv", """
				id,name
				O1,Riverside PCN
				""");
		List<String> problems = problems(folder);
		assertTrue(problems.get(0).startsWith("organisations.csv row 1, column sector: missing column(s)"), problems.toString());
	}

	@Test
	void anIdUsedTwiceAcrossFilesIsAnError() throws IOException {
		Path folder = PlannerFolder.write(temp);
		PlannerFolder.file(folder, "accountabilities.csv", """
				id,name,kind,team_id
				T1,Discharge,care_function,T1
				""");
		List<String> problems = problems(folder);
		assertTrue(problems.contains("accountabilities.csv row 2, column id: the id 'T1' is already used in teams.csv row 2;"
				+ " ids must be unique across all the files"), problems.toString());
	}

	@Test
	void aTeamInsideItsOwnSubTeamIsALoop() throws IOException {
		Path folder = PlannerFolder.write(temp);
		PlannerFolder.file(folder, "teams.csv", """
				id,name,kind,parent_team_id,area_id,host_id,lead_post_id
				T1,Core,core,T2,N1,O1,S1
				T2,Frailty MDT,mdt,T1,N1,O1,S1
				""");
		List<String> problems = problems(folder);
		assertTrue(problems.stream().anyMatch(p -> p.startsWith("teams.csv row 2: it is inside itself")), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.startsWith("teams.csv row 3: it is inside itself")), problems.toString());
	}

	@Test
	void aQuoteLeftOpenIsReportedForItsFile() throws IOException {
		Path folder = PlannerFolder.write(temp);
		PlannerFolder.file(folder, "roles.csv", """
				id,name,profession,sector,clinical,new_role,arrs
				R1,"GP with extended role,Medicine,general_practice,true,false,false
				R2,Link worker,,general_practice,false,true,true
				""");
		// the line the quote opened on, not where parsing gave up; and no "no Role has the id R1" for posts.csv
		assertEquals(List.of("roles.csv row 2: a quote opens a cell here and is never closed: close it (\"\") or remove"
				+ " it; the file cannot be read past it"), problems(folder));
	}

	@Test
	void aMissingColumnIsReportedOnceWithoutFollowOnProblems() throws IOException {
		Path folder = PlannerFolder.write(temp);
		PlannerFolder.file(folder, "posts.csv", """
				id,role_id,employer_id,fte,band,line_manager_id,supervisor_id
				S1,R1,O1,1,,,
				S2,R2,O2,0.8,4,S1,S1
				S3,R2,O2,1.0,4,S1,
				""");
		// teams.csv, allocations.csv and raci.csv refer to S1 and S2: none of that is a problem of its own
		assertEquals(List.of("posts.csv row 1, column holder: missing column(s); the first row must name the columns id,"
				+ " role_id, employer_id, fte, band, holder, line_manager_id, supervisor_id"), problems(folder));
	}

	@Test
	void aRaciPartyMustBeAPostRoleTeamOrOrganisation() throws IOException {
		Path folder = PlannerFolder.write(temp);
		PlannerFolder.file(folder, "raci.csv", """
				accountability_id,party_id,code
				A1,N1,A
				A1,S2,X
				""");
		List<String> problems = problems(folder);
		assertTrue(problems.contains("raci.csv row 2, column party_id: 'N1' is an Area, but this column needs a Party"),
				problems.toString());
		assertTrue(problems.contains("raci.csv row 3, column code: 'X' is not one of: R, A, S, C, I"), problems.toString());
	}

	@Test
	void aFileThatIsNotUtf8IsNamed() throws IOException {
		Path folder = PlannerFolder.write(temp);
		java.nio.file.Files.write(folder.resolve("organisations.csv"),
				"id,name,sector\nO1,Caf\u00e9 PCN,general_practice\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
		List<String> problems = problems(folder);
		assertTrue(problems.contains("organisations.csv row 2: column 7 holds a byte that is not UTF-8: the file is not UTF-8"
				+ " text; save it again as \"CSV UTF-8\""), problems.toString());
	}
}
