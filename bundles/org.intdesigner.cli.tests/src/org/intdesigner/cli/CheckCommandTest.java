package org.intdesigner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.io.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

	@TempDir
	Path temp;

	private Path saveSmallModel() throws IOException {
		IntdModel model = IntdFactory.eINSTANCE.createIntdModel();
		model.setName("CLI check");
		Organisation council = IntdFactory.eINSTANCE.createOrganisation();
		council.setName("Council");
		model.getOrganisations().add(council);
		Path file = temp.resolve("check.intd");
		ModelFiles.saveNew(model, file);
		return file;
	}

	@Test
	void reportsWhatAModelHolds() throws IOException {
		CliRun run = CliRun.of("check", saveSmallModel().toString());
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains("'CLI check'"), run.out());
		assertTrue(run.out().contains("1 organisations"), run.out());
		assertTrue(run.out().contains("integrity: ok"), run.out());
	}

	@Test
	void figuresPrintsATableForEveryInstalledFigureAnalysis() throws IOException {
		Path file = temp.resolve("example.intd");
		ModelFiles.saveNew(org.intdesigner.model.samples.ExamplePlace.create(), file);
		CliRun run = CliRun.of("check", file.toString(), "--figures");
		assertEquals(0, run.exitCode(), run.err());
		for (var analysis : org.intdesigner.analysis.engine.FigureAnalysisRegistry.getDefault().getAnalyses()) {
			assertTrue(run.out().contains("\n" + analysis.compute(ModelFiles.load(file).model()).title() + "\n"),
					analysis.id() + " in " + run.out());
		}
		assertTrue(run.out().contains("Spans and layers"), run.out());
		assertTrue(!CliRun.of("check", file.toString()).out().contains("Spans and layers"), "figures only when asked");
	}

	@Test
	void aDamagedFileIsExplainedWithItsLine() throws IOException {
		Path file = saveSmallModel();
		String xml = Files.readString(file);
		Files.writeString(file, xml.substring(0, xml.length() - 30));
		CliRun run = CliRun.of("check", file.toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains(file.toString()) && run.err().contains("line "), run.err());
	}

	@Test
	void noArgumentsPrintsUsage() {
		CliRun run = CliRun.of();
		assertEquals(2, run.exitCode());
		assertTrue(run.out().contains("check"), run.out());
	}
}
