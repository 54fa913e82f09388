package org.intdesigner.planning.transition;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.intdesigner.io.ExportTables;

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
		return ExportTables.write(TransitionTables.of(plan), TransitionTables.changes(plan).name(), file);
	}
}
