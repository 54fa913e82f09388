package org.intdesigner.app.diagrams;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.intdesigner.diagram.interpreter.Baseline;
import org.intdesigner.diagram.interpreter.BaselineSource;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.compare.Scenarios;
import org.intdesigner.model.diagrams.ScenarioBaselines;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.io.ModelLoadException;
import org.intdesigner.ui.model.ModelManager;
import org.intdesigner.ui.model.OpenModel;

/**
 * The baseline a scenario's diagrams are compared with: the model open in the workbench if it is
 * (its unsaved edits included), else its file, read once (again when the file changes) and never
 * written. A baseline that is missing or cannot be read is reported with the file and what to do.
 */
final class ScenarioBaselineSource implements BaselineSource {

	private final OpenModel scenario;
	private Path readFile;
	private FileTime readTime;
	private IntdModel read;
	private String readProblem;

	ScenarioBaselineSource(OpenModel scenario) {
		this.scenario = scenario;
	}

	private Path baselineFile() {
		return Scenarios.baselineOf(scenario.getModel(), scenario.getFile());
	}

	@Override
	public boolean namesBaseline() {
		return baselineFile() != null;
	}

	@Override
	public String problem() {
		Path file = baselineFile();
		if (file == null) {
			return "the model names no baseline";
		}
		return baseline(file) == null ? readProblem : null;
	}

	@Override
	public Baseline compare() {
		Path file = baselineFile();
		IntdModel baseline = file == null ? null : baseline(file);
		if (baseline == null) {
			return null;
		}
		Baseline compared = ScenarioBaselines.compare(baseline, scenario.getModel());
		// read from its file, the baseline stays as it is until the file changes (and is read again): its
		// diagram is drawn once; open in an editor, it may change with any edit there
		return baseline == read ? compared.withVersion(read) : compared;
	}

	private IntdModel baseline(Path file) {
		Path normalised = file.toAbsolutePath().normalize();
		if (normalised.equals(scenario.getFile().toAbsolutePath().normalize())) {
			readProblem = "the model names itself as its baseline; set its Baseline to the model it was made from";
			return null;
		}
		OpenModel open = ModelManager.INSTANCE.find(normalised);
		if (open != null) {
			return open.getModel();
		}
		if (!Files.isRegularFile(normalised)) {
			read = null;
			readFile = null;
			readProblem = "its baseline " + normalised + " is not there; put the file back, or set the model's Baseline"
					+ " (relative to the scenario's folder) to where it is now";
			return null;
		}
		try {
			FileTime time = Files.getLastModifiedTime(normalised);
			if (!normalised.equals(readFile) || !time.equals(readTime)) {
				readFile = normalised;
				readTime = time;
				read = null;
				readProblem = null;
				read = ModelFiles.load(normalised).model();
			}
		} catch (IOException e) {
			readProblem = "its baseline " + normalised + " cannot be read: " + e.getMessage();
			if (!(e instanceof ModelLoadException)) {
				readFile = null; // not the file's content: try again at the next refresh
			}
		}
		return read;
	}
}
