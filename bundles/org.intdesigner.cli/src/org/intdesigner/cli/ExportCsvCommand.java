package org.intdesigner.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.intdesigner.model.csv.CsvExporter;
import org.intdesigner.model.csv.CsvSchema;
import org.intdesigner.model.io.ModelFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Writes a model as a folder of CSV files. */
@Command(name = "export-csv", description = "Write an .intd model as a folder of CSV files.")
final class ExportCsvCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "MODEL.intd", description = "the model file")
	Path file;

	@Parameters(index = "1", paramLabel = "DIR", description = "the folder to write the CSV files into")
	Path folder;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		CsvExporter.export(ModelFiles.load(file).model(), folder);
		spec.commandLine().getOut().printf("%s: wrote %s%n", folder, String.join(", ", CsvSchema.files()));
		return IntdCommand.OK;
	}
}
