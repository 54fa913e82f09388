package org.intdesigner.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.reports.charts.Charts;
import org.intdesigner.reports.engine.ReportBuilder;
import org.intdesigner.reports.engine.ReportDocument;
import org.intdesigner.reports.engine.SectionDescriptor;
import org.intdesigner.reports.render.ReportFiles;
import org.intdesigner.reports.render.ReportFormat;
import org.intdesigner.workforce.metrics.SmallNumberSuppression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One report through the engine into all three formats, read back as a reader's program would:
 * the PDF's text, outline and pages by PDFBox, the workbook's cells by POI, the HTML as text.
 */
class ReportFormatsTest {

	@TempDir
	Path folder;

	/** Keeps what was written under target/ to look at (pdftoppm target/report-samples/pack.pdf). */
	@org.junit.jupiter.api.AfterEach
	void keep() throws IOException {
		Path samples = Path.of("target", "report-samples");
		Files.createDirectories(samples);
		try (var files = Files.list(folder)) {
			for (Path file : files.toList()) {
				Files.copy(file, samples.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}

	/** A section with a table of figures (one suppressed, one RAG-rated) and a chart. */
	static final class FiguresSection implements ReportSection {
		@Override
		public void write(ReportContext context, SectionWriter out) {
			out.heading("Turnover by partner");
			out.table(new ReportTable("Turnover by partner", "Partner", "Leavers", "Turnover %")
					.row("Riverside Community Health", 12, Cell.number(14.2, "14.2%", Tone.RED))
					.row("Tiny & Co <VCFSE>", Cell.text(SmallNumberSuppression.MARK), Cell.text(SmallNumberSuppression.MARK))
					.note("* fewer than 5 people"));
			Map<String, Map<String, Double>> lines = new LinkedHashMap<>();
			lines.put("All partners", Map.of("2025-04", 10.0, "2025-05", 11.5, "2025-06", Double.NaN));
			out.figure(Charts.lines("Turnover, twelve months to each month", "%", List.of("2025-04", "2025-05", "2025-06"),
					lines, 12.0));
			out.figure(new Figure() {
				public String title() {
					return "A drawn box";
				}

				public double width() {
					return 1200;
				}

				public double height() {
					return 300;
				}

				public void draw(Graphics2D g) {
					g.setColor(Color.BLUE);
					g.drawRect(10, 10, 1180, 280);
					g.drawString("Docklands MDT", 40, 60);
				}
			});
		}
	}

	static final class BrokenSection implements ReportSection {
		@Override
		public void write(ReportContext context, SectionWriter out) {
			out.paragraph("half written");
			throw new IllegalStateException("broken on purpose");
		}
	}

	static final class NeedsStoreSection implements ReportSection {
		@Override
		public void write(ReportContext context, SectionWriter out) throws MissingData {
			context.store();
		}
	}

	private ReportDocument report() {
		IntdModel model = ExamplePlace.create();
		ReportContext context = new ReportContext(model, null, ReportScope.resolve(model, "place-riverside"), Audience.BOARD, null,
				SmallNumberSuppression.standard(), LocalDate.of(2026, 12, 7), null, null);
		Set<Audience> all = Set.of(Audience.values());
		List<SectionDescriptor> sections = List.of(
				new SectionDescriptor("test.figures", "Workforce figures", 1, all, "", "test", FiguresSection::new),
				new SectionDescriptor("test.broken", "A broken section", 2, all, "", "test.plugin", BrokenSection::new),
				new SectionDescriptor("test.store", "Needs the store", 3, all, "", "test", NeedsStoreSection::new));
		return ReportBuilder.build(context, sections, null);
	}

	@Test
	void aBrokenSectionOrMissingDataIsSaidInItsPlaceAndTheRestIsWritten() {
		ReportDocument report = report();
		assertEquals("Riverside: place board pack", report.title());
		assertEquals(3, report.sections().size());
		assertTrue(report.sections().get(1).missing().get(0).contains("broken on purpose"));
		assertTrue(report.sections().get(1).missing().get(0).contains("test.plugin"));
		assertEquals(1, report.sections().get(1).blocks().size(), "the half-written part is dropped");
		assertTrue(report.sections().get(2).missing().get(0).contains("No workforce store"));
	}

	@Test
	void thePdfHasTheFiguresTextContentsBookmarksAndPageNumbers() throws IOException {
		Path pdf = folder.resolve("pack.pdf");
		ReportFiles.write(report(), ReportFormat.PDF, pdf);
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			String text = new PDFTextStripper().getText(document);
			assertTrue(text.contains("Riverside: place board pack"), text);
			assertTrue(text.contains("Riverside Community Health"), text);
			assertTrue(text.contains("14.2%"), text);
			assertTrue(text.contains("Tiny & Co <VCFSE>"), text);
			assertTrue(text.contains("No workforce store"), text);
			assertTrue(text.contains("Page 1 of " + document.getNumberOfPages()), text);
			assertTrue(document.getNumberOfPages() >= 4, "front page, contents, a page per section");
			List<String> bookmarks = new java.util.ArrayList<>();
			for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
				bookmarks.add(item.getTitle());
			}
			assertEquals(List.of("Workforce figures", "A broken section", "Needs the store"), bookmarks);
		}
	}

	@Test
	void theWorkbookHasASheetPerTableWithNumbersKeptNumbers() throws IOException {
		Path xlsx = folder.resolve("pack.xlsx");
		ReportFiles.write(report(), ReportFormat.XLSX, xlsx);
		try (InputStream in = Files.newInputStream(xlsx); Workbook workbook = new XSSFWorkbook(in)) {
			assertEquals("Contents", workbook.getSheetName(0));
			Sheet sheet = workbook.getSheet("Turnover by partner");
			assertEquals("Partner", sheet.getRow(0).getCell(0).getStringCellValue());
			assertEquals(12, sheet.getRow(1).getCell(1).getNumericCellValue(), 1e-9);
			assertEquals(14.2, sheet.getRow(1).getCell(2).getNumericCellValue(), 1e-9);
			assertEquals("*", sheet.getRow(2).getCell(1).getStringCellValue());
		}
	}

	@Test
	void theHtmlIsOneFileWithInlineDrawingsAndEscapedText() throws IOException {
		Path html = folder.resolve("pack.html");
		ReportFiles.write(report(), ReportFormat.HTML, html);
		String text = Files.readString(html, StandardCharsets.UTF_8);
		assertTrue(text.startsWith("<!DOCTYPE html>"));
		assertTrue(text.contains("Tiny &amp; Co &lt;VCFSE&gt;"), "text escaped");
		assertTrue(text.contains("<svg"), "figures inline");
		assertFalse(text.contains("src=\"http"), "nothing fetched");
		assertFalse(text.contains("<td/>"), "no empty cells HTML would misread");
		assertTrue(text.contains("href=\"#s-test-figures\""), "contents link to sections");
	}
}
