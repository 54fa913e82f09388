package org.intdesigner.model.csv.raci;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.IndexedColorMap;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.Party;
import org.intdesigner.model.RaciCode;
import org.intdesigner.io.AtomicWrite;

/**
 * A RACI matrix as an Excel workbook for people who read rather than re-import it: sheet "RACI"
 * with a frozen header (item id, item, one column per party, then the item's findings), the codes
 * centred in their cells and the rows of items with findings filled light red; sheet "Key" says
 * what the codes mean. Findings come from the caller, so this bundle needs no validator.
 */
public final class RaciMatrixXlsx {

	public static final String MATRIX_SHEET = "RACI";
	public static final String KEY_SHEET = "Key";
	public static final String FINDINGS = "Findings";
	/** The fill of a row in violation: light red, as the matrix editor shows it. */
	public static final byte[] VIOLATION_RGB = { (byte) 0xFF, (byte) 0xD6, (byte) 0xD6 };

	private RaciMatrixXlsx() {
	}

	/** Excel's most characters in one cell; a longer text is cut there with {@link #CUT_MARK}. */
	public static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
	static final String CUT_MARK = " [cut: %,d more characters]";

	/**
	 * Writes the workbook to {@code file}, replacing it whole or not at all. {@code findings} gives
	 * the messages of the findings on an item (empty when it has none). Returns what the user should
	 * know: each text longer than a cell may hold, named by its item or party, cut to fit with a mark.
	 */
	public static List<String> export(RaciMatrix matrix, Function<AccountabilityItem, List<String>> findings, Path file)
			throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook);
			List<String> notes = new ArrayList<>();
			writeMatrix(workbook.createSheet(MATRIX_SHEET), matrix, findings, styles, notes);
			writeKey(workbook.createSheet(KEY_SHEET), styles);
			AtomicWrite.write(file, workbook::write);
			return notes;
		}
	}

	/** {@code text} as a cell holds it: cut to Excel's most, with a mark and a note naming what was cut. */
	private static String fit(String text, String what, List<String> notes) {
		if (text == null || text.length() <= MAX_CELL_TEXT) {
			return text;
		}
		String mark = String.format(Locale.ROOT, CUT_MARK, text.length() - MAX_CELL_TEXT);
		String kept = text.substring(0, MAX_CELL_TEXT - mark.length() - 20);
		notes.add(what + " has " + String.format(Locale.ROOT, "%,d", text.length()) + " characters, more than an Excel cell"
				+ " holds (" + String.format(Locale.ROOT, "%,d", MAX_CELL_TEXT) + "): the workbook has its first "
				+ String.format(Locale.ROOT, "%,d", kept.length()) + "; the CSV export keeps it whole");
		return kept + String.format(Locale.ROOT, CUT_MARK, text.length() - kept.length());
	}

	private static String shortName(String text) {
		return text.length() <= 60 ? "'" + text + "'" : "'" + text.substring(0, 57) + "...'";
	}

	private static void writeMatrix(Sheet sheet, RaciMatrix matrix, Function<AccountabilityItem, List<String>> findings,
			Styles styles, List<String> notes) {
		Row header = sheet.createRow(0);
		int column = 0;
		header.createCell(column++).setCellValue(RaciMatrixCsv.ITEM_ID);
		header.createCell(column++).setCellValue(RaciMatrixCsv.ITEM);
		for (Party party : matrix.columns()) {
			String name = RaciNames.of(party);
			header.createCell(column++).setCellValue(fit(name + " (" + RaciNames.kindOf(party) + ")",
					"The name of party " + shortName(name), notes));
		}
		header.createCell(column).setCellValue(FINDINGS);
		header.forEach(cell -> cell.setCellStyle(styles.header));
		int r = 1;
		for (AccountabilityItem item : matrix.rows()) {
			List<String> messages = findings.apply(item);
			boolean violating = !messages.isEmpty();
			Row row = sheet.createRow(r++);
			column = 0;
			row.createCell(column++).setCellValue(item.getId());
			String name = RaciNames.of(item);
			row.createCell(column++).setCellValue(fit(name, "The name of accountability item " + shortName(name), notes));
			for (Party party : matrix.columns()) {
				row.createCell(column++).setCellValue(RaciMatrix.cellText(item, party));
			}
			row.createCell(column).setCellValue(fit(String.join("; ", messages), "The findings of accountability item "
					+ shortName(name), notes));
			for (int c = 0; c <= column; c++) {
				boolean code = c >= 2 && c < column;
				row.getCell(c).setCellStyle(violating ? (code ? styles.violatingCode : styles.violating)
						: (code ? styles.code : styles.plain));
			}
		}
		sheet.createFreezePane(2, 1);
		sheet.setColumnWidth(0, 12 * 256);
		sheet.setColumnWidth(1, 40 * 256);
		for (int c = 2; c < 2 + matrix.columns().size(); c++) {
			sheet.setColumnWidth(c, 14 * 256);
		}
		sheet.setColumnWidth(2 + matrix.columns().size(), 60 * 256);
	}

	private static void writeKey(Sheet sheet, Styles styles) {
		Row header = sheet.createRow(0);
		header.createCell(0).setCellValue("Code");
		header.createCell(1).setCellValue("Meaning");
		header.forEach(cell -> cell.setCellStyle(styles.header));
		int r = 1;
		for (RaciCode code : RaciCode.values()) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(code.getLiteral());
			row.getCell(0).setCellStyle(styles.code);
			row.createCell(1).setCellValue(RaciKey.meaning(code));
		}
		r++;
		for (String rule : RaciKey.rules()) {
			sheet.createRow(r++).createCell(1).setCellValue(rule);
		}
		Row legend = sheet.createRow(r + 1);
		legend.createCell(0).setCellStyle(styles.violating);
		legend.createCell(1).setCellValue("Rows filled light red have validation findings, listed in the last column.");
		sheet.setColumnWidth(0, 8 * 256);
		sheet.setColumnWidth(1, 90 * 256);
	}

	/** The few cell styles of the workbook (a workbook holds a limited number, so they are shared). */
	private static final class Styles {
		final CellStyle header;
		final CellStyle plain;
		final CellStyle code;
		final CellStyle violating;
		final CellStyle violatingCode;

		Styles(XSSFWorkbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			header = workbook.createCellStyle();
			header.setFont(bold);
			header.setBorderBottom(BorderStyle.THIN);
			header.setWrapText(true);
			plain = workbook.createCellStyle();
			code = workbook.createCellStyle();
			code.setAlignment(HorizontalAlignment.CENTER);
			violating = filled(workbook, plain);
			violatingCode = filled(workbook, code);
		}

		private static CellStyle filled(XSSFWorkbook workbook, CellStyle base) {
			XSSFCellStyle style = workbook.createCellStyle();
			style.cloneStyleFrom(base);
			style.setFillForegroundColor(new XSSFColor(VIOLATION_RGB, (IndexedColorMap) null));
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			return style;
		}
	}

}
