package org.intdesigner.analysis.figures;

import org.intdesigner.model.IntdModel;

/**
 * An analysis that produces figures rather than findings (spans and layers, boundary crossings,
 * FTE breakdowns, skills coverage). Contributed like rules, through the {@code analysis} element of
 * the {@code org.intdesigner.analysis.rules} extension point.
 */
public interface FigureAnalysis {

	/** Stable id, like a rule's ("FIG-SPANS"). */
	String id();

	String title();

	/** What the figures mean and how they are counted. */
	String description();

	FigureTable compute(IntdModel model);
}
