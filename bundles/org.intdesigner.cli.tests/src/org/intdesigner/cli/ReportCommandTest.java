package org.intdesigner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.model.samples.SyntheticModels;
import org.intdesigner.reports.Audience;
import org.intdesigner.reports.engine.SectionDescriptor;
import org.intdesigner.reports.engine.SectionRegistry;
import org.intdesigner.reports.sections.AboutSection;
import org.intdesigner.workforce.store.StoreLocation;
import org.intdesigner.workforce.store.WorkforceStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ./intd report, in process: the example place's pack in each format, one file per place, what sections
 * said was missing on standard error, and bad requests refused with nothing written. Only the "About this
 * pack" section is relied on among the installed ones; a section needing the store is this test's own.
 */
class ReportCommandTest {

	@TempDir
	Path temp;

	private Path example() throws IOException {
		Path file = temp.resolve("riverside.intd");
		ModelFiles.saveNew(ExamplePlace.create(), file);
		return file;
	}

	private static String pdfText(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

	/** About, and a section that needs the workforce store (and says so without one). */
	private static SectionRegistry aboutAndStore() {
		SectionDescriptor about = new SectionDescriptor("org.intdesigner.reports.about", "About this pack", 10,
				Set.of(Audience.values()), "", "test", AboutSection::new);
		SectionDescriptor store = new SectionDescriptor("test.staffing", "Staff in post", 200, Set.of(Audience.values()), "",
				"test", () -> (context, out) -> out.paragraph("store of " + context.store().getClass().getSimpleName()));
		return new SectionRegistry(List.of(about, store));
	}

	private static CliRun withSections(SectionRegistry registry, String... args) {
		return CliRun.withCommands(Map.of(ReportCommand.class, new ReportCommand(() -> registry)), args);
	}

	private List<Path> filesIn(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.sorted().toList();
		}
	}

	@Test
	void theExamplePlacesPackAsPdf() throws IOException {
		Path pdf = temp.resolve("riverside.pdf");
		CliRun run = CliRun.of("report", example().toString(), "--scope", "place-riverside", "--sections", "about", pdf.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertEquals(pdf + ": Riverside (place), 1 section\n", run.out().replace("\r", ""));
		String text = pdfText(pdf);
		assertTrue(text.contains("Riverside: place board pack") && text.contains("About this pack")
				&& text.contains("Riverside (place)") && text.contains("riverside.intd"), text);
	}

	@Test
	void theFormatComesFromTheFilesNameOrFormat() throws IOException {
		Path model = example();
		Path html = temp.resolve("pack.html");
		assertEquals(0, CliRun.of("report", model.toString(), "--sections", "about", html.toString()).exitCode());
		String page = Files.readString(html, StandardCharsets.UTF_8);
		assertTrue(page.contains("<html") && page.contains("About this pack"), page);

		Path xlsx = temp.resolve("pack.xlsx");
		assertEquals(0, CliRun.of("report", model.toString(), "--template", "partner", "--scope", "pcn-dh", "--sections", "about",
				xlsx.toString()).exitCode());
		byte[] start = java.util.Arrays.copyOf(Files.readAllBytes(xlsx), 2);
		assertEquals("PK", new String(start, StandardCharsets.US_ASCII));

		Path noExtension = temp.resolve("pack");
		CliRun named = CliRun.of("report", model.toString(), "--format", "pdf", "--sections", "about", noExtension.toString());
		assertEquals(0, named.exitCode(), named.err());
		assertTrue(pdfText(noExtension).contains("About this pack"));
	}

	@Test
	void whatSectionsMissAreSaidOnStandardErrorAndTheReportIsStillWritten() throws Exception {
		Path model = example();
		Path pdf = temp.resolve("no-store.pdf");
		CliRun run = withSections(aboutAndStore(), "report", model.toString(), "--db", temp.resolve("none").toString(), pdf.toString());
		assertEquals(1, run.exitCode(), "a named store that is not there is refused: " + run.err());
		assertFalse(Files.exists(pdf));

		// without --db the default store is used only if there is one; the tests' home has none
		CliRun noStore = withSections(aboutAndStore(), "report", model.toString(), pdf.toString());
		assertEquals(0, noStore.exitCode(), noStore.err());
		assertTrue(noStore.out().contains("2 sections (1 without all their data)"), noStore.out());
		assertTrue(noStore.err().startsWith("Staff in post: No workforce store: import the partners' workforce files"), noStore.err());
		String text = pdfText(pdf);
		assertTrue(text.contains("Staff in post") && text.contains("No workforce store"), text);

		Path folder = temp.resolve("workforce");
		WorkforceStore.open(StoreLocation.embedded(folder)).close();
		CliRun withStore = withSections(aboutAndStore(), "report", model.toString(), "--db", folder.toString(), pdf.toString());
		assertEquals(0, withStore.exitCode(), withStore.err());
		assertEquals("", withStore.err());
		assertTrue(pdfText(pdf).contains("store of WorkforceStore"));
	}

	@Test
	void allPlacesWritesOneCompleteFilePerPlace() throws IOException {
		Path model = temp.resolve("small.intd");
		ModelFiles.saveNew(SyntheticModels.generate(SyntheticModels.Scale.SMALL, 1L), model);
		Path folder = temp.resolve("packs");
		CliRun run = CliRun.of("report", model.toString(), "--scope", ReportCommand.ALL_PLACES, "--sections", "about",
				folder.toString());
		assertEquals(0, run.exitCode(), run.err());
		List<Path> files = filesIn(folder);
		assertEquals(List.of(folder.resolve("place-1-place-board-pack.pdf"), folder.resolve("place-2-place-board-pack.pdf")), files);
		assertEquals(List.of(files.get(0) + ": Place 1 (place), 1 section", files.get(1) + ": Place 2 (place), 1 section"),
				run.out().lines().toList());
		assertTrue(pdfText(files.get(1)).contains("Place 2 (place)"));

		CliRun html = CliRun.of("report", model.toString(), "--scope", ReportCommand.ALL_PLACES, "--format", "html",
				"--template", "neighbourhood", "--sections", "about", folder.toString());
		assertEquals(0, html.exitCode(), html.err());
		assertEquals(4, filesIn(folder).size());
		assertTrue(Files.exists(folder.resolve("place-1-neighbourhood-pack.html")));
	}

	@Test
	void badRequestsAreRefusedAndNothingIsWritten() throws IOException {
		String model = example().toString();
		String pdf = temp.resolve("out.pdf").toString();
		assertRefused(CliRun.of("report", model, "--scope", "nowhere", pdf), "No area, team or organisation with id or code"
				+ " 'nowhere'", "Places: place-riverside");
		assertRefused(CliRun.of("report", model, "--sections", "about,glitter", pdf), "No report section 'glitter'. Sections:",
				"about");
		assertRefused(CliRun.of("report", model, "--format", "docx", pdf), "No report format 'docx': use html, pdf or xlsx.");
		assertRefused(CliRun.of("report", model, "--format", "html", pdf), "named as pdf but --format says html");
		assertRefused(CliRun.of("report", model, temp.resolve("out.txt").toString()), "name the file .html, .pdf or .xlsx");
		assertRefused(CliRun.of("report", model, "--template", "council", pdf), "No report template 'council'");
		assertRefused(CliRun.of("report", model, "--month", "March", pdf), "--month March: months are written YYYY-MM");
		assertRefused(CliRun.of("report", model, "--threshold", "0", pdf), "--threshold 0");
		assertRefused(CliRun.of("report", temp.resolve("nowhere.intd").toString(), pdf), "nowhere.intd");
		assertRefused(CliRun.of("report", model, temp.resolve("no-folder/out.pdf").toString()), "does not exist");
		Files.writeString(temp.resolve("a-file"), "x");
		assertRefused(CliRun.of("report", model, "--scope", ReportCommand.ALL_PLACES, temp.resolve("a-file").toString()),
				"is a file");
		assertEquals(List.of(temp.resolve("a-file"), temp.resolve("riverside.intd")), filesIn(temp), "nothing written");
	}

	private static void assertRefused(CliRun run, String... said) {
		assertEquals(IntdCommand.BAD_INPUT, run.exitCode(), run.toString());
		assertEquals("", run.out(), run.toString());
		for (String text : said) {
			assertTrue(run.err().contains(text), text + " in " + run.err());
		}
	}
}
