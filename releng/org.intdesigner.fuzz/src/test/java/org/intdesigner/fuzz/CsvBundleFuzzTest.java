package org.intdesigner.fuzz;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.intdesigner.model.IntdModel;
import org.intdesigner.model.csv.CsvExporter;
import org.intdesigner.model.csv.CsvImporter;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.io.ModelIntegrity;
import org.intdesigner.model.io.ModelLoadException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.provider.MethodSource;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The CSV bundle importer on any bytes: each input is split into some of the bundle's files (see
 * {@link CsvBundles}) and the folder imported. Expected: a model, or an IOException (a
 * CsvImportException listing the problems) whose message names the folder or a file. A model that
 * comes in must then be usable as any other: it is checked, saved as an .intd file that must open
 * again, and exported. Anything else thrown, or a hang, is a finding.
 * <p>
 * Inputs kept in {@code CsvBundleFuzzTestInputs/importBundle/}, each a finding of this fuzzer, replayed by every build:
 * {@code control-character-in-a-cell} (a vertical tab came into the model, whose save then failed with EMF's
 * unchecked "An invalid XML character"), {@code text-after-closing-quote} (the problem showed Commons CSV's
 * exception class name).
 */
class CsvBundleFuzzTest {

	private static Path work;

	@BeforeAll
	static void createWorkFolder() {
		work = FuzzFiles.newWorkFolder("intd-fuzz-csv");
	}

	@AfterAll
	static void removeWorkFolder() {
		FuzzFiles.deleteTree(work);
	}

	static Stream<byte[]> seeds() {
		return Seeds.csvBundles().stream();
	}

	@MethodSource("seeds")
	@FuzzTest
	void importBundle(byte[] data) throws IOException {
		Path bundle = work.resolve("bundle");
		FuzzFiles.emptyFolder(bundle);
		CsvBundles.unpack(data, bundle);
		IntdModel model;
		try {
			model = CsvImporter.importFolder(bundle);
		} catch (IOException e) {
			FuzzFiles.assertTellsUser(e, bundle);
			return;
		}
		ModelIntegrity.check(model);
		Path file = work.resolve("imported.intd");
		ModelFiles.saveNew(model, file);
		try {
			ModelFiles.load(file);
		} catch (ModelLoadException e) {
			throw new AssertionError("a model imported from CSV files was saved but cannot be opened again: " + e.getMessage(), e);
		}
		CsvExporter.export(model, work.resolve("export"));
	}
}
