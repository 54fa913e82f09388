package org.intdesigner.reports;

import java.awt.Graphics2D;

/**
 * A chart or a diagram, drawn on any Graphics2D: JFreeSVG's for HTML (vector, inline), PDFBox's for
 * PDF (vector), an image's for PNG. Its size is in points at 1:1; a format scales it down to fit
 * the page. Drawing must not need a display (no SWT).
 */
public interface Figure {

	/** The caption, also the figure's text for readers who cannot see it. */
	String title();

	double width();

	double height();

	/** Draws the figure from (0,0) to (width,height). */
	void draw(Graphics2D g);
}
