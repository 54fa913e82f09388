package org.intdesigner.planning.ui.scenarios;

import java.util.List;

import org.intdesigner.model.compare.ModelChange;

/**
 * What the Scenario Changes view shows: the changes from {@code before} to {@code after}, or why there are none to
 * show ({@code unavailable}: no scenario open, its baseline missing, models that share no ids).
 */
record Comparison(ComparedModel before, ComparedModel after, List<ModelChange> changes, String unavailable) {

	static Comparison unavailable(ComparedModel before, ComparedModel after, String why) {
		return new Comparison(before, after, List.of(), why);
	}

	boolean available() {
		return unavailable == null;
	}
}
