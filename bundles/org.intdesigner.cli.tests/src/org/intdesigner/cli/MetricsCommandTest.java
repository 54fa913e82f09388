package org.intdesigner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import java.io.InputStream;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;

import org.intdesigner.workforce.example.ExampleWorkforceData;
import org.intdesigner.workforce.store.StoreLocation;
import org.intdesigner.workforce.store.WorkforceStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./intd metrics, in process, on a new (empty) store: the figures, the formats, and wrong requests explained. */
class MetricsCommandTest {

	@TempDir
	Path temp;

	/** A store with nothing in it, as an import of nothing would leave. */
	private String emptyStore() throws Exception {
		Path folder = temp.resolve("workforce");
		WorkforceStore.open(StoreLocation.embedded(folder)).close();
		return folder.toString();
	}

	@Test
	void aFolderWithoutAStoreIsRefusedAndNotMadeOne() {
		Path mistyped = temp.resolve("workfroce");
		CliRun run = CliRun.of("metrics", "headcount", "--db", mistyped.toString());
		assertEquals(1, run.exitCode(), run.out());
		assertEquals("", run.out(), "no figures, not even zeros");
		assertTrue(run.err().contains(mistyped + " holds no workforce store: check the folder's name (--db)"), run.err());
		assertFalse(Files.exists(mistyped), "a reading command makes no store");
	}

	@Test
	void anEmptyStoreHasNobodyInPost() throws Exception {
		emptyStore();
		CliRun run = CliRun.of("metrics", "headcount", "--db", temp.resolve("workforce").toString(), "--to", "2026-03");
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().startsWith("Headcount in post (people), 2025-04-01..2026-03-31"), run.out());
		assertTrue(run.out().contains("all: 0.0"), run.out());
		CliRun json = CliRun.of("metrics", "turnover", "--db", temp.resolve("workforce").toString(), "--by", "organisation,month",
				"--format", "json");
		assertEquals(0, json.exitCode(), json.err());
		assertTrue(json.out().contains("\"metric\": \"turnover\""), json.out());
	}

	@Test
	void unknownMetricsCutsAndMonthsAreExplained() throws Exception {
		String db = emptyStore();
		CliRun metric = CliRun.of("metrics", "happiness", "--db", db);
		assertEquals(1, metric.exitCode());
		assertTrue(metric.err().contains("Unknown metric 'happiness'"), metric.err());
		CliRun cut = CliRun.of("metrics", "turnover", "--by", "postcode", "--db", db);
		assertEquals(1, cut.exitCode());
		assertTrue(cut.err().contains("Unknown cut 'postcode'"), cut.err());
		CliRun month = CliRun.of("metrics", "turnover", "--from", "April", "--db", db);
		assertEquals(1, month.exitCode());
		assertTrue(month.err().contains("YYYY-MM"), month.err());
		CliRun survey = CliRun.of("metrics", "engagement", "--by", "role", "--db", db);
		assertEquals(1, survey.exitCode());
		assertTrue(survey.err().contains("role"), survey.err());
		CliRun neighbourhood = CliRun.of("metrics", "headcount", "--by", "neighbourhood", "--db", db);
		assertEquals(1, neighbourhood.exitCode());
		assertTrue(neighbourhood.err().contains("--model"), neighbourhood.err());
	}

	@Test
	void aPlacesOwnMetricComesFromItsDefinitionsFile() throws Exception {
		Path definitions = temp.resolve("metrics.json");
		Files.writeString(definitions, "[{\"id\": \"leavers-per-100\", \"label\": \"Leavers per 100 staff\", \"unit\": \"per 100\","
				+ " \"expression\": \"leavers / inPostEnd * 100\", \"target\": 10, \"amber\": 2, \"higherIsBetter\": false}]");
		CliRun run = CliRun.of("metrics", "leavers-per-100", "--definitions", definitions.toString(), "--db", emptyStore());
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().startsWith("Leavers per 100 staff (per 100)"), run.out());
		Files.writeString(definitions, "[{\"id\": \"x\", \"expression\": \"contacts / fte\"}]");
		CliRun bad = CliRun.of("metrics", "x", "--definitions", definitions.toString(), "--db", temp.resolve("workforce").toString());
		assertEquals(1, bad.exitCode());
		assertTrue(bad.err().contains("metrics.json, definition 1") && bad.err().contains("'contacts'"), bad.err());
	}

	@Test
	void theExamplePlacesStaffFileByTeamAndRollingMonths() throws Exception {
		Path staff = temp.resolve("staff.csv");
		try (InputStream in = ExampleWorkforceData.file("staff.csv").openStream()) {
			Files.copy(in, staff, StandardCopyOption.REPLACE_EXISTING);
		}
		String db = temp.resolve("example").toString();
		CliRun imported = CliRun.of("import-workforce", "staff", staff.toString(), "--db", db);
		assertEquals(0, imported.exitCode(), imported.out() + imported.err());

		// the team's headcount on 31 March 2026, counted here from the file itself
		LocalDate day = LocalDate.of(2026, 3, 31);
		List<String[]> rows = Files.readAllLines(staff).stream().skip(1).map(line -> line.split(",", -1)).toList();
		long inPost = rows.stream().filter(r -> r[3].equals("docklands-core") && !LocalDate.parse(r[6]).isAfter(day)
				&& (r[7].isEmpty() || !LocalDate.parse(r[7]).isBefore(day))).count();
		CliRun team = CliRun.of("metrics", "headcount", "--team", "docklands-core", "--to", "2026-03", "--db", db);
		assertEquals(0, team.exitCode(), team.err());
		assertTrue(team.out().contains("all: " + inPost + ".0"), inPost + " expected in\n" + team.out());

		// March's rolling figure is the year to March's
		CliRun year = CliRun.of("metrics", "turnover", "--to", "2026-03", "--format", "csv", "--db", db);
		CliRun rolling = CliRun.of("metrics", "turnover", "--by", "month", "--rolling", "--to", "2026-03", "--format", "csv",
				"--db", db);
		assertEquals(0, rolling.exitCode(), rolling.err());
		String yearValue = value(year.out(), "");
		assertTrue(Double.parseDouble(yearValue) > 0, year.out());
		assertEquals(yearValue, value(rolling.out(), "2026-03"), year.out() + "\n" + rolling.out());
		CliRun alone = CliRun.of("metrics", "turnover", "--rolling", "--db", db);
		assertEquals(1, alone.exitCode());
		assertTrue(alone.err().contains("--by month"), alone.err());

		// without --to, the year the data ends with (March 2026), not the calendar's last twelve months
		CliRun unasked = CliRun.of("metrics", "turnover", "--format", "csv", "--db", db);
		assertEquals(0, unasked.exitCode(), unasked.err());
		assertTrue(unasked.out().contains("2025-04-01..2026-03-31"), unasked.out());
		assertEquals(yearValue, value(unasked.out(), ""), unasked.out());
	}

	/** The value column of the first CSV row starting with {@code start}. */
	private static String value(String csv, String start) {
		List<String> lines = csv.lines().toList();
		int column = List.of(lines.get(0).split(",")).indexOf("value");
		return lines.stream().skip(1).filter(line -> line.startsWith(start)).findFirst()
				.orElseThrow(() -> new AssertionError("no row " + start + " in\n" + csv)).split(",")[column];
	}
}
