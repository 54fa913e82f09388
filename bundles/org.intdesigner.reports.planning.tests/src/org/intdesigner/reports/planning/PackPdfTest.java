package org.intdesigner.reports.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.intdesigner.reports.Audience;
import org.intdesigner.reports.Cell;
import org.intdesigner.reports.ReportTable;
import org.intdesigner.reports.engine.ReportBuilder;
import org.intdesigner.reports.engine.ReportDocument;
import org.intdesigner.reports.engine.SectionDescriptor;
import org.intdesigner.reports.engine.SectionRegistry;
import org.intdesigner.reports.render.ReportFiles;
import org.intdesigner.reports.render.ReportFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sections as installed (plugin.xml), in a board pack of the example place written as PDF and read back with PDFBox. */
class PackPdfTest {

	@TempDir
	static Path folder;

	private static ExamplePlanningPack pack;

	@BeforeAll
	static void example() throws Exception {
		pack = new ExamplePlanningPack(folder);
	}

	@AfterAll
	static void close() {
		pack.close();
	}

	@Test
	void theSectionsAreInstalledInTheirOrderAndTemplates() {
		SectionRegistry registry = SectionRegistry.installed();
		List<SectionDescriptor> ours = registry.named(List.of("gap", "skills", "training", "scenario"));
		assertEquals(List.of(300, 350, 400, 450), ours.stream().map(SectionDescriptor::order).toList());
		assertTrue(registry.of(Audience.PARTNER).containsAll(ours.subList(1, 3)));
		assertTrue(registry.of(Audience.PARTNER).stream().noneMatch(section -> section.id().endsWith(".gap")
				|| section.id().endsWith(".scenario")));
	}

	@Test
	void aBoardPackAsPdfHasTheFigures() throws Exception {
		List<SectionDescriptor> sections = SectionRegistry.installed().named(List.of("gap", "skills", "training", "scenario"));
		ReportDocument document = ReportBuilder.build(pack.context("place-riverside"), sections, null);
		ReportTable gaps = ExamplePlanningPack.table(document.sections().get(0), "Need, supply and gap");
		List<Cell> dn = ExamplePlanningPack.row(gaps, "District nurse", "Riverside", "now");
		Path pdf = folder.resolve("board.pdf");
		ReportFiles.write(document, ReportFormat.PDF, pdf);
		try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
			String text = new PDFTextStripper().getText(read);
			for (String expected : List.of("Need, supply and gap", "Skills", "Training plan", "Scenario and transition",
					"Single points of failure", "Riverside North", ExamplePlanningPack.text(gaps, dn, "Need"),
					ExamplePlanningPack.text(gaps, dn, "Gap"), "is not a scenario")) {
				assertTrue(text.contains(expected), expected + " in\n" + text);
			}
		}
	}
}
