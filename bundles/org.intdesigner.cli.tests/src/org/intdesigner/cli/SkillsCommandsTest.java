package org.intdesigner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** ./intd skills and ./intd training-plan, in process, on the example place and its workforce store. */
class SkillsCommandsTest {

	@TempDir
	Path temp;

	private Path example;
	private String db;

	@BeforeEach
	void example() {
		assertEquals(0, CliRun.of("example", temp.toString()).exitCode());
		example = temp.resolve("riverside.intd");
		db = temp.resolve("db").toString();
		CliRun staff = CliRun.of("import-workforce", "staff", temp.resolve("workforce/staff.csv").toString(), "--db", db);
		assertEquals(0, staff.exitCode(), staff.err());
	}

	/** The JSON keys are a contract: other tools read them. */
	@Test
	void skillsJsonKeepsItsContract() {
		CliRun run = CliRun.of("skills", example.toString(), "--db", db, "--by", "neighbourhood", "--format", "json");
		assertEquals(0, run.exitCode(), run.err());
		JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
		JsonArray rows = root.getAsJsonArray("rows");
		JsonObject north = null;
		for (int i = 0; i < rows.size(); i++) {
			JsonObject row = rows.get(i).getAsJsonObject();
			for (String key : List.of("unit", "requirements", "met", "sufficiency", "singlePoints", "expiring")) {
				assertTrue(row.has(key), key + " in " + row);
			}
			if ("Riverside North".equals(row.get("unit").getAsString())) {
				north = row;
			}
		}
		assertTrue(north != null, "a row for the neighbourhood Riverside North: " + rows);
		assertEquals(north.get("met").getAsDouble() * 100 / north.get("requirements").getAsDouble(),
				north.get("sufficiency").getAsDouble(), 1e-9);
		assertTrue(root.has("generalist"));
		assertEquals("neighbourhood", root.get("by").getAsString());
	}

	@Test
	void withoutAssessmentsThePostsAsDesignedAreCheckedAndSaidSo() {
		CliRun run = CliRun.of("skills", example.toString(), "--db", db);
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().startsWith("Skill sufficiency on "), run.out());
		assertTrue(run.out().contains("from posts as designed (no assessments loaded)"), run.out());
		assertTrue(run.out().contains("Riverside North frailty MDT"), run.out());
	}

	@Test
	void usageMistakesAreNamed() {
		CliRun by = CliRun.of("skills", example.toString(), "--db", db, "--by", "galaxy");
		assertEquals(2, by.exitCode());
		assertEquals("Unknown grouping 'galaxy': use team, neighbourhood, place, organisation or role.\n", by.err());
		CliRun day = CliRun.of("skills", example.toString(), "--db", db, "--day", "31/03/2026");
		assertEquals(2, day.exitCode());
		assertTrue(day.err().contains("--day 31/03/2026 is not a date: write it as YYYY-MM-DD"), day.err());
		CliRun days = CliRun.of("training-plan", example.toString(), "--db", db, "--expiring-days", "-5");
		assertEquals(2, days.exitCode());
		assertTrue(days.err().contains("--expiring-days must be 0 or more"), days.err());
		CliRun format = CliRun.of("training-plan", example.toString(), "--db", db, "--format", "pdf");
		assertEquals(2, format.exitCode());
		CliRun store = CliRun.of("skills", example.toString(), "--db", temp.resolve("nowhere").toString());
		assertEquals(2, store.exitCode());
		assertTrue(store.err().contains("holds no workforce store"), store.err());
	}

	@Test
	void theTrainingPlanIsWrittenAsAWorkbookOrCsvFiles() throws IOException {
		Path workbook = temp.resolve("plan.xlsx");
		CliRun run = CliRun.of("training-plan", example.toString(), "--db", db, "--out", workbook.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().startsWith("Training plan on "), run.out());
		assertTrue(run.out().contains("\nTraining needs ("), run.out());
		assertTrue(run.out().contains("\nCommunities of practice ("), run.out());
		assertEquals("", run.err());
		byte[] zip = Files.readAllBytes(workbook);
		assertEquals('P', zip[0], "an xlsx file is a zip");
		assertEquals('K', zip[1]);
		Path csv = temp.resolve("plan.csv");
		CliRun csvRun = CliRun.of("training-plan", example.toString(), "--db", db, "--out", csv.toString(), "--format", "csv");
		assertEquals(0, csvRun.exitCode(), csvRun.err());
		assertTrue(csvRun.out().startsWith("team,capability,level,people needed,holders,short by,learners,course,provider,"
				+ "hours,cost,advice"), csvRun.out());
		for (String file : List.of("plan.csv", "plan-cohorts.csv", "plan-rotations.csv", "plan-communities-of-practice.csv",
				"plan-hours-by-role.csv")) {
			assertTrue(Files.isRegularFile(temp.resolve(file)), file);
		}
		assertEquals(csvRun.out(), Files.readString(csv), "the file holds what the command printed");
	}

	@Test
	void trainingPlanJsonHasEveryTable() {
		CliRun run = CliRun.of("training-plan", example.toString(), "--db", db, "--format", "json");
		assertEquals(0, run.exitCode(), run.err());
		JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
		for (String key : List.of("trainingNeeds", "cohorts", "rotations", "communitiesOfPractice", "hoursByRole", "totalHours",
				"totalCost", "basis", "day")) {
			assertTrue(root.has(key), key + " in " + root.keySet());
		}
	}
}
