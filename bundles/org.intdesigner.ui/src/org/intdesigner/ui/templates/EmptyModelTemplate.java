package org.intdesigner.ui.templates;

import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.io.ModelIds;

/** A model with nothing in it but its name. */
public class EmptyModelTemplate implements ModelTemplate {

	@Override
	public IntdModel create(String name) {
		IntdModel model = IntdFactory.eINSTANCE.createIntdModel();
		model.setName(name);
		ModelIds.assignMissing(model);
		return model;
	}
}
