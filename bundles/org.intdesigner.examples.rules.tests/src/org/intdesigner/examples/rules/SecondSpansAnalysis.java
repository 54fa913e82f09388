package org.intdesigner.examples.rules;

import java.util.List;

import org.intdesigner.analysis.api.FigureAnalysis;
import org.intdesigner.analysis.api.FigureTable;
import org.intdesigner.model.IntdModel;

/** A broken contribution for BrokenContributionsTest: it takes the id of the built-in "Spans and layers". */
public class SecondSpansAnalysis implements FigureAnalysis {

	@Override
	public String id() {
		return "FIG-SPANS";
	}

	@Override
	public String title() {
		return "Spans again";
	}

	@Override
	public String description() {
		return "Takes an id that is already used.";
	}

	@Override
	public FigureTable compute(IntdModel model) {
		return new FigureTable(title(), List.of("Nothing"), List.of());
	}
}
