package org.intdesigner.diagram.ui.editor;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.render.Box;
import org.intdesigner.diagram.render.DiagramGeometry;

/**
 * The diagram by keyboard: arrows go to the nearest node in that direction, Tab and Shift+Tab
 * step through nodes, Shift+arrows move the selection by one grid step, F2 or Enter edits the
 * label, Escape puts a tool down and then clears the selection, Ctrl+= / Ctrl+- zoom about the
 * selection (or the centre), Ctrl+0 goes back to 100%.
 * (Delete, Select All, Undo and Redo are the workbench's own actions.)
 */
final class CanvasKeys {

	private final DiagramEditing editor;
	private final DiagramCanvas canvas;

	CanvasKeys(DiagramEditing editor, DiagramCanvas canvas) {
		this.editor = editor;
		this.canvas = canvas;
		canvas.addListener(SWT.KeyDown, this::key);
		canvas.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				e.doit = false;
				step(e.detail == SWT.TRAVERSE_TAB_NEXT ? 1 : -1);
			} else if (e.detail == SWT.TRAVERSE_ESCAPE || e.detail == SWT.TRAVERSE_RETURN) {
				e.doit = false;
			}
		});
	}

	private void key(Event e) {
		boolean ctrl = (e.stateMask & SWT.MOD1) != 0;
		boolean shift = (e.stateMask & SWT.SHIFT) != 0;
		if (ctrl && (e.character == '=' || e.character == '+' || e.keyCode == SWT.KEYPAD_ADD)) {
			canvas.zoomBy(1.25);
		} else if (ctrl && (e.character == '-' || e.keyCode == SWT.KEYPAD_SUBTRACT)) {
			canvas.zoomBy(1 / 1.25);
		} else if (ctrl && (e.character == '0' || e.keyCode == SWT.KEYPAD_0)) {
			canvas.setZoom(1);
		} else if (e.keyCode == SWT.ESC) {
			if (!(canvas.getTool() instanceof SelectionTool)) {
				editor.selectTool(null);
			} else {
				canvas.select(List.of());
			}
		} else if (e.keyCode == SWT.F2 || e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
			NodeView node = primaryNode();
			if (node != null) {
				editor.directEdit(node);
			}
		} else if (isArrow(e.keyCode)) {
			if (shift) {
				nudge(e.keyCode);
			} else {
				navigate(e.keyCode);
			}
		} else {
			return;
		}
		e.doit = false;
	}

	private static boolean isArrow(int key) {
		return key == SWT.ARROW_LEFT || key == SWT.ARROW_RIGHT || key == SWT.ARROW_UP || key == SWT.ARROW_DOWN;
	}

	private NodeView primaryNode() {
		List<Object> selection = canvas.getSelection();
		for (int i = selection.size() - 1; i >= 0; i--) {
			if (selection.get(i) instanceof NodeView node) {
				return node;
			}
		}
		return null;
	}

	private void step(int direction) {
		List<NodeView> nodes = canvas.getGeometry().paintOrder();
		if (nodes.isEmpty()) {
			return;
		}
		NodeView current = primaryNode();
		int index = current == null ? (direction > 0 ? -1 : 0) : nodes.indexOf(current);
		NodeView next = nodes.get(Math.floorMod(index + direction, nodes.size()));
		select(next);
	}

	/** Selects the node nearest to the selected one in the arrow's direction (the first node when none is selected). */
	private void navigate(int key) {
		DiagramGeometry geometry = canvas.getGeometry();
		NodeView current = primaryNode();
		if (current == null) {
			step(1);
			return;
		}
		Box from = geometry.box(current);
		NodeView best = null;
		double bestScore = Double.MAX_VALUE;
		for (NodeView node : geometry.paintOrder()) {
			if (node == current) {
				continue;
			}
			Box to = geometry.box(node);
			int dx = to.centerX() - from.centerX();
			int dy = to.centerY() - from.centerY();
			int along = switch (key) {
			case SWT.ARROW_RIGHT -> dx;
			case SWT.ARROW_LEFT -> -dx;
			case SWT.ARROW_DOWN -> dy;
			default -> -dy;
			};
			int across = key == SWT.ARROW_LEFT || key == SWT.ARROW_RIGHT ? Math.abs(dy) : Math.abs(dx);
			if (along <= 0) {
				continue;
			}
			double score = along + 2.0 * across;
			if (score < bestScore) {
				bestScore = score;
				best = node;
			}
		}
		if (best != null) {
			select(best);
		}
	}

	private void select(NodeView node) {
		canvas.select(List.of(node));
		canvas.reveal(canvas.getGeometry().box(node));
	}

	private void nudge(int key) {
		List<NodeView> nodes = canvas.selectedTopNodes();
		if (nodes.isEmpty()) {
			return;
		}
		int step = SelectionTool.GRID;
		int dx = key == SWT.ARROW_LEFT ? -step : key == SWT.ARROW_RIGHT ? step : 0;
		int dy = key == SWT.ARROW_UP ? -step : key == SWT.ARROW_DOWN ? step : 0;
		editor.execute(NotationCommands.move(editor.getNotationResource(), nodes,
				editor.getDiagram().getNotation().getEdges(), dx, dy));
	}
}
