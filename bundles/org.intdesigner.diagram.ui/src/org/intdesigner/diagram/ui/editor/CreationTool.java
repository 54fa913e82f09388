package org.intdesigner.diagram.ui.editor;

import org.eclipse.swt.events.MouseEvent;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.spec.CreateEdgeTool;
import org.intdesigner.diagram.spec.CreateNodeTool;
import org.intdesigner.diagram.spec.Tool;
import org.intdesigner.diagram.render.Box;
import org.intdesigner.diagram.render.DiagramGraphics;
import org.intdesigner.diagram.render.DiagramGraphics.Dash;

/**
 * A palette tool in use: a node tool creates where the user clicks (inside the container clicked,
 * or on the diagram itself); an edge tool takes a click on the source and one on the target, with a
 * line following the pointer in between. Afterwards the palette goes back to selecting.
 */
final class CreationTool implements CanvasTool {

	private final DiagramEditing editor;
	private final DiagramCanvas canvas;
	private final Tool tool;
	private NodeView source;
	private int pointerX;
	private int pointerY;

	CreationTool(DiagramEditing editor, DiagramCanvas canvas, Tool tool) {
		this.editor = editor;
		this.canvas = canvas;
		this.tool = tool;
	}

	Tool getTool() {
		return tool;
	}

	@Override
	public void mouseDown(MouseEvent event, int x, int y) {
		if (event.button != 1) {
			editor.selectTool(null);
			return;
		}
		NodeView at = canvas.getGeometry().nodeAt(x, y);
		if (tool instanceof CreateNodeTool nodeTool) {
			editor.selectTool(null);
			editor.createNode(nodeTool, at, x, y);
		} else if (tool instanceof CreateEdgeTool edgeTool) {
			if (source == null) {
				if (at != null) {
					source = at;
					pointerX = x;
					pointerY = y;
				}
			} else {
				NodeView from = source;
				source = null;
				editor.selectTool(null);
				if (at != null) {
					editor.createEdge(edgeTool, from, at);
				}
			}
		}
		canvas.redraw();
	}

	@Override
	public void mouseMove(MouseEvent event, int x, int y) {
		pointerX = x;
		pointerY = y;
		if (source != null) {
			canvas.redraw();
		}
	}

	@Override
	public void mouseUp(MouseEvent event, int x, int y) {
		// creation happens on mouse down
	}

	@Override
	public void paintFeedback(DiagramGraphics g) {
		if (source != null && canvas.getGeometry().isShown(source)) {
			Box box = canvas.getGeometry().box(source);
			g.setForeground(0x005eb8);
			g.setLine(2, Dash.DASHED);
			g.drawPolyline(new int[] { box.centerX(), box.centerY(), pointerX, pointerY });
			g.setLine(1, Dash.SOLID);
		}
	}

	@Override
	public void cancel() {
		source = null;
	}
}
