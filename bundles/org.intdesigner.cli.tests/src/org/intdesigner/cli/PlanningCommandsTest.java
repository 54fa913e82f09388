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

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** ./intd wisn and ./intd plan, in process, on the example place and on CSV folders a planner writes. */
class PlanningCommandsTest {

	@TempDir
	Path temp;

	private Path example;

	@BeforeEach
	void example() {
		assertEquals(0, CliRun.of("example", temp.toString()).exitCode());
		example = temp.resolve("riverside.intd");
	}

	@Test
	void wisnPrintsEveryStudyInEveryNeighbourhood() {
		CliRun run = CliRun.of("wisn", example.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertEquals("", run.err());
		assertTrue(run.out().startsWith("District nursing, each neighbourhood: District nurse in Riverside North\n"
				+ "  available working time 210 days, 1575 hours a year\n"
				+ "  home visit: standard workload 2100 a year, 3.38 staff\n"), run.out());
		assertEquals(16, run.out().split("\n\n").length, "4 studies x 4 neighbourhoods");
	}

	/** The JSON keys are a contract: other tools read them. */
	@Test
	void wisnJsonKeepsItsContract() {
		CliRun run = CliRun.of("wisn", temp.resolve("riverside-csv").toString(), "--format", "json");
		assertEquals(0, run.exitCode(), run.err());
		JsonObject study = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("studies").get(0).getAsJsonObject();
		for (String key : List.of("id", "name", "awtDays", "awtHours", "activities", "healthServiceStaff",
				"categoryAllowancePercent", "categoryAllowanceFactor", "individualAllowanceFactor", "requiredStaff",
				"currentStaff", "difference", "ratio")) {
			assertTrue(study.has(key), key + " in " + study);
		}
		JsonObject activity = study.getAsJsonArray("activities").get(0).getAsJsonObject();
		assertEquals(List.of("activity", "standardWorkload", "staff"), List.copyOf(activity.keySet()));
		assertEquals(1575.0, study.get("awtHours").getAsDouble());
		assertEquals(4.351640211640212, study.get("healthServiceStaff").getAsDouble(), 1e-12, "unrounded");
	}

	@Test
	void theBurmenStudyFromCsvFiles() throws IOException {
		Path folder = Files.createDirectories(temp.resolve("clinic"));
		write(folder, "roles.csv", "id,name,profession,sector,clinical,new_role,arrs", "clin,Clinician,,,true,false,false");
		write(folder, "teams.csv", "id,name,kind,parent_team_id,area_id,host_id,lead_post_id", "hiv,HIV clinic,core,,,,");
		write(folder, "wisn_studies.csv", "id,name,role_id,unit_id,working_days,public_holidays,annual_leave,sick_leave,"
				+ "other_leave,hours_per_day,current_staff", "s1,Clinicians,clin,hiv,260,11,30,10,30,8,12");
		write(folder, "wisn_service.csv", "study_id,activity,unit_minutes,rate_per_hour,annual_workload",
				"s1,clinician visit,15,,100000");
		CliRun run = CliRun.of("wisn", folder.toString(), "--format", "json");
		assertEquals(0, run.exitCode(), run.err());
		JsonObject study = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("studies").get(0).getAsJsonObject();
		assertEquals(179, study.get("awtDays").getAsDouble());
		assertEquals(17.46, study.get("requiredStaff").getAsDouble(), 0.005);
		assertEquals(12 - 100_000.0 / 5728, study.get("difference").getAsDouble(), 1e-9);
	}

	@Test
	void aStudyWithAllowancesOf100PercentIsNamedWithItsRowAndTheOthersComputed() throws IOException {
		Path folder = temp.resolve("riverside-csv");
		List<String> lines = Files.readAllLines(folder.resolve("wisn_category_allowances.csv"));
		String[] first = lines.get(1).split(",", -1);
		first[2] = "98"; // 98 % + 1 hour a week + 30 hours a year: over 100 %
		lines.set(1, String.join(",", first));
		Files.write(folder.resolve("wisn_category_allowances.csv"), lines);
		CliRun run = CliRun.of("wisn", folder.toString());
		assertEquals(1, run.exitCode(), run.err());
		assertTrue(run.err().startsWith("WISN study 'District nursing, each neighbourhood' (" + folder.resolve("wisn_studies.csv")
				+ ":2) was not computed: the category allowances total 102.571 %") && run.err().contains("% of working time"), run.err());
		assertTrue(!run.out().contains("District nursing") && run.out().contains("Care coordination"), run.out());
	}

	@Test
	void badRowsInThePlanningFilesAreRefusedWithFileRowAndColumn() throws IOException {
		Path folder = temp.resolve("riverside-csv");
		replaceCell(folder.resolve("wisn_service.csv"), 1, 3, "2"); // a rate beside the unit time
		replaceCell(folder.resolve("supply.csv"), 1, 3, "120"); // leaver rate
		CliRun run = CliRun.of("wisn", folder.toString());
		assertEquals(2, run.exitCode(), run.err());
		assertTrue(run.err().contains("wisn_service.csv row 2, column unit_minutes, rate_per_hour: more than one of"
				+ " unit_minutes, rate_per_hour is filled: fill exactly one of them"), run.err());
		assertTrue(run.err().contains("supply.csv row 2, column leaver_rate: '120' is not a rate: give 0 to 100"), run.err());
	}

	@Test
	void planRanksTheGapsAndWritesItsJsonContract() {
		CliRun text = CliRun.of("plan", example.toString(), "--db", temp.resolve("no-store").toString());
		assertEquals(2, text.exitCode(), "a store named but missing is an error, not an empty store: " + text.err());
		CliRun run = CliRun.of("plan", example.toString(), "--format", "json", "--years", "3");
		assertEquals(0, run.exitCode(), run.err());
		JsonObject row = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("rows").get(1).getAsJsonObject();
		for (String key : List.of("role", "unit", "year", "need", "supply", "supplyP10", "supplyP90", "gap")) {
			assertTrue(row.has(key), key + " in " + row);
		}
		assertEquals("District nurse", row.get("role").getAsString());
		assertEquals(1, row.get("year").getAsInt());
		assertEquals(row.get("need").getAsDouble() - row.get("supply").getAsDouble(), row.get("gap").getAsDouble(), 1e-9);
		assertTrue(row.get("supplyP10").getAsDouble() < row.get("supply").getAsDouble()
				&& row.get("supply").getAsDouble() < row.get("supplyP90").getAsDouble(), row.toString());
		CliRun again = CliRun.of("plan", example.toString(), "--format", "json", "--years", "3");
		assertEquals(run.out(), again.out(), "the same seed, the same bands");
	}

	@Test
	void planTakesTheStartAndLeaverRateFromTheStoreWhenTheModelLeavesThemEmpty() throws IOException {
		Path folder = temp.resolve("riverside-csv");
		replaceCell(folder.resolve("supply.csv"), 1, 2, ""); // start_fte
		replaceCell(folder.resolve("supply.csv"), 1, 3, ""); // leaver_rate
		replaceCell(folder.resolve("supply.csv"), 1, 8, ""); // leaver_rate_high
		String db = temp.resolve("store").toString();
		CliRun none = CliRun.of("plan", folder.toString(), "--db", temp.resolve("missing").toString());
		assertEquals(2, none.exitCode());
		CliRun withoutStore = CliRun.of("plan", folder.toString(), "--years", "1");
		assertEquals(1, withoutStore.exitCode(), "no default store here: " + withoutStore.err());
		assertTrue(withoutStore.err().contains("District nurse supply, Riverside") && withoutStore.err().contains(
				"the FTE at the start is not known: give it, or import the workforce into the store"), withoutStore.err());
		assertEquals(0, CliRun.of("import-workforce", "staff", temp.resolve("workforce/staff.csv").toString(), "--db", db).exitCode());
		CliRun run = CliRun.of("plan", folder.toString(), "--db", db, "--years", "1");
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains("District nurse in Riverside: FTE at the start 5, leaver rate "), run.out());
		assertTrue(run.out().contains("District nurse                   Riverside                   0    17.00     5.00"), run.out());
	}

	private static void write(Path folder, String file, String... lines) throws IOException {
		Files.write(folder.resolve(file), List.of(lines));
	}

	private static void replaceCell(Path file, int row, int column, String value) throws IOException {
		List<String> lines = Files.readAllLines(file);
		String[] cells = lines.get(row).split(",", -1);
		cells[column] = value;
		lines.set(row, String.join(",", cells));
		Files.write(file, lines);
	}
}
