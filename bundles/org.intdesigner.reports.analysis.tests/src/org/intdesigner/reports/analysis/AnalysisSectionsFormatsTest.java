package org.intdesigner.reports.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.reports.Audience;
import org.intdesigner.reports.engine.ReportDocument;
import org.intdesigner.reports.render.ReportFiles;
import org.intdesigner.reports.render.ReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example place's board pack with the RACI and findings sections, written as PDF, Excel and
 * HTML and read back: the PDF's text by PDFBox, the workbook's cells by POI.
 */
class AnalysisSectionsFormatsTest {

	private static final String GOVERNANCE = "Riverside: Shared clinical governance and safety across INT partners";

	@TempDir
	Path folder;

	private final IntdModel model = ExamplePlace.create();

	private ReportDocument pack() {
		return ExampleAnalysisPack.build(model, "place-riverside", Audience.BOARD);
	}

	@Test
	void thePdfHoldsTheMatrixLettersAndTheFindings() throws IOException {
		Path pdf = folder.resolve("riverside.pdf");
		ReportFiles.write(pack(), ReportFormat.PDF, pdf);
		keep(pdf);
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
			assertTrue(text.contains("Accountability (RACI)"), text);
			assertTrue(text.contains("Validation findings"), text);
			assertTrue(text.contains("R/A"), "the trust director's letters");
			assertTrue(text.contains("ACC-002"), text);
			assertTrue(text.contains("has two Accountable parties"), text);
			assertTrue(text.contains("Findings by rule"), text);
			assertTrue(text.contains("Riverside population health and digital team"), "TEAM-002's team");
			assertFalse(text.contains("Item id"), "the whole matrix is the workbook's only");
		}
	}

	@Test
	void theWorkbookHasTheWholeMatrixAndTheCountsByRule() throws IOException {
		Path xlsx = folder.resolve("riverside.xlsx");
		ReportFiles.write(pack(), ReportFormat.XLSX, xlsx);
		keep(xlsx);
		try (InputStream in = Files.newInputStream(xlsx); Workbook workbook = new XSSFWorkbook(in)) {
			Sheet matrix = workbook.getSheet(RaciSection.FULL_SHEET);
			assertNotNull(matrix, "sheets: " + sheets(workbook));
			Row header = matrix.getRow(0);
			assertEquals("Accountability item", header.getCell(1).getStringCellValue());
			assertEquals(model.getAccountabilities().size(), matrix.getLastRowNum());
			Row governance = null;
			for (Row row : matrix) {
				if (GOVERNANCE.equals(text(row, 1))) {
					governance = row;
				}
			}
			assertNotNull(governance);
			int accountable = 0;
			for (int c = 3; c < header.getLastCellNum() - 1; c++) {
				accountable += text(governance, c).contains("A") ? 1 : 0;
			}
			assertEquals(2, accountable);
			assertTrue(governance.getCell(header.getLastCellNum() - 1).getStringCellValue().contains("two Accountable parties"));
			Sheet summary = workbook.getSheet(FindingsSection.SUMMARY_TABLE);
			Map<String, Long> counts = new TreeMap<>();
			for (Row row : summary) {
				String rule = text(row, 0);
				if (row.getRowNum() > 0 && rule.matches("[A-Z]+-\\d+")) {
					counts.merge(rule, (long) row.getCell(3).getNumericCellValue(), Long::sum);
				}
			}
			assertEquals(ExampleAnalysisPack.byRule(ExampleAnalysisPack.validate(model).active()), counts);
			assertNotNull(workbook.getSheet(RaciSection.FINDINGS_TABLE), sheets(workbook).toString());
			assertTrue(sheets(workbook).stream().noneMatch(name -> name.startsWith("RACI-")), "no page-only tables: "
					+ sheets(workbook));
		}
	}

	@Test
	void theHtmlShowsTheNarrowTablesNotTheWholeSheet() throws IOException {
		Path html = folder.resolve("riverside.html");
		ReportFiles.write(pack(), ReportFormat.HTML, html);
		keep(html);
		String text = Files.readString(html, StandardCharsets.UTF_8);
		assertTrue(text.contains("<caption>RACI: "), "the team tables");
		assertFalse(text.contains("<caption>" + RaciSection.FULL_SHEET + "</caption>"));
		assertTrue(text.contains("<caption>" + FindingsSection.SUMMARY_TABLE + "</caption>"));
	}

	/** A cell's text; a blank cell is not written at all. */
	private static String text(Row row, int column) {
		return row.getCell(column) == null ? "" : row.getCell(column).getStringCellValue();
	}

	/** A copy in the build's target folder, to look at its pages (pdftoppm) after the build. */
	private static void keep(Path file) throws IOException {
		Path target = Path.of("target");
		if (Files.isDirectory(target)) {
			Files.copy(file, target.resolve("example-" + file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static java.util.List<String> sheets(Workbook workbook) {
		java.util.List<String> names = new java.util.ArrayList<>();
		workbook.forEach(sheet -> names.add(sheet.getSheetName()));
		return names;
	}
}
