package org.intdesigner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.intdesigner.model.IntdModel;
import org.intdesigner.model.csv.CsvImporter;
import org.intdesigner.model.io.ModelFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Builds a model from a folder of CSV files and saves it; on any problem nothing is written. */
@Command(name = "import-csv", description = "Build an .intd model from a folder of CSV files.")
final class ImportCsvCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "DIR", description = "the folder with areas.csv, teams.csv, ...")
	Path folder;

	@Parameters(index = "1", paramLabel = "OUT.intd", description = "the model file to write")
	Path out;

	@Option(names = "--force", description = "replace OUT.intd if it exists")
	boolean force;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		if (Files.exists(out) && !force) {
			spec.commandLine().getErr().println(out + " already exists: choose another name, or add --force to replace it.");
			return IntdCommand.BAD_INPUT;
		}
		IntdModel model = CsvImporter.importFolder(folder);
		ModelFiles.saveNew(model, out);
		spec.commandLine().getOut().printf("%s: %d areas, %d organisations, %d roles, %d posts, %d top-level teams,"
				+ " %d accountability items imported from %s%n", out, model.getAreas().size(), model.getOrganisations().size(),
				model.getRoles().size(), model.getPosts().size(), model.getTeams().size(), model.getAccountabilities().size(),
				folder);
		return IntdCommand.OK;
	}
}
