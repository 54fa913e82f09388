package org.intdesigner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.intdesigner.model.IntdModel;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.ExamplePlace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./intd export-raci, in process: CSV and Excel, a team's items, bad targets. */
class ExportRaciCommandTest {

	@TempDir
	Path temp;

	private Path example() throws IOException {
		Path file = temp.resolve("riverside.intd");
		ModelFiles.saveNew(ExamplePlace.create(), file);
		return file;
	}

	@Test
	void theExamplesMatrixIsWrittenAsCsvWithARowPerItem() throws IOException {
		Path file = example();
		Path csv = temp.resolve("raci.csv");
		CliRun run = CliRun.of("export-raci", file.toString(), csv.toString());
		assertEquals(0, run.exitCode(), run.err());
		IntdModel model = ModelFiles.load(file).model();
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertEquals(2 + model.getAccountabilities().size(), lines.size(), "header, party ids, one line per item");
		assertTrue(run.out().contains(model.getAccountabilities().size() + " accountability item(s)"), run.out());
	}

	@Test
	void anExcelWorkbookIsWrittenInTheProductRuntime() throws IOException {
		Path xlsx = temp.resolve("raci.xlsx");
		CliRun run = CliRun.of("export-raci", example().toString(), xlsx.toString());
		assertEquals(0, run.exitCode(), run.err());
		byte[] start = java.util.Arrays.copyOf(Files.readAllBytes(xlsx), 2);
		assertEquals("PK", new String(start, StandardCharsets.US_ASCII), "an Office Open XML (zip) file");
	}

	@Test
	void aTeamsMatrixHoldsOnlyItsItemsAndAnUnknownTeamIsNamed() throws IOException {
		Path file = example();
		IntdModel model = ModelFiles.load(file).model();
		var team = model.getAccountabilities().stream().filter(i -> i.getTeam() != null).findFirst().orElseThrow().getTeam();
		long items = model.getAccountabilities().stream().filter(i -> i.getTeam() == team).count();
		Path csv = temp.resolve("team.csv");
		CliRun run = CliRun.of("export-raci", file.toString(), csv.toString(), "--team", team.getId());
		assertEquals(0, run.exitCode(), run.err());
		assertEquals(2 + items, Files.readAllLines(csv, StandardCharsets.UTF_8).size());

		CliRun unknown = CliRun.of("export-raci", file.toString(), temp.resolve("x.csv").toString(), "--team", "no-such-team");
		assertEquals(1, unknown.exitCode());
		assertTrue(unknown.err().contains("no-such-team"), unknown.err());
		assertFalse(Files.exists(temp.resolve("x.csv")));
	}

	@Test
	void anUnknownFileTypeIsRefused() throws IOException {
		CliRun run = CliRun.of("export-raci", example().toString(), temp.resolve("raci.pdf").toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains(".csv or an .xlsx"), run.err());
	}
}
