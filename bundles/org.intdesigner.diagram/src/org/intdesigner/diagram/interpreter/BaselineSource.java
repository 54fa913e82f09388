package org.intdesigner.diagram.interpreter;

/**
 * Where a diagram finds the baseline its model is compared with, given by whoever opened the model
 * (a semantic model adapts to it). A model that names no baseline has none; one whose baseline cannot
 * be read says why, and its diagrams are drawn without the changes.
 */
public interface BaselineSource {

	/** True if the model names a baseline (it is a scenario), readable or not. */
	boolean namesBaseline();

	/** Why the baseline cannot be compared with (missing, unreadable, no ids in common), or null when it can. */
	String problem();

	/** The baseline and the changes since it, as the model is now; null when {@link #problem()} says why not. */
	Baseline compare();
}
