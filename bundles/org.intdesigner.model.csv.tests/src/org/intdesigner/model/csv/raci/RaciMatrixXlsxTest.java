package org.intdesigner.model.csv.raci;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.Party;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook read back with POI: frozen header, codes, red rows for findings, a key. */
class RaciMatrixXlsxTest {

	@TempDir
	Path folder;


	@Test
	void theWorkbookHasTheMatrixWithViolatingRowsFilledAndAKey() throws IOException {
		IntdModel model = RaciTestModels.example();
		RaciMatrix matrix = RaciMatrix.of(model);
		AccountabilityItem violating = RaciTestModels.item(model, "riverside-clinical-governance");
		Path file = folder.resolve("raci.xlsx");
		RaciMatrixXlsx.export(matrix,
				item -> item == violating ? List.of("Accountability item has more than one Accountable party") : List.of(), file);

		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			XSSFSheet sheet = workbook.getSheet(RaciMatrixXlsx.MATRIX_SHEET);
			Row header = sheet.getRow(0);
			assertEquals("Item id", header.getCell(0).getStringCellValue());
			assertEquals("Item", header.getCell(1).getStringCellValue());
			Party first = matrix.columns().get(0);
			assertEquals(RaciNames.of(first) + " (" + RaciNames.kindOf(first) + ")", header.getCell(2).getStringCellValue());
			assertEquals(RaciMatrixXlsx.FINDINGS, header.getCell(2 + matrix.columns().size()).getStringCellValue());
			// POI names splits by the line drawn: the vertical split line sits after the frozen columns
			assertTrue(sheet.getPaneInformation().isFreezePane());
			assertEquals(2, sheet.getPaneInformation().getVerticalSplitPosition(), "item columns frozen");
			assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "header row frozen");
			assertEquals(matrix.rows().size(), sheet.getLastRowNum());

			int r = 1 + matrix.rows().indexOf(violating);
			Row row = sheet.getRow(r);
			assertEquals(violating.getId(), row.getCell(0).getStringCellValue());
			for (int c = 0; c < matrix.columns().size(); c++) {
				assertEquals(RaciMatrix.cellText(violating, matrix.columns().get(c)), row.getCell(2 + c).getStringCellValue());
			}
			assertTrue(row.getCell(2 + matrix.columns().size()).getStringCellValue().contains("more than one Accountable"));
			for (int c = 0; c <= 2 + matrix.columns().size(); c++) {
				XSSFCellStyle style = (XSSFCellStyle) row.getCell(c).getCellStyle();
				assertEquals(FillPatternType.SOLID_FOREGROUND, style.getFillPattern());
				assertArrayEquals(RaciMatrixXlsx.VIOLATION_RGB, style.getFillForegroundColorColor().getRGB());
			}
			Row fine = sheet.getRow(r == 1 ? 2 : 1);
			assertNotEquals(FillPatternType.SOLID_FOREGROUND, fine.getCell(0).getCellStyle().getFillPattern());

			XSSFSheet key = workbook.getSheet(RaciMatrixXlsx.KEY_SHEET);
			assertEquals("R", key.getRow(1).getCell(0).getStringCellValue());
			assertTrue(key.getRow(2).getCell(1).getStringCellValue().startsWith("Accountable"));
			assertEquals("I", key.getRow(5).getCell(0).getStringCellValue());
		}
	}
}
