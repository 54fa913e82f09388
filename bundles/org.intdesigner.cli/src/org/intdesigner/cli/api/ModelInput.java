package org.intdesigner.cli.api;

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
 * <p>
 * Public API for contributed commands ({@code org.intdesigner.cli.commands}): a command that takes a model takes
 * it as a {@code Path} parameter and reads it here, so that it accepts what every built-in command accepts.
 */
public final class ModelInput {

	/** The model, and for a folder of CSV files the file and row each element came from. */
	public record Opened(IntdModel model, ElementSources sources) {
	}

	private ModelInput() {
	}

	/** The model in {@code path}: an .intd file or a folder of CSV files. */
	public static IntdModel read(Path path) throws IOException {
		return open(path).model();
	}

	/** As {@link #read}, with the CSV file and row of each element (files named under {@code path} as given). */
	public static Opened open(Path path) throws IOException {
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
