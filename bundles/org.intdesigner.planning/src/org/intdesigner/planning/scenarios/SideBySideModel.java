package org.intdesigner.planning.scenarios;

import org.intdesigner.model.IntdModel;
import org.intdesigner.planning.StoreFigures;

/**
 * One column of a side-by-side comparison: the model, the name its column is headed with (its file's name), and the
 * workforce store's figures its plan may take ({@link StoreFigures#NONE} when there is no store).
 */
public record SideBySideModel(String name, IntdModel model, StoreFigures store) {

	public SideBySideModel {
		if (model == null) {
			throw new IllegalArgumentException("A side-by-side column needs a model.");
		}
		name = name == null || name.isBlank() ? "Model" : name;
		store = store == null ? StoreFigures.NONE : store;
	}
}
