package org.intdesigner.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;
import org.intdesigner.model.io.LoadedModel;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.io.ModelLoadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFilesTest {

	@TempDir
	Path folder;

	private Path save(IntdModel model, String name) throws IOException {
		Path file = folder.resolve(name);
		ModelFiles.saveNew(model, file);
		return file;
	}

	@Test
	void savedModelLoadsEqualWithTheSameIds() throws IOException {
		TinyModel tiny = new TinyModel();
		Path file = save(tiny.model, "tiny.intd");
		LoadedModel loaded = ModelFiles.load(file);
		assertTrue(new EcoreUtil.EqualityHelper().equals(tiny.model, loaded.model()));
		assertTrue(loaded.integrity().isClean(), () -> loaded.integrity().toString());
		Team mdt = loaded.model().getTeams().get(0).getSubTeams().get(0);
		assertEquals(tiny.mdt.getId(), mdt.getId());
		assertEquals(tiny.lead.getId(), mdt.getLead().getId());
		assertEquals("1.0", loaded.model().getFormatVersion());
	}

	@Test
	void referencesAreWrittenAsIds() throws IOException {
		TinyModel tiny = new TinyModel();
		String xml = Files.readString(save(tiny.model, "ids.intd"));
		assertTrue(xml.contains("lead=\"" + tiny.lead.getId() + "\""), xml);
		assertTrue(xml.contains("formatVersion=\"1.0\""), xml);
	}

	@Test
	void vacancyIsDerivedFromTheHolder() {
		TinyModel tiny = new TinyModel();
		assertTrue(tiny.vacancy.isVacant());
		assertFalse(tiny.worker.isVacant());
	}

	@Test
	void aTruncatedFileNamesLineAndColumnAndKeepsTheFile() throws IOException {
		Path file = save(new TinyModel().model, "cut.intd");
		String xml = Files.readString(file);
		Files.writeString(file, xml.substring(0, xml.length() / 2));
		byte[] before = Files.readAllBytes(file);
		ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(file));
		assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
		assertTrue(e.getMessage().contains("not well-formed"), e.getMessage());
		assertTrue(e.getProblems().get(0).line() > 1, e.getMessage());
		assertTrue(e.getMessage().contains("line "), e.getMessage());
		assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(file));
	}

	@Test
	void anUnknownReferenceIsListedWithItsLine() throws IOException {
		Path file = save(new TinyModel().model, "dangling.intd");
		String xml = Files.readString(file);
		Files.writeString(file, xml.replaceFirst("lineManager=\"[^\"]+\"", "lineManager=\"no-such-post\""));
		ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(file));
		assertTrue(e.getMessage().contains("no-such-post"), e.getMessage());
		assertTrue(e.getProblems().get(0).line() > 0, e.getMessage());
	}

	@Test
	void externalEntitiesAreNeverResolved() throws IOException {
		Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET");
		Path file = folder.resolve("xxe.intd");
		Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE m [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
				+ "<intd:IntdModel xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:intd=\"http://www.intdesigner.org/intd/1.0\""
				+ " xmi:version=\"2.0\" name=\"&x;\"/>\n");
		ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(file));
		assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
		assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
	}

	@Test
	void aNewerFormatIsRefusedWithWhatToDo() throws IOException {
		Path file = save(new TinyModel().model, "newer.intd");
		Files.writeString(file, Files.readString(file).replace("formatVersion=\"1.0\"", "formatVersion=\"2.3\""));
		ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(file));
		assertTrue(e.getMessage().contains("newer INT Designer (format 2.3)"), e.getMessage());
		assertTrue(e.getMessage().contains("Update INT Designer"), e.getMessage());
	}

	@Test
	void aNewerNamespaceIsRefusedAsANewerFormat() throws IOException {
		Path file = save(new TinyModel().model, "newerns.intd");
		Files.writeString(file, Files.readString(file).replace("intdesigner.org/intd/1.0", "intdesigner.org/intd/2.0"));
		ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(file));
		assertTrue(e.getMessage().contains("newer INT Designer"), e.getMessage());
	}

	@Test
	void aFileThatIsNotAModelIsRefused() throws IOException {
		Path file = Files.writeString(folder.resolve("other.intd"), "<?xml version=\"1.0\"?>\n<html><body/></html>\n");
		ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(file));
		assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
	}

	@Test
	void aMissingFileSaysSo() {
		Path file = folder.resolve("nowhere.intd");
		ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(file));
		assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
	}

	@Test
	void aFailedSaveLeavesTheOldFileIntactAndNoTemporaryFile() throws IOException {
		TinyModel tiny = new TinyModel();
		Path file = save(tiny.model, "safe.intd");
		byte[] before = Files.readAllBytes(file);
		// a post that references a post outside any resource cannot be saved: EMF throws mid-write
		Post stranger = TinyModel.F.createPost();
		tiny.worker.setSupervisor(stranger);
		tiny.model.setName("changed");
		assertThrows(IOException.class, () -> ModelFiles.save(tiny.model.eResource(), file));
		assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(file));
		try (var files = Files.list(folder)) {
			assertEquals(1, files.count(), "no temporary file is left behind");
		}
	}

	@Test
	void textXmlCannotHoldIsNamedAndNothingIsWritten() throws IOException {
		// found by fuzzing (issue #15): a vertical tab in a name made EMF's writer throw an unchecked exception
		TinyModel tiny = new TinyModel();
		Path file = save(tiny.model, "control.intd");
		byte[] before = Files.readAllBytes(file);
		tiny.worker.setHolder("B.\u000BExample");
		IOException e = assertThrows(IOException.class, () -> ModelFiles.save(tiny.model.eResource(), file));
		assertTrue(e.getMessage().startsWith(file + ": not saved: "), e.getMessage());
		assertTrue(e.getMessage().contains(": its holder holds the control character U+000B (character 3), which a model"
				+ " file cannot hold; remove it and save again."), e.getMessage());
		assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(file));
		tiny.worker.setHolder("B. Example");
		ModelFiles.save(tiny.model.eResource(), file);
		assertTrue(ModelFiles.load(file).integrity().isClean(), "the corrected model saves and opens");
	}

	@Test
	void missingIdsAreAssignedOnLoadAndDuplicatesReported() throws IOException {
		TinyModel tiny = new TinyModel();
		Path file = save(tiny.model, "ids.intd");
		String xml = Files.readString(file)
				.replace("id=\"" + tiny.discharge.getId() + "\"", "")
				.replace("id=\"" + tiny.vacancy.getId() + "\"", "id=\"" + tiny.worker.getId() + "\"");
		Files.writeString(file, xml);
		LoadedModel loaded = ModelFiles.load(file);
		assertEquals(2, loaded.integrity().idsAssigned());
		assertEquals(1, loaded.integrity().problems().size(), loaded.integrity().problems().toString());
		assertTrue(loaded.integrity().problems().get(0).contains("Link worker"), loaded.integrity().problems().toString());
	}
}
