package org.intdesigner.io;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a set of tables (a plan's, a report's) as one Excel workbook, a sheet per table with its header frozen, or as
 * CSV files: the main table in the file named, each other beside it ({@code plan-cohorts.csv}, ...). Files are
 * replaced whole or not at all, and CSV text is guarded against being taken for a formula by a spreadsheet.
 */
public final class ExportTables {

	private ExportTables() {
	}

	/**
	 * By the file's extension: .xlsx a workbook of every table, anything else CSV with the table named {@code main}
	 * in {@code file}. Returns the files written.
	 */
	public static List<Path> write(List<ExportTable> tables, String main, Path file) throws IOException {
		if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
			writeXlsx(tables, file);
			return List.of(file);
		}
		return writeCsv(tables, main, file);
	}

	public static void writeXlsx(List<ExportTable> tables, Path file) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			for (ExportTable table : tables) {
				Sheet sheet = workbook.createSheet(table.name());
				Row header = sheet.createRow(0);
				for (int c = 0; c < table.header().size(); c++) {
					header.createCell(c).setCellValue(table.header().get(c));
					header.getCell(c).setCellStyle(bold);
				}
				for (int r = 0; r < table.rows().size(); r++) {
					Row row = sheet.createRow(r + 1);
					List<Object> cells = table.rows().get(r);
					for (int c = 0; c < cells.size(); c++) {
						if (cells.get(c) instanceof Number number) {
							row.createCell(c).setCellValue(number.doubleValue());
						} else {
							// a cell of text is never a formula in a workbook; only CSV needs the guard
							row.createCell(c).setCellValue(String.valueOf(cells.get(c)));
						}
					}
				}
				sheet.createFreezePane(0, 1);
				for (int c = 0; c < table.header().size(); c++) {
					sheet.setColumnWidth(c, 256 * Math.min(60, Math.max(12, table.header().get(c).length() + 4)));
				}
			}
			AtomicWrite.write(file, workbook::write);
		}
	}

	/** The table named {@code main} into {@code file}, the others beside it; all replaced together. */
	public static List<Path> writeCsv(List<ExportTable> tables, String main, Path file) throws IOException {
		Map<Path, AtomicWrite.Content> files = new LinkedHashMap<>();
		String name = file.getFileName().toString();
		String stem = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
		tables.stream().filter(table -> table.name().equals(main)).forEach(table -> files.put(file, content(table)));
		if (files.isEmpty()) {
			throw new IllegalArgumentException("no table named " + main);
		}
		for (ExportTable table : tables) {
			if (!table.name().equals(main)) {
				files.put(file.resolveSibling(stem + "-" + slug(table.name()) + ".csv"), content(table));
			}
		}
		AtomicWrite.writeAll(files);
		return List.copyOf(files.keySet());
	}

	/** One table as CSV text. */
	public static String csv(ExportTable table) {
		StringWriter out = new StringWriter();
		try {
			csv(table, out);
		} catch (IOException e) {
			throw new IllegalStateException("writing to a string cannot fail", e);
		}
		return out.toString();
	}

	/** One table as CSV, text guarded against being taken for a formula by a spreadsheet. */
	public static void csv(ExportTable table, Appendable out) throws IOException {
		CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(table.header().toArray(String[]::new)).get());
		for (List<Object> row : table.rows()) {
			printer.printRecord(row.stream().map(cell -> cell instanceof Number ? cell : SpreadsheetText.forCell(String.valueOf(cell)))
					.toList());
		}
		printer.flush();
	}

	/** A table's name as part of a file name: "Hours by role" becomes "hours-by-role". */
	public static String slug(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
	}

	private static AtomicWrite.Content content(ExportTable table) {
		return out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			csv(table, writer);
			writer.flush();
		};
	}
}
