package org.intdesigner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.intdesigner.model.IntdModel;
import org.intdesigner.model.csv.CsvImporter;
import org.intdesigner.model.io.ModelFiles;

/**
 * A model named on the command line: an .intd file, or a folder of CSV files read into memory
 * (nothing is written). Anything that cannot be read is an IOException whose message names the
 * file and says what is wrong.
 */
final class ModelInput {

	private ModelInput() {
	}

	static IntdModel read(Path path) throws IOException {
		if (Files.isDirectory(path)) {
			return CsvImporter.importFolder(path);
		}
		if (!Files.exists(path)) {
			throw new IOException(path + ": there is no such file or folder; give an .intd model or a folder of CSV files.");
		}
		return ModelFiles.load(path).model();
	}
}
