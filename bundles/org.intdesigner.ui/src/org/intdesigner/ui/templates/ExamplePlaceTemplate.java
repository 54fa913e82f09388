package org.intdesigner.ui.templates;

import org.intdesigner.model.IntdModel;
import org.intdesigner.model.samples.ExamplePlace;

/** The Riverside example place: four neighbourhoods, their teams of teams, ~150 posts, RACI. */
public class ExamplePlaceTemplate implements ModelTemplate {

	@Override
	public IntdModel create(String name) {
		IntdModel model = ExamplePlace.create();
		if (name != null && !name.isBlank()) {
			model.setName(name);
		}
		return model;
	}
}
