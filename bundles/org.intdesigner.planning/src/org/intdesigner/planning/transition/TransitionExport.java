package org.intdesigner.planning.transition;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.intdesigner.io.AtomicWrite;

/**
 * Writes a transition plan's tables ({@link TransitionTables}) as an Excel workbook (sheets Waves, Changes, People,
 * Findings and Posts not costed, header frozen) or as CSV files: the changes in the file named, each other table beside
 * it ({@code plan-waves.csv}, ...). Files are replaced whole or not at all.
 */
public final class TransitionExport {

	private TransitionExport() {
	}

	/** By the file's extension: .xlsx a workbook, anything else CSV. Returns the files written. */
	public static List<Path> write(TransitionPlan plan, Path file) throws IOException {
		if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
			writeXlsx(plan, file);
			return List.of(file);
		}
		return writeCsv(plan, file);
	}

	public static void writeXlsx(TransitionPlan plan, Path file) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			for (TransitionTables.Table table : TransitionTables.of(plan)) {
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

	/** The changes into {@code file}, the other tables beside it; all replaced together. */
	public static List<Path> writeCsv(TransitionPlan plan, Path file) throws IOException {
		Map<Path, AtomicWrite.Content> files = new LinkedHashMap<>();
		String name = file.getFileName().toString();
		String stem = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
		files.put(file, content(TransitionTables.changes(plan)));
		for (TransitionTables.Table table : TransitionTables.of(plan)) {
			if (!table.name().equals("Changes")) {
				files.put(file.resolveSibling(stem + "-" + table.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
						+ ".csv"), content(table));
			}
		}
		AtomicWrite.writeAll(files);
		return List.copyOf(files.keySet());
	}

	private static AtomicWrite.Content content(TransitionTables.Table table) {
		return out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			TransitionOutput.csv(table, writer);
			writer.flush();
		};
	}
}
