package org.intdesigner.model.compare;

import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.intdesigner.model.IntdModel;

/**
 * Scenarios: a to-be version of a model that keeps the ids of everything it does not change, so that it can be
 * compared with its baseline element by element. A scenario is an ordinary model; it only names its baseline.
 */
public final class Scenarios {

	private Scenarios() {
	}

	/**
	 * A copy of {@code baseline} (every id kept) named {@code name}, naming {@code baselineFile} relative to the folder
	 * of {@code scenarioFile}, where it will be saved.
	 */
	public static IntdModel newScenario(IntdModel baseline, String name, Path baselineFile, Path scenarioFile) {
		IntdModel scenario = EcoreUtil.copy(baseline);
		scenario.setName(name);
		scenario.setBaseline(relative(baselineFile, scenarioFile));
		return scenario;
	}

	/** The default name of a scenario of {@code baseline}. */
	public static String defaultName(IntdModel baseline) {
		return (baseline.getName() == null || baseline.getName().isBlank() ? "Model" : baseline.getName()) + " (scenario)";
	}

	/** The baseline's file as the scenario names it: relative to the scenario's folder, with forward slashes. */
	static String relative(Path baselineFile, Path scenarioFile) {
		Path from = scenarioFile.toAbsolutePath().normalize().getParent();
		Path to = baselineFile.toAbsolutePath().normalize();
		String relative = from == null ? to.toString() : from.relativize(to).toString();
		return relative.replace('\\', '/');
	}

	/** The baseline's file of a scenario saved at {@code scenarioFile}, or null when it is no scenario. */
	public static Path baselineOf(IntdModel scenario, Path scenarioFile) {
		String baseline = scenario.getBaseline();
		if (baseline == null || baseline.isBlank()) {
			return null;
		}
		Path folder = scenarioFile.toAbsolutePath().normalize().getParent();
		return folder == null ? Path.of(baseline) : folder.resolve(baseline).normalize();
	}
}
