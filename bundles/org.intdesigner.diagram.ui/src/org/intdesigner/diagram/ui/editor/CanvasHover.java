package org.intdesigner.diagram.ui.editor;

import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.intdesigner.diagram.interpreter.DiagramNode;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.sync.NodeDecoration;

/** Tooltips over nodes: the problem of a node drawn in red, the tooltips of its decorations, else its full label. */
final class CanvasHover {

	CanvasHover(DiagramCanvas canvas) {
		canvas.addListener(SWT.MouseHover, e -> {
			Point p = canvas.toDiagram(e.x, e.y);
			NodeView view = canvas.getGeometry().nodeAt(p.x, p.y);
			String tip = view == null ? null : tooltip(canvas, view);
			if (!Objects.equals(tip, canvas.getToolTipText())) {
				canvas.setToolTipText(tip);
			}
		});
	}

	private static String tooltip(DiagramCanvas canvas, NodeView view) {
		DiagramNode node = canvas.getDiagram().nodeOf(view);
		if (node == null) {
			return null;
		}
		StringBuilder tip = new StringBuilder(node.getLabel());
		if (node.getProblem() != null) {
			tip.append("\n\u26a0 ").append(node.getProblem());
		}
		for (NodeDecoration decoration : canvas.getDiagram().decorationsOf(view)) {
			if (decoration.tooltip() != null && !decoration.tooltip().isBlank()) {
				tip.append("\n").append(decoration.tooltip());
			}
		}
		return tip.toString();
	}
}
