package org.intdesigner.diagram.ui.editor;

import org.eclipse.swt.events.MouseEvent;
import org.intdesigner.diagram.render.DiagramGraphics;

/**
 * What the mouse does on the canvas: select and drag (the default), or create with a palette tool.
 * Points are already in diagram coordinates.
 */
interface CanvasTool {

	void mouseDown(MouseEvent event, int x, int y);

	void mouseMove(MouseEvent event, int x, int y);

	void mouseUp(MouseEvent event, int x, int y);

	default void doubleClick(MouseEvent event, int x, int y) {
	}

	/** Draws the tool's feedback (rubber band, drag outline, edge being drawn) over the diagram. */
	default void paintFeedback(DiagramGraphics g) {
	}

	/** The tool was put down (Escape, another tool chosen). */
	default void cancel() {
	}
}
