package org.intdesigner.planning.transition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.intdesigner.io.OutputFormat;
import org.intdesigner.model.Post;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** One plan (the small place's nurse re-banded in one wave, an unscheduled closure) in text, CSV, JSON, Excel and CSV files. */
class TransitionOutputTest {

	@TempDir
	Path temp;

	private TransitionPlan plan() {
		SmallPlace place = new SmallPlace();
		place.wave("w1", "Re-band", "2026-04-01", "Chief nurse", "Agenda for Change review", "nurse");
		((Post) SmallPlace.get(place.scenario, "nurse")).setBand("7");
		org.eclipse.emf.ecore.util.EcoreUtil.delete(SmallPlace.get(place.scenario, "coordinator"), true);
		return TransitionPlanner.plan(place.baseline, place.scenario);
	}

	@Test
	void textHasEachWaveWithItsCostAndSaysWhatIsUnscheduled() {
		String text = TransitionOutput.write(OutputFormat.TEXT, plan());
		assertTrue(text.startsWith("Transition plan from 'Small place' to 'Docklands split': 1 wave, 2 changes; annual pay"
				+ " bill £186,000 now (1 post not costed), £156,000 after the last wave\n"
				+ "1 change is in no wave, listed last as \"Unscheduled\""), text);
		assertTrue(text.contains("Wave 'Re-band', effective 2026-04-01, owner Chief nurse: Agenda for Change review\n"
				+ "  Changes (1)\n    re-banding      Nurse post, Riverside Community Trust [dm-nurse]: band 6 -> 7\n"), text);
		assertTrue(text.contains("  Cost: +£10,000 a year; run rate after it: £196,000 a year (1 post not costed)\n"), text);
		assertTrue(text.contains("Unscheduled: changes in no wave\n  Changes (1)\n    post closed"), text);
		assertTrue(text.contains("  Cost: -£40,000 a year"), text);
	}

	@Test
	void jsonHasTheAgreedShape() {
		JsonObject json = JsonParser.parseString(TransitionOutput.write(OutputFormat.JSON, plan())).getAsJsonObject();
		assertEquals("Small place", json.get("baseline").getAsString());
		assertEquals("Docklands split", json.get("scenario").getAsString());
		JsonArray waves = json.getAsJsonArray("waves");
		assertEquals(2, waves.size());
		JsonObject wave = waves.get(0).getAsJsonObject();
		assertEquals("Re-band", wave.get("name").getAsString());
		assertEquals("2026-04-01", wave.get("date").getAsString());
		assertEquals("Chief nurse", wave.get("owner").getAsString());
		JsonObject change = wave.getAsJsonArray("changes").get(0).getAsJsonObject();
		assertEquals("re-banding", change.get("type").getAsString());
		assertEquals("nurse", change.get("id").getAsString());
		assertEquals("dm-nurse", change.get("code").getAsString());
		assertEquals("band 6 -> 7", change.get("detail").getAsString());
		assertEquals("Nina Nurse", wave.getAsJsonArray("people").get(0).getAsJsonObject().get("before").getAsString());
		assertEquals(10_000, wave.get("costChange").getAsLong());
		assertEquals(196_000, wave.get("runRate").getAsLong());
		assertEquals(0, wave.getAsJsonArray("findings").size());
		assertEquals(-40_000, waves.get(1).getAsJsonObject().get("costChange").getAsLong());
		assertEquals("specialist", json.getAsJsonArray("uncosted").get(0).getAsJsonObject().get("id").getAsString());
		assertTrue(json.getAsJsonArray("uncosted").get(0).getAsJsonObject().has("whyNoCost"));
	}

	@Test
	void csvHasOneRowPerChangeWithItsWave() throws Exception {
		List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().get().parse(new java.io.StringReader(
				TransitionOutput.write(OutputFormat.CSV, plan()))).getRecords();
		assertEquals(2, rows.size());
		assertEquals("Re-band", rows.get(0).get("wave"));
		assertEquals("re-banding", rows.get(0).get("type"));
		assertEquals(PlanWave.UNSCHEDULED, rows.get(1).get("wave"));
		assertEquals("post closed", rows.get(1).get("type"));
	}

	@Test
	void excelHasASheetPerTableAndCsvFilesGoBesideTheChanges() throws Exception {
		Path workbook = temp.resolve("plan.xlsx");
		TransitionExport.write(plan(), workbook);
		try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook read = new XSSFWorkbook(in)) {
			assertEquals(List.of("Waves", "Changes", "People", "Findings", "Posts not costed"),
					List.of(read.getSheetName(0), read.getSheetName(1), read.getSheetName(2), read.getSheetName(3), read.getSheetName(4)));
			assertEquals(10_000, read.getSheet("Waves").getRow(1).getCell(6).getNumericCellValue(), 1e-6);
			assertEquals("band 6 -> 7", read.getSheet("Changes").getRow(1).getCell(6).getStringCellValue());
		}
		List<Path> files = TransitionExport.write(plan(), temp.resolve("plan.csv"));
		assertEquals(List.of("plan.csv", "plan-waves.csv", "plan-people.csv", "plan-findings.csv", "plan-posts-not-costed.csv"),
				files.stream().map(f -> f.getFileName().toString()).toList());
		assertTrue(Files.readString(temp.resolve("plan-people.csv")).contains("Nina Nurse"));
		try (var listing = Files.list(temp)) {
			assertEquals(6, listing.count(), "nothing left beside the files but the workbook");
		}
	}
}
