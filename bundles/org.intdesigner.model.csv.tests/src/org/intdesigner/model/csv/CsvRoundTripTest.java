package org.intdesigner.model.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Suppression;
import org.intdesigner.model.Property;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.ExamplePlace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export then import gives an equal model, ids, codes, descriptions and extra columns included. */
class CsvRoundTripTest {

	@TempDir
	Path folder;

	private static IntdModel example() {
		IntdModel model = ExamplePlace.create();
		model.setFormatVersion(ModelFiles.FORMAT_VERSION);
		model.setDescription("Riverside, with \"quotes\", commas, and a\nsecond line");
		Property esr = IntdFactory.eINSTANCE.createProperty();
		esr.setKey("ESR position");
		esr.setValue("POS-0042");
		model.getPosts().get(3).getProperties().add(esr);
		model.getTeams().get(0).setCode("RIV-LEAD");
		Suppression accepted = IntdFactory.eINSTANCE.createSuppression();
		accepted.setId("7d1f3c2e-5b7a-4c1e-9a61-2f0d8e4b6a13");
		accepted.setRuleId("SPAN-001");
		accepted.setReason("A large practice team, agreed by the board");
		accepted.setSuppressedBy("OD lead");
		accepted.setDate("2026-11-23");
		model.getPosts().get(5).getSuppressions().add(accepted);
		return model;
	}

	@Test
	void exportThenImportGivesAnEqualModel() throws IOException {
		IntdModel original = example();
		CsvExporter.export(original, folder);
		IntdModel imported = CsvImporter.importFolder(folder);
		assertTrue(new EcoreUtil.EqualityHelper().equals(original, imported),
				"the imported model equals the exported one");
	}

	@Test
	void everyFileIsWrittenWithTheSpecifiedColumnsFirst() throws IOException {
		CsvExporter.export(example(), folder);
		for (String file : CsvSchema.files()) {
			assertTrue(Files.exists(folder.resolve(file)), file);
		}
		assertTrue(header("areas.csv").startsWith("id,name,kind,parent_id,population"), header("areas.csv"));
		assertTrue(header("organisations.csv").startsWith("id,name,sector"));
		assertTrue(header("teams.csv").startsWith("id,name,kind,parent_team_id,area_id,host_id,lead_post_id"));
		assertTrue(header("roles.csv").startsWith("id,name,profession,sector,clinical,new_role,arrs"));
		assertTrue(header("posts.csv").startsWith("id,role_id,employer_id,fte,band,holder,line_manager_id,supervisor_id"));
		assertTrue(header("allocations.csv").startsWith("post_id,team_id,fte"));
		assertTrue(header("accountabilities.csv").startsWith("id,name,kind,team_id"));
		assertTrue(header("raci.csv").startsWith("accountability_id,party_id,code"));
		assertTrue(header("posts.csv").endsWith("ESR position"), "extra columns come last: " + header("posts.csv"));
		try (var files = Files.list(folder)) {
			assertEquals(CsvSchema.files().size(), files.count(), "no temporary files are left");
		}
	}

	@Test
	void exportingIntoAFileIsRefusedAndAnExportReplacesTheOldFiles() throws IOException {
		Path file = Files.writeString(folder.resolve("not-a-folder"), "x");
		IOException e = assertThrows(IOException.class, () -> CsvExporter.export(example(), file));
		assertTrue(e.getMessage().contains("is a file, not a folder"), e.getMessage());
		Path out = folder.resolve("out");
		CsvExporter.export(example(), out);
		IntdModel smaller = example();
		smaller.getAccountabilities().clear();
		CsvExporter.export(smaller, out);
		assertEquals(List.of(), CsvImporter.importFolder(out).getAccountabilities());
	}

	@Test
	void whenOneFileCannotBeReplacedNoneIs() throws IOException {
		Path out = folder.resolve("out");
		CsvExporter.export(example(), out);
		String before = Files.readString(out.resolve("areas.csv"));
		Files.delete(out.resolve("teams.csv"));
		Files.createDirectories(out.resolve("teams.csv").resolve("in-the-way"));
		IntdModel changed = example();
		changed.getAreas().get(0).setName("Renamed");
		IOException e = assertThrows(IOException.class, () -> CsvExporter.export(changed, out));
		assertTrue(e.getMessage().contains("teams.csv cannot be replaced"), e.getMessage());
		assertEquals(before, Files.readString(out.resolve("areas.csv")), "areas.csv was not touched");
		try (var files = Files.list(out)) {
			assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".writing")), "no temporary files");
		}
	}

	private String header(String file) throws IOException {
		return Files.readAllLines(folder.resolve(file)).get(0);
	}
}
