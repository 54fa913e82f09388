package org.intdesigner.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.intdesigner.model.IntdModel;
import org.intdesigner.model.csv.CsvExporter;
import org.intdesigner.io.AtomicWrite;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.model.samples.ExampleScenario;
import org.intdesigner.workforce.example.ExampleWorkforceData;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Writes the Riverside example place into a folder, so that every command can be tried headless on
 * real files: the model, the same model as a folder of CSV files, its year of workforce files, and the scenario that
 * ships with it (its baseline named as the model beside it).
 */
@Command(name = "example", description = { "Write the Riverside example place into DIR:",
		"  " + ExampleCommand.MODEL + "        the INT model",
		"  " + ExampleCommand.CSV + "/      the same model as a folder of CSV files",
		"  " + ExampleCommand.WORKFORCE + "/         a year (April 2025 to March 2026) of synthetic workforce files:"
				+ " staff, establishment, absence and survey, for import-workforce",
		"  " + ExampleCommand.SCENARIO + "  a scenario of it (Docklands' four MDTs become two, in three waves),"
				+ " for diff and transition" })
final class ExampleCommand implements Callable<Integer> {

	static final String MODEL = "riverside.intd";
	static final String CSV = "riverside-csv";
	static final String WORKFORCE = "workforce";
	static final String SCENARIO = "riverside-docklands-two-mdts.intd";
	static final String MODEL_NAME = "Riverside example place";

	@Parameters(index = "0", paramLabel = "DIR", description = "the folder to write into (made if missing)")
	Path folder;

	@Option(names = "--force", description = "replace the example's files if DIR already has them")
	boolean force;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		List<Path> existing = new ArrayList<>();
		for (Path path : List.of(folder.resolve(MODEL), folder.resolve(CSV), folder.resolve(WORKFORCE),
				folder.resolve(SCENARIO))) {
			if (Files.exists(path)) {
				existing.add(path);
			}
		}
		if (!existing.isEmpty() && !force) {
			spec.commandLine().getErr().println(existing.get(0) + " already exists: choose another folder, or add --force"
					+ " to replace the example's files.");
			return IntdCommand.BAD_INPUT;
		}
		Files.createDirectories(folder);
		IntdModel model = ExamplePlace.create();
		model.setName(MODEL_NAME);
		ModelFiles.saveNew(model, folder.resolve(MODEL));
		CsvExporter.export(model, folder.resolve(CSV));
		Path workforce = Files.createDirectories(folder.resolve(WORKFORCE));
		for (String file : ExampleWorkforceData.FILES) {
			AtomicWrite.write(workforce.resolve(file), out -> {
				try (InputStream in = ExampleWorkforceData.file(file).openStream()) {
					in.transferTo(out);
				}
			});
		}
		IntdModel scenario = ExampleScenario.of(ExamplePlace.create(), folder.resolve(MODEL), folder.resolve(SCENARIO));
		ModelFiles.saveNew(scenario, folder.resolve(SCENARIO));
		var out = spec.commandLine().getOut();
		out.printf("%s: the Riverside example place: %d posts, %d top-level teams, %d accountability items%n",
				folder.resolve(MODEL), model.getPosts().size(), model.getTeams().size(), model.getAccountabilities().size());
		out.printf("%s: the same model as CSV files%n", folder.resolve(CSV));
		out.printf("%s: a year of workforce files (%s), April 2025 to March 2026%n", workforce,
				String.join(", ", ExampleWorkforceData.FILES));
		out.printf("%s: the scenario \"%s\" of %s: %d transition waves%n", folder.resolve(SCENARIO), scenario.getName(),
				MODEL, scenario.getTransitionWaves().size());
		return IntdCommand.OK;
	}
}
