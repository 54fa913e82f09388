package org.intdesigner.analysis.api;

import java.util.function.Supplier;

import org.intdesigner.model.IntdModel;

/**
 * What a rule may ask while it checks one element: the model, its own parameters as the user set
 * them, and indexes worked out once per validation run (who reports to whom, which posts work in a
 * team) so that no rule walks the whole model per element.
 */
public interface RuleContext {

	IntdModel model();

	/** The value of one of the current rule's {@link Parameter}s. */
	int parameter(String key);

	/** The run's shared model indexes. */
	ModelIndex index();

	/** A value computed once per run and shared by every call (for indexes only one rule needs). */
	<T> T shared(Object key, Supplier<T> compute);
}
