package org.intdesigner.reports.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.intdesigner.reports.Cell;
import org.intdesigner.reports.ReportTable;
import org.intdesigner.reports.Tone;
import org.intdesigner.reports.engine.ReportDocument;
import org.intdesigner.reports.engine.SectionContent;

/**
 * A report as an Excel workbook: a Contents sheet (what the pack covers, each section, its sheets
 * and what it says is missing), then a sheet per table with its header frozen, numbers kept
 * numbers (a suppressed figure is the text *) and RAG cells filled as in the PDF.
 */
public final class XlsxReport {

	/** Excel's limit on a sheet's name. */
	static final int MAX_SHEET_NAME = 31;

	private XlsxReport() {
	}

	public static void write(ReportDocument report, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook);
			Sheet contents = workbook.createSheet("Contents");
			int r = 0;
			text(contents.createRow(r++), 0, report.title(), styles.title);
			text(contents.createRow(r++), 0, "Covers: " + report.scope(), null);
			text(contents.createRow(r++), 0, "For: " + report.audience().label(), null);
			text(contents.createRow(r++), 0, "Model: " + report.modelName(), null);
			text(contents.createRow(r++), 0, "Date: " + report.date(), null);
			r++;
			Row head = contents.createRow(r++);
			text(head, 0, "Section", styles.bold);
			text(head, 1, "Sheet", styles.bold);
			text(head, 2, "Note", styles.bold);
			Set<String> used = new HashSet<>(Set.of("contents"));
			for (SectionContent section : report.sections()) {
				List<ReportTable> tables = section.tables().stream().filter(ReportTable::inWorkbook).toList();
				if (tables.isEmpty()) {
					Row row = contents.createRow(r++);
					text(row, 0, section.title(), null);
					text(row, 2, String.join(" ", section.missing()), null);
				}
				for (ReportTable table : tables) {
					String name = sheetName(table.title(), used);
					Row row = contents.createRow(r++);
					text(row, 0, section.title(), null);
					text(row, 1, name, null);
					text(row, 2, table.note() == null ? "" : table.note(), null);
					table(workbook.createSheet(name), table, styles);
				}
			}
			contents.setColumnWidth(0, 256 * 40);
			contents.setColumnWidth(1, 256 * 32);
			contents.setColumnWidth(2, 256 * 80);
			workbook.write(out);
		}
	}

	private static void table(Sheet sheet, ReportTable table, Styles styles) {
		Row header = sheet.createRow(0);
		for (int c = 0; c < table.columns().size(); c++) {
			text(header, c, table.columns().get(c), styles.bold);
		}
		int r = 1;
		for (List<Cell> cells : table.rows()) {
			Row row = sheet.createRow(r++);
			for (int c = 0; c < cells.size(); c++) {
				Cell cell = cells.get(c);
				CellStyle style = styles.tones.get(cell.tone());
				if (cell.number() == null && cell.text().isEmpty() && style == null) {
					continue; // a blank cell is left out: a sparse table (a RACI matrix of 1,000 parties) stays small and quick
				}
				if (cell.number() != null) {
					org.apache.poi.ss.usermodel.Cell out = row.createCell(c);
					out.setCellValue(cell.number());
					if (style != null) {
						out.setCellStyle(style);
					}
				} else {
					// text is never a formula in a workbook: a cell set as a string is shown as written
					text(row, c, cell.text(), style);
				}
			}
		}
		if (table.note() != null) {
			text(sheet.createRow(r + 1), 0, table.note(), null);
		}
		sheet.createFreezePane(0, 1);
		for (int c = 0; c < table.columns().size(); c++) {
			int widest = table.columns().get(c).length();
			for (List<Cell> cells : table.rows()) {
				widest = Math.max(widest, cells.get(c).text().length());
			}
			sheet.setColumnWidth(c, 256 * Math.min(60, Math.max(10, widest + 2)));
		}
	}

	/** A sheet name Excel accepts (31 characters, none of []:*?/\) and not used yet, case aside. */
	static String sheetName(String title, Set<String> used) {
		String safe = WorkbookUtil.createSafeSheetName(title == null || title.isBlank() ? "Table" : title, '-');
		if (safe.length() > MAX_SHEET_NAME) {
			safe = safe.substring(0, MAX_SHEET_NAME);
		}
		String name = safe;
		for (int n = 2; used.contains(name.toLowerCase(Locale.ROOT)); n++) {
			String suffix = " (" + n + ")";
			name = safe.substring(0, Math.min(safe.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
		}
		used.add(name.toLowerCase(Locale.ROOT));
		return name;
	}

	private static void text(Row row, int column, String text, CellStyle style) {
		org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
		cell.setCellValue(text);
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	private static final class Styles {
		final CellStyle bold;
		final CellStyle title;
		final Map<Tone, CellStyle> tones = new EnumMap<>(Tone.class);

		Styles(XSSFWorkbook workbook) {
			Font boldFont = workbook.createFont();
			boldFont.setBold(true);
			bold = workbook.createCellStyle();
			bold.setFont(boldFont);
			Font big = workbook.createFont();
			big.setBold(true);
			big.setFontHeightInPoints((short) 14);
			title = workbook.createCellStyle();
			title.setFont(big);
			tones.put(Tone.RED, fill(workbook, IndexedColors.CORAL));
			tones.put(Tone.AMBER, fill(workbook, IndexedColors.LIGHT_YELLOW));
			tones.put(Tone.GREEN, fill(workbook, IndexedColors.LIGHT_GREEN));
		}

		private static CellStyle fill(XSSFWorkbook workbook, IndexedColors colour) {
			CellStyle style = workbook.createCellStyle();
			style.setFillForegroundColor(colour.getIndex());
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			return style;
		}
	}
}
