package org.intdesigner.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.intdesigner.model.io.LoadedModel;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.io.ModelLoadException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model file is something planners e-mail to each other: it must never make the program reach the
 * network or another file, a save writes only beside its target and keeps the file's mode, a killed
 * save leaves nothing for long, and bad content is named by line.
 */
class UntrustedModelFilesTest {

	@TempDir
	Path folder;

	/** Counts whoever connects: a model that makes the program fetch its addresses would show here. */
	private ServerSocket listener;
	private final AtomicInteger connections = new AtomicInteger();

	@BeforeEach
	void listen() throws IOException {
		listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
		Thread.ofVirtual().start(() -> {
			while (!listener.isClosed()) {
				try (Socket socket = listener.accept()) {
					connections.incrementAndGet();
				} catch (IOException e) {
					return;
				}
			}
		});
	}

	@AfterEach
	void stop() throws IOException {
		listener.close();
	}

	private String address() {
		return "http://127.0.0.1:" + listener.getLocalPort();
	}

	private Path tiny(String name) throws IOException {
		Path file = folder.resolve(name);
		ModelFiles.saveNew(new TinyModel().model, file);
		return file;
	}

	/** The tiny model with its first post's line manager pointing at {@code href}. */
	private Path withHref(String href) throws IOException {
		Path file = tiny("href.intd");
		String xml = Files.readString(file);
		int post = xml.indexOf("<posts ");
		int end = xml.indexOf('>', post);
		String opened = xml.substring(post, end).endsWith("/") ? xml.substring(post, end - 1) + ">" : xml.substring(post, end + 1);
		String closing = xml.substring(post, end).endsWith("/") ? "</posts>" : "";
		xml = xml.substring(0, post) + opened.replaceAll(" lineManager=\"[^\"]*\"", "") + "\n      <lineManager href=\"" + href
				+ "\"/>" + closing + xml.substring(end + 1);
		Files.writeString(file, xml);
		return file;
	}

	@Test
	void aReferenceToANetworkAddressIsRefusedAndNeverFetched() throws IOException {
		Path file = withHref(address() + "/model.intd#x");
		ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(file));
		assertTrue(e.getMessage().contains("nothing was fetched"), e.getMessage());
		ModelLoadException.Problem problem = e.getProblems().get(0);
		assertTrue(problem.line() > 1, e.getMessage());
		assertTrue(problem.message().startsWith("Post '") && problem.message().contains("its lineManager refers to "
				+ address() + "/model.intd#x"), problem.message());
		assertEquals(0, connections.get(), "no request reached the address");
	}

	@Test
	void aReferenceIntoAnotherLocalFileIsRefused() throws IOException {
		Path other = Files.writeString(folder.resolve("other.xml"), "<x/>");
		Path file = withHref(other.toUri() + "#x");
		ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(file));
		assertTrue(e.getMessage().contains(other.toString()) && e.getMessage().contains("outside this file"), e.getMessage());
	}

	@Test
	void aSchemaNamedByTheFileIsNeverFetched() throws IOException {
		Path file = folder.resolve("schema.intd");
		Files.writeString(file, "<?xml version=\"1.0\"?>\n<intd:IntdModel xmlns:xmi=\"http://www.omg.org/XMI\""
				+ " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:intd=\"http://www.intdesigner.org/intd/1.0\""
				+ " xmlns:evil=\"" + address() + "/evil.ecore\" xsi:schemaLocation=\"" + address() + "/evil.ecore "
				+ address() + "/evil.ecore\" xmi:version=\"2.0\" name=\"x\">\n  <posts xsi:type=\"evil:Thing\" id=\"p1\"/>\n"
				+ "</intd:IntdModel>\n");
		assertThrows(ModelLoadException.class, () -> ModelFiles.load(file));
		assertEquals(0, connections.get(), "no request reached the address");
	}

	/** Found by fuzzing: EMF looked for "//@posts.0" inside the metamodel and threw IllegalArgumentException. */
	@Test
	void aNamespaceWithAFragmentIsNamedNotThrown() throws IOException {
		Path file = folder.resolve("fragment.intd");
		Files.writeString(file, "<?xml version=\"1.0\"?>\n<intd:IntdModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
				+ " xmlns:intd=\"http://www.intdesigner.org/intd/1.0#//@posts.0\" name=\"x\"/>\n");
		ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(file));
		assertTrue(e.getMessage().contains("the file is damaged (a namespace declaration)"), e.getMessage());
		assertEquals(2, e.getProblems().get(0).line(), e.getMessage());
		assertEquals(0, connections.get());
	}

	@Test
	void aSaveWritesOnlyBesideItsTargetAndKeepsItsMode() throws IOException {
		Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
		List<Path> before = xmlSaveFiles(tmp);
		Path file = tiny("shared.intd");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		LoadedModel loaded = ModelFiles.load(file);
		loaded.model().setName("Changed");
		ModelFiles.save(loaded.resource(), file);
		assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
				"a colleague on the shared drive can still read it");
		assertEquals(before, xmlSaveFiles(tmp), "no copy of the model in the temp folder");
		try (var entries = Files.list(folder)) {
			assertEquals(List.of("shared.intd"), entries.map(p -> p.getFileName().toString()).toList());
		}
	}

	private static List<Path> xmlSaveFiles(Path tmp) throws IOException {
		try (var entries = Files.list(tmp)) {
			return entries.filter(p -> p.getFileName().toString().startsWith("XMLSave")).sorted().toList();
		}
	}

	@Test
	void openingClearsWhatAKilledSaveLeft() throws IOException {
		Path file = tiny("model.intd");
		Path leftover = Files.writeString(folder.resolve(".model.intd.2147483646-3.writing"), "half a model");
		ModelFiles.load(file);
		assertFalse(Files.exists(leftover));
	}

	@Test
	void aNegativeFteIsFlaggedOnOpening() throws IOException {
		TinyModel tiny = new TinyModel();
		tiny.worker.setFte(-0.5);
		Path file = folder.resolve("negative.intd");
		ModelFiles.saveNew(tiny.model, file);
		LoadedModel loaded = ModelFiles.load(file);
		assertFalse(loaded.integrity().isClean());
		assertTrue(loaded.integrity().problems().stream().anyMatch(p -> p.contains("its fte is -0.5, which cannot be negative")),
				loaded.integrity().problems().toString());
	}

	@Test
	void aRequirementForNobodyAndACourseOfNegativeHoursAreFlaggedOnOpening() throws IOException {
		TinyModel tiny = new TinyModel();
		org.intdesigner.model.CapabilityLevel requirement = org.intdesigner.model.IntdFactory.eINSTANCE.createCapabilityLevel();
		requirement.setPeople(0);
		tiny.mdt.getRequiredCapabilities().add(requirement);
		org.intdesigner.model.Course course = org.intdesigner.model.IntdFactory.eINSTANCE.createCourse();
		course.setName("CGA essentials");
		course.setHours(-14);
		course.setCost(250);
		tiny.model.getCourses().add(course);
		Path file = folder.resolve("nobody.intd");
		ModelFiles.saveNew(tiny.model, file);
		List<String> problems = ModelFiles.load(file).integrity().problems();
		assertEquals(2, problems.size(), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.contains("its people is 0, but it must be at least 1")), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.contains("CGA essentials") && p.contains("its hours is -14.0, which cannot be"
				+ " negative")), problems.toString());
	}

	@Test
	void bytesThatAreNotUtf8AreNamedByLineAndColumn() throws IOException {
		Path file = tiny("latin1.intd");
		byte[] bytes = Files.readAllBytes(file);
		String xml = new String(bytes, StandardCharsets.UTF_8);
		int at = xml.indexOf("Riverside PCN");
		int line = (int) xml.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
		byte[] bad = xml.replace("Riverside PCN", "Riverside P\u00e9N").getBytes(StandardCharsets.ISO_8859_1);
		Files.write(file, bad);
		ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(file));
		assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
		assertEquals(line, e.getProblems().get(0).line(), e.getMessage());
		assertTrue(e.getProblems().get(0).column() > 1, e.getMessage());
	}

	@Test
	void anIdGivenTwiceIsNamedAsSuch() throws IOException {
		TinyModel tiny = new TinyModel();
		Path file = folder.resolve("twice.intd");
		ModelFiles.saveNew(tiny.model, file);
		// a team given a post's id: references to the post no longer know which element they mean
		String xml = Files.readString(file).replace("id=\"" + tiny.mdt.getId() + "\"", "id=\"" + tiny.lead.getId() + "\"");
		Files.writeString(file, xml);
		ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(file));
		ModelLoadException.Problem first = e.getProblems().get(0);
		assertTrue(first.message().startsWith("the id " + tiny.lead.getId() + " is given to two elements"), e.getMessage());
		assertTrue(first.line() > 0 && first.message().contains("line "), e.getMessage());
		assertFalse(e.getMessage().contains("Unresolved reference"), e.getMessage());
	}

	@Test
	void anIdGivenTwiceWithinOneKindIsRenumberedAndSaid() throws IOException {
		TinyModel tiny = new TinyModel();
		Path file = folder.resolve("twice.intd");
		ModelFiles.saveNew(tiny.model, file);
		Files.writeString(file, Files.readString(file).replace("id=\"" + tiny.vacancy.getId() + "\"", "id=\""
				+ tiny.worker.getId() + "\""));
		LoadedModel loaded = ModelFiles.load(file);
		assertTrue(loaded.integrity().problems().get(0).contains("had the id " + tiny.worker.getId()),
				loaded.integrity().problems().toString());
	}
}
