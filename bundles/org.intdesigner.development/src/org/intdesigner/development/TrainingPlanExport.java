package org.intdesigner.development;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.intdesigner.io.ExportTable;
import org.intdesigner.io.ExportTables;

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
		List<ExportTable> tables = PlanTables.of(plan);
		return ExportTables.write(tables, tables.get(0).name(), file);
	}

	/** One table as CSV, text guarded against being taken for a formula by a spreadsheet. */
	static void csv(ExportTable table, Appendable out) throws IOException {
		ExportTables.csv(table, out);
	}
}
