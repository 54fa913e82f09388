package org.intdesigner.development;

import java.io.IOException;
import java.io.OutputStreamWriter;
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
import org.intdesigner.io.AtomicWrite;
import org.intdesigner.io.SpreadsheetText;

/**
 * Writes a training plan's tables ({@link PlanTables}) as an Excel workbook (a sheet per table, header frozen) or as
 * CSV files: the training needs in the file named, each other table beside it ({@code plan-cohorts.csv}, ...). Files
 * are replaced whole or not at all.
 */
public final class TrainingPlanExport {

	private TrainingPlanExport() {
	}

	/** By the file's extension: .xlsx a workbook, anything else CSV. Returns the files written. */
	public static List<Path> write(TrainingPlan plan, Path file) throws IOException {
		if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
			writeXlsx(plan, file);
			return List.of(file);
		}
		return writeCsv(plan, file);
	}

	public static void writeXlsx(TrainingPlan plan, Path file) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			for (PlanTables.Table table : PlanTables.of(plan)) {
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
							row.createCell(c).setCellValue(String.valueOf(cells.get(c)));
						}
					}
				}
				sheet.createFreezePane(0, 1);
				for (int c = 0; c < table.header().size(); c++) {
					sheet.setColumnWidth(c, 256 * Math.min(60, Math.max(10, table.header().get(c).length() + 4)));
				}
			}
			AtomicWrite.write(file, workbook::write);
		}
	}

	/** The needs into {@code file}, the other tables beside it; all replaced together. */
	public static List<Path> writeCsv(TrainingPlan plan, Path file) throws IOException {
		Map<Path, AtomicWrite.Content> files = new LinkedHashMap<>();
		List<PlanTables.Table> tables = PlanTables.of(plan);
		String name = file.getFileName().toString();
		String stem = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
		for (int i = 0; i < tables.size(); i++) {
			PlanTables.Table table = tables.get(i);
			Path target = i == 0 ? file : file.resolveSibling(stem + "-" + slug(table.name()) + ".csv");
			files.put(target, out -> {
				Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				csv(table, writer);
				writer.flush();
			});
		}
		AtomicWrite.writeAll(files);
		return List.copyOf(files.keySet());
	}

	/** One table as CSV, text guarded against being taken for a formula by a spreadsheet. */
	static void csv(PlanTables.Table table, Appendable out) throws IOException {
		CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(table.header().toArray(String[]::new)).get());
		for (List<Object> row : table.rows()) {
			printer.printRecord(row.stream().map(cell -> cell instanceof Number ? cell : SpreadsheetText.forCell(String.valueOf(cell)))
					.toList());
		}
		printer.flush();
	}

	static String slug(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
	}
}
