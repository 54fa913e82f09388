package org.intdesigner.diagram.layout;

/**
 * Measures label text in pixels at 100%. ELK does not measure text, so whoever draws the diagram
 * supplies this: the editor measures with an SWT {@code GC} and its real fonts, headless callers
 * (CLI, tests) pass an {@link ApproximateTextMeasurer}.
 */
@FunctionalInterface
public interface TextMeasurer {

	/** Width and height in pixels of {@code text} (which may hold line breaks), as {@code {width, height}}. */
	int[] measure(String text, boolean bold);
}
