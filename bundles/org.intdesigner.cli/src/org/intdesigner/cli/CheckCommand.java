package org.intdesigner.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.intdesigner.analysis.api.FigureAnalysis;
import org.intdesigner.analysis.engine.FigureAnalysisRegistry;
import org.intdesigner.analysis.report.FigureTableText;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.io.LoadedModel;
import org.intdesigner.model.io.ModelFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Opens a model as the workbench does and reports what it holds and what the integrity check found;
 * with {@code --figures}, the tables of every installed figure analysis (the built-in ones and any a
 * plug-in contributes), as the Figures view shows them.
 */
@Command(name = "check", description = "Open an .intd file, report its contents and any integrity problems.")
final class CheckCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "MODEL.intd", description = "the model file")
	Path file;

	@Option(names = "--figures", description = "also print the figures of every installed figure analysis"
			+ " (spans and layers, boundary crossings, FTE, skills coverage, and any a plug-in adds)")
	boolean figures;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		LoadedModel loaded = ModelFiles.load(file);
		IntdModel model = loaded.model();
		var out = spec.commandLine().getOut();
		out.printf("%s: '%s', format %s, %d objects%n", file, model.getName(), model.getFormatVersion(),
				loaded.integrity().objects());
		out.printf("  %d areas, %d organisations, %d roles, %d posts, %d top-level teams, %d accountability items%n",
				model.getAreas().size(), model.getOrganisations().size(), model.getRoles().size(), model.getPosts().size(),
				model.getTeams().size(), model.getAccountabilities().size());
		boolean clean = loaded.integrity().isClean();
		if (clean) {
			out.println("  integrity: ok");
		} else {
			out.printf("  integrity: %d id(s) given out on opening%n", loaded.integrity().idsAssigned());
			loaded.integrity().problems().forEach(p -> out.println("  " + p));
		}
		if (figures) {
			for (FigureAnalysis analysis : FigureAnalysisRegistry.getDefault().getAnalyses()) {
				out.println();
				out.print(FigureTableText.aligned(analysis.compute(model)));
			}
		}
		return clean ? IntdCommand.OK : IntdCommand.BAD_INPUT;
	}
}
