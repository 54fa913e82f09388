package org.intdesigner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.intdesigner.workforce.example.ExampleWorkforceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ./intd metrics with a plug-in's metrics installed (the example plug-in org.intdesigner.examples.metrics):
 * listed with the built-ins, and computed by id as they are.
 */
class ContributedMetricsCommandTest {

	@TempDir
	Path temp;

	@Test
	void listShowsTheBuiltInAndTheContributedMetricsWithTheirTargets() {
		CliRun list = CliRun.of("metrics", "--list");
		assertEquals(0, list.exitCode(), list.err());
		List<String> lines = list.out().lines().toList();
		assertTrue(lines.get(0).startsWith("ID"), list.out());
		assertTrue(lines.stream().anyMatch(line -> line.startsWith("turnover ") && line.contains("<= 10 (amber to 12)")
				&& line.endsWith("built-in")), list.out());
		assertTrue(lines.stream().anyMatch(line -> line.startsWith("examples.growth ") && line.contains("Workforce growth")
				&& line.contains(">= 0 (amber to -2)") && line.endsWith("plug-in org.intdesigner.examples.metrics")), list.out());
		assertTrue(lines.stream().anyMatch(line -> line.startsWith("examples.days-lost ") && line.contains("days a year")),
				list.out());
		CliRun nothing = CliRun.of("metrics");
		assertEquals(2, nothing.exitCode(), "a usage error");
		assertTrue(nothing.err().contains("--list"), nothing.err());
	}

	@Test
	void aContributedMetricIsComputedByIdFromTheStore() throws Exception {
		Path staff = temp.resolve("staff.csv");
		try (InputStream in = ExampleWorkforceData.file("staff.csv").openStream()) {
			Files.copy(in, staff, StandardCopyOption.REPLACE_EXISTING);
		}
		String db = temp.resolve("example").toString();
		CliRun imported = CliRun.of("import-workforce", "staff", staff.toString(), "--db", db);
		assertEquals(0, imported.exitCode(), imported.out() + imported.err());

		CliRun growth = CliRun.of("metrics", "examples.growth", "--to", "2026-03", "--format", "csv", "--db", db);
		assertEquals(0, growth.exitCode(), growth.err());
		// the people in post at the end of March 2026 against the end of March 2025, as the built-in headcount counts them
		double now = Double.parseDouble(value(CliRun.of("metrics", "headcount", "--to", "2026-03", "--format", "csv",
				"--db", db).out()));
		double yearAgo = Double.parseDouble(value(CliRun.of("metrics", "headcount", "--to", "2025-03", "--format", "csv",
				"--db", db).out()));
		assertTrue(yearAgo > 0, "the example place had staff a year before");
		assertEquals((now - yearAgo) / yearAgo * 100, Double.parseDouble(value(growth.out())), 0.05, growth.out());

		CliRun byOrganisation = CliRun.of("metrics", "EXAMPLES.DAYS-LOST", "--by", "organisation", "--to", "2026-03", "--db", db);
		assertEquals(0, byOrganisation.exitCode(), byOrganisation.err());
		assertTrue(byOrganisation.out().startsWith("Sickness days per FTE (days a year)"), byOrganisation.out());

		// the report's workforce metrics table has a row for each, after the built-ins
		Path model = temp.resolve("riverside.intd");
		org.intdesigner.model.io.ModelFiles.saveNew(org.intdesigner.model.samples.ExamplePlace.create(), model);
		Path html = temp.resolve("metrics.html");
		CliRun report = CliRun.of("report", model.toString(), "--sections", "metrics", "--month", "2026-03", "--db", db,
				html.toString());
		assertEquals(0, report.exitCode(), report.err());
		String page = Files.readString(html);
		assertTrue(page.contains("Workforce growth") && page.contains("Sickness days per FTE"), page);
		assertTrue(page.indexOf("Workforce growth") > page.indexOf("Alignment to goals"), "after the built-in tiles");
	}

	/** The value column of the CSV's first row. */
	private static String value(String csv) {
		List<String> lines = csv.lines().toList();
		int column = List.of(lines.get(0).split(",")).indexOf("value");
		return lines.get(1).split(",")[column];
	}
}
