package org.intdesigner.planning.ui.scenarios;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.intdesigner.model.IntdModel;
import org.intdesigner.model.compare.ModelComparison;
import org.intdesigner.model.compare.Scenarios;
import org.intdesigner.ui.model.OpenModel;

/**
 * Makes the comparisons the view shows: a scenario against the baseline it names (found relative to the scenario's
 * file; the open model when the baseline is open in an editor), or any two models. Each says why when it cannot be
 * made, in words that say what to do.
 */
final class Comparisons {

	static final String NO_MODEL = "Open a scenario in an editor to see what it changes against its baseline. "
			+ "Make one with New Scenario... on a model (or File > New > Scenario), or compare any two models with "
			+ "Compare With... on a model.";

	private Comparisons() {
	}

	/** The changes of the scenario open as {@code scenario} against its baseline, or why not. */
	static Comparison ofScenario(OpenModel scenario) {
		ComparedModel after = ComparedModel.of(scenario);
		IntdModel model = scenario.getModel();
		Path baseline = Scenarios.baselineOf(model, scenario.getFile());
		if (baseline == null) {
			return Comparison.unavailable(null, after, after.fileName() + " names no baseline, so it is no scenario. "
					+ "Make a scenario of it with New Scenario... on the model, or compare it with another model with "
					+ "Compare With...; a model made otherwise can name its baseline in Properties (Baseline, on the model).");
		}
		if (!Files.isRegularFile(baseline)) {
			return Comparison.unavailable(null, after, "Comparison unavailable: the baseline " + model.getBaseline()
					+ " this scenario names is not at " + baseline + ". Set Baseline in the Properties view (select the model,"
					+ " the top of its tree) to the baseline's file, relative to this scenario's folder, or restore the file"
					+ " there.");
		}
		ComparedModel before;
		try {
			before = ComparedModel.at(baseline);
		} catch (IOException e) {
			return Comparison.unavailable(null, after, "Comparison unavailable: the baseline " + model.getBaseline()
					+ " at " + baseline + " could not be read: " + e.getMessage());
		}
		return of(before, after);
	}

	/** The changes from {@code before} to {@code after}, or why they cannot be compared. */
	static Comparison of(ComparedModel before, ComparedModel after) {
		if (before.file().equals(after.file())) {
			return Comparison.unavailable(before, after, after.fileName() + " names itself as its baseline; set Baseline in"
					+ " the Properties view of the model to the file it was made from.");
		}
		try {
			return new Comparison(before, after, ModelComparison.compare(before.model(), after.model()), null);
		} catch (IllegalArgumentException e) {
			return Comparison.unavailable(before, after, before.fileName() + " and " + after.fileName()
					+ " cannot be compared: " + e.getMessage());
		}
	}
}
