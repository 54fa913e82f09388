package org.intdesigner.analysis.api;

import org.intdesigner.model.IntdModel;

/**
 * An analysis that produces figures rather than findings (spans and layers, boundary crossings,
 * FTE breakdowns, skills coverage): a table worked out from the whole model. Contributed through
 * the {@code org.intdesigner.analysis.figureAnalyses} extension point with a public no-argument
 * constructor; the Figures view, {@code ./intd check --figures} and anything else that lists figure
 * analyses read them from {@code FigureAnalysisRegistry}, the built-in ones included. An analysis
 * keeps no state between calls: it may be computed for several models at once.
 */
public interface FigureAnalysis {

	/** Stable and never reused, like a rule's ("FIG-SPANS"); use a prefix of your own. */
	String id();

	/** What the table is called wherever it is shown ("Spans and layers"). */
	String title();

	/** What the figures mean and how they are counted, in a sentence or two. */
	String description();

	/**
	 * The figures of {@code model}: every row as long as the columns, numbers as numbers (Integer,
	 * Double) so a view can sort them and a report keep them numeric. An empty model gives no rows.
	 */
	FigureTable compute(IntdModel model);
}
