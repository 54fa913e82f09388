package org.intdesigner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Team;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.io.ModelIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./intd export-csv and import-csv, in process. */
class CsvCommandsTest {

	@TempDir
	Path temp;

	private Path saveModel() throws IOException {
		IntdModel model = IntdFactory.eINSTANCE.createIntdModel();
		model.setName("CLI CSV");
		Organisation council = IntdFactory.eINSTANCE.createOrganisation();
		council.setName("Council");
		Team team = IntdFactory.eINSTANCE.createTeam();
		team.setName("Core");
		team.setHost(council);
		model.getOrganisations().add(council);
		model.getTeams().add(team);
		ModelIds.assignMissing(model);
		Path file = temp.resolve("model.intd");
		ModelFiles.saveNew(model, file);
		return file;
	}

	@Test
	void exportThenImportGivesTheSameModel() throws IOException {
		Path file = saveModel();
		Path folder = temp.resolve("csv");
		CliRun export = CliRun.of("export-csv", file.toString(), folder.toString());
		assertEquals(0, export.exitCode(), export.err());
		assertTrue(Files.exists(folder.resolve("teams.csv")));
		Path back = temp.resolve("back.intd");
		CliRun imported = CliRun.of("import-csv", folder.toString(), back.toString());
		assertEquals(0, imported.exitCode(), imported.err());
		assertTrue(imported.out().contains("1 organisations"), imported.out());
		assertTrue(new EcoreUtil.EqualityHelper().equals(ModelFiles.load(file).model(), ModelFiles.load(back).model()));
	}

	@Test
	void badCsvWritesNothingAndListsTheProblems() throws IOException {
		Path folder = Files.createDirectories(temp.resolve("bad"));
		Files.writeString(folder.resolve("teams.csv"), """
				id,name,kind,parent_team_id,area_id,host_id,lead_post_id
				T1,Core,core,,N9,O9,
				""");
		Path out = temp.resolve("out.intd");
		CliRun run = CliRun.of("import-csv", folder.toString(), out.toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("teams.csv row 2, column area_id: no Area has the id 'N9'"), run.err());
		assertTrue(run.err().contains("teams.csv row 2, column host_id: no Organisation has the id 'O9'"), run.err());
		assertFalse(Files.exists(out), "nothing is written");
	}

	@Test
	void anExistingModelIsNotOverwrittenWithoutForce() throws IOException {
		Path file = saveModel();
		Path folder = temp.resolve("csv");
		CliRun.of("export-csv", file.toString(), folder.toString());
		byte[] before = Files.readAllBytes(file);
		CliRun run = CliRun.of("import-csv", folder.toString(), file.toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("already exists"), run.err());
		assertEquals(new String(before), Files.readString(file));
		assertEquals(0, CliRun.of("import-csv", "--force", folder.toString(), file.toString()).exitCode());
	}
}
