package org.intdesigner.ui.templates;

import org.intdesigner.model.IntdModel;

/**
 * What a new model starts from. Contributed through the extension point
 * {@code org.intdesigner.ui.modelTemplates}; the New Model wizard lists every contribution.
 */
public interface ModelTemplate {

	/** A new model named {@code name}; every object in it must have an id. */
	IntdModel create(String name);
}
