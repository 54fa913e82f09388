package org.intdesigner.model.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.intdesigner.io.AtomicWrite;
import org.intdesigner.model.IntdModel;

/**
 * Builds a model from a folder of CSV files (see {@link CsvSchema}). Every problem in every file
 * is collected in one pass and reported together; a model is returned only when there is none,
 * so nothing is ever half-imported.
 */
public final class CsvImporter {

	private CsvImporter() {
	}

	public static IntdModel importFolder(Path folder) throws IOException {
		return read(folder).model();
	}

	/**
	 * The model of {@code folder} with the row each of its objects was read from. An export into the
	 * folder that a crash interrupted between the renames of its files is finished first, and the
	 * partial files of killed writes are removed (see {@link AtomicWrite}): the files read are all of
	 * one export.
	 */
	public static CsvBundle read(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			throw new IOException(folder + " is not a folder: give the folder that holds the CSV files ("
					+ String.join(", ", CsvSchema.files()) + ").");
		}
		for (String file : CsvSchema.files()) {
			AtomicWrite.clearLeftovers(folder.resolve(file));
		}
		List<String> present = CsvSchema.files().stream().filter(f -> Files.exists(folder.resolve(f))).toList();
		if (present.isEmpty()) {
			throw new IOException(folder + " holds none of the INT Designer CSV files ("
					+ String.join(", ", CsvSchema.files()) + "): nothing to import.");
		}
		return new CsvImportRun(folder).run();
	}
}
