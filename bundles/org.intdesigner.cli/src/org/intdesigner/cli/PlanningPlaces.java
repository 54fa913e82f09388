package org.intdesigner.cli;

import org.intdesigner.analysis.report.ElementSources;
import org.intdesigner.cli.api.ModelInput;
import org.intdesigner.planning.ElementPlaces;

/** The file and row of each element of a model read from CSV files, for the planning commands' messages. */
final class PlanningPlaces {

	private PlanningPlaces() {
	}

	static ElementPlaces of(ModelInput.Opened opened) {
		return element -> {
			ElementSources.SourceLine line = opened.sources().of(element);
			return line == null ? null : line.toString();
		};
	}
}
