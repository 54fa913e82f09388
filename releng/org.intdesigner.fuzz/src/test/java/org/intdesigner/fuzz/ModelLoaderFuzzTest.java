package org.intdesigner.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.intdesigner.model.csv.CsvExporter;
import org.intdesigner.model.csv.CsvImporter;
import org.intdesigner.model.io.LoadedModel;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.io.ModelIntegrity;
import org.intdesigner.model.io.ModelLoadException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.provider.MethodSource;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The .intd model loader on any bytes: each input is a model file. Expected: a loaded model, or a
 * {@link ModelLoadException} whose message names the file. A model that loads is then checked again
 * and exported as a CSV bundle (and that bundle imported), as the workbench and the commands would;
 * an IOException there is fine when its message names the folder. Anything else thrown (an unchecked
 * exception, a StackOverflowError, an AssertionError of {@link FuzzFiles}) is a finding, and so is an
 * input that runs longer than the limit (a hang).
 */
class ModelLoaderFuzzTest {

	private static Path work;

	@BeforeAll
	static void createWorkFolder() {
		work = FuzzFiles.newWorkFolder("intd-fuzz-model");
	}

	@AfterAll
	static void removeWorkFolder() {
		FuzzFiles.deleteTree(work);
	}

	static Stream<byte[]> seeds() {
		return Seeds.modelFiles().stream();
	}

	/*
	 * Only our classes are instrumented, so EMF's parser gives the fuzzer no feedback of its own: these XML and
	 * XMI tokens (those the seeds do not already hold) help it reach its corners.
	 */
	@DictionaryEntries({ "<!DOCTYPE intd:IntdModel [", "<!ENTITY e SYSTEM \"file:///etc/hostname\">", "&e;", "]>", "&#x0B;",
			"&#0;", "&amp;", "&lt;", "<![CDATA[", "]]>", "<?xml version=\"1.1\"?>", "encoding=\"UTF-16\"",
			"encoding=\"ISO-8859-1\"", "xsi:type=\"intd:Post\"", "xsi:type=\"intd:Team\"", "xsi:type=\"intd:Organisation\"",
			"xsi:nil=\"true\"", "href=\"", "href=\"other.intd#", "href=\"http://example.org/x.intd#a\"", "#//@posts.0",
			"xmi:id=\"", "xmi:version=\"2.0\"", "xmlns:xmi=\"http://www.omg.org/XMI\"",
			"xmlns:intd=\"http://www.intdesigner.org/intd/2.0\"", "formatVersion=\"2.0\"", "formatVersion=\"x\"",
			"NaN", "-Infinity", "1e309", "-1", "2147483648", "\uFEFF" })
	@MethodSource("seeds")
	@FuzzTest
	void loadModel(byte[] data) throws IOException {
		Path file = work.resolve("fuzzed.intd");
		Files.write(file, data);
		LoadedModel loaded;
		try {
			loaded = ModelFiles.load(file);
		} catch (ModelLoadException e) {
			FuzzFiles.assertTellsUser(e, file);
			return;
		}
		ModelIntegrity.check(loaded.model());
		Path csv = work.resolve("csv");
		try {
			CsvExporter.export(loaded.model(), csv);
		} catch (IOException e) {
			FuzzFiles.assertTellsUser(e, csv);
			return;
		}
		try {
			CsvImporter.importFolder(csv);
		} catch (IOException e) {
			FuzzFiles.assertTellsUser(e, csv);
		}
	}
}
