package org.intdesigner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./intd metrics, in process, on a new (empty) store: the figures, the formats, and wrong requests explained. */
class MetricsCommandTest {

	@TempDir
	Path temp;

	@Test
	void anEmptyStoreHasNobodyInPost() {
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
	void unknownMetricsCutsAndMonthsAreExplained() {
		String db = temp.resolve("workforce").toString();
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
		CliRun run = CliRun.of("metrics", "leavers-per-100", "--definitions", definitions.toString(), "--db",
				temp.resolve("workforce").toString());
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().startsWith("Leavers per 100 staff (per 100)"), run.out());
		Files.writeString(definitions, "[{\"id\": \"x\", \"expression\": \"contacts / fte\"}]");
		CliRun bad = CliRun.of("metrics", "x", "--definitions", definitions.toString(), "--db", temp.resolve("workforce").toString());
		assertEquals(1, bad.exitCode());
		assertTrue(bad.err().contains("metrics.json, definition 1") && bad.err().contains("'contacts'"), bad.err());
	}
}
