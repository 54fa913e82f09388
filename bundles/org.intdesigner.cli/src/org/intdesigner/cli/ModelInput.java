package org.intdesigner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.intdesigner.analysis.report.ElementSources;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.csv.CsvBundle;
import org.intdesigner.model.csv.CsvImporter;
import org.intdesigner.model.csv.CsvRow;
import org.intdesigner.model.io.ModelFiles;

/**
 * A model named on the command line: an .intd file, or a folder of CSV files read into memory
 * (nothing is written). Anything that cannot be read is an IOException whose message names the
 * file and says what is wrong.
 */
final class ModelInput {

	/** The model, and for a folder of CSV files the file and row each element came from. */
	record Opened(IntdModel model, ElementSources sources) {
	}

	private ModelInput() {
	}

	static IntdModel read(Path path) throws IOException {
		return open(path).model();
	}

	/** As {@link #read}, with the CSV file and row of each element (files named under {@code path} as given). */
	static Opened open(Path path) throws IOException {
		if (Files.isDirectory(path)) {
			CsvBundle bundle = CsvImporter.read(path);
			return new Opened(bundle.model(), element -> {
				CsvRow row = bundle.rowOf(element);
				return row == null ? null : new ElementSources.SourceLine(path.resolve(row.file()).toString(), row.row());
			});
		}
		if (!Files.exists(path)) {
			throw new IOException(path + ": there is no such file or folder; give an .intd model or a folder of CSV files.");
		}
		return new Opened(ModelFiles.load(path).model(), ElementSources.NONE);
	}
}
