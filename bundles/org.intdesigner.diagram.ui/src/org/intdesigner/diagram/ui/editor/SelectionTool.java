package org.intdesigner.diagram.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.MouseEvent;
import org.intdesigner.diagram.notation.EdgeView;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.render.Box;
import org.intdesigner.diagram.render.DiagramGeometry;
import org.intdesigner.diagram.render.DiagramGraphics;
import org.intdesigner.diagram.render.DiagramGraphics.Dash;

/**
 * The default tool: click to select (Ctrl or Shift to add and remove), drag on empty space for a
 * rubber band, drag nodes to move them (snapped to the grid; dropped on another container they
 * are moved there in the model too when the specification allows it), drag a corner handle to
 * resize, drag an inner segment of a selected edge to move it sideways, double-click to edit a
 * label.
 */
final class SelectionTool implements CanvasTool {

	static final int GRID = 10;
	private static final int DRAG_THRESHOLD = 3;

	private enum Mode {
		NONE, PRESSED, MOVING, RESIZING, BAND, SEGMENT
	}

	private final DiagramEditing editor;
	private final DiagramCanvas canvas;
	private Mode mode = Mode.NONE;
	private int startX;
	private int startY;
	private int currentX;
	private int currentY;
	private NodeView resized;
	private int corner;
	/** The edge whose segment is dragged, and the index of the segment's first point in its route. */
	private EdgeView bent;
	private int segment;
	private boolean additive;

	SelectionTool(DiagramEditing editor, DiagramCanvas canvas) {
		this.editor = editor;
		this.canvas = canvas;
	}

	@Override
	public void mouseDown(MouseEvent event, int x, int y) {
		if (event.button != 1) {
			selectForMenu(x, y);
			return;
		}
		startX = currentX = x;
		startY = currentY = y;
		additive = (event.stateMask & (SWT.MOD1 | SWT.SHIFT)) != 0;
		DiagramGeometry geometry = canvas.getGeometry();
		List<Object> selection = canvas.getSelection();
		if (selection.size() == 1 && selection.get(0) instanceof NodeView node && geometry.isShown(node)) {
			int hit = handleAt(geometry.box(node), x, y);
			if (hit >= 0) {
				mode = Mode.RESIZING;
				resized = node;
				corner = hit;
				return;
			}
		}
		if (selection.size() == 1 && selection.get(0) instanceof EdgeView edge && geometry.route(edge) != null) {
			int hitSegment = EdgeSegments.interiorSegmentAt(geometry.route(edge), x, y, 4 / canvas.getZoom());
			if (hitSegment >= 0) {
				mode = Mode.SEGMENT;
				bent = edge;
				segment = hitSegment;
				return;
			}
		}
		Object hit = hitAt(x, y);
		if (hit == null) {
			mode = Mode.BAND;
			if (!additive) {
				canvas.select(List.of());
			}
			return;
		}
		if (additive) {
			canvas.toggle(hit);
		} else if (!canvas.isSelected(hit)) {
			canvas.select(List.of(hit));
		}
		mode = hit instanceof NodeView && canvas.isSelected(hit) ? Mode.PRESSED : Mode.NONE;
	}

	private void selectForMenu(int x, int y) {
		Object hit = hitAt(x, y);
		if (hit != null && !canvas.isSelected(hit)) {
			canvas.select(List.of(hit));
		} else if (hit == null) {
			canvas.select(List.of());
		}
	}

	/** An edge near the point (edges are drawn on top), else the innermost node. */
	private Object hitAt(int x, int y) {
		DiagramGeometry geometry = canvas.getGeometry();
		EdgeView edge = geometry.edgeAt(x, y, 4 / canvas.getZoom());
		return edge != null ? edge : geometry.nodeAt(x, y);
	}

	private int handleAt(Box box, int x, int y) {
		int[][] corners = DiagramCanvas.corners(box);
		double reach = DiagramCanvas.HANDLE / canvas.getZoom();
		for (int i = 0; i < corners.length; i++) {
			if (Math.abs(corners[i][0] - x) <= reach && Math.abs(corners[i][1] - y) <= reach) {
				return i;
			}
		}
		return -1;
	}

	@Override
	public void mouseMove(MouseEvent event, int x, int y) {
		if (mode == Mode.NONE) {
			return;
		}
		currentX = x;
		currentY = y;
		if (mode == Mode.PRESSED && Math.abs(x - startX) + Math.abs(y - startY) > DRAG_THRESHOLD / canvas.getZoom()) {
			mode = Mode.MOVING;
		}
		canvas.redraw();
	}

	@Override
	public void mouseUp(MouseEvent event, int x, int y) {
		currentX = x;
		currentY = y;
		Mode finished = mode;
		mode = Mode.NONE;
		switch (finished) {
		case MOVING -> finishMove(x, y);
		case RESIZING -> {
			int[] bounds = resizedBounds();
			Box box = canvas.getGeometry().box(resized);
			NodeView node = resized;
			editor.execute(NotationCommands.resize(editor.getNotationResource(), node, node.getX() + bounds[0] - box.x(),
					node.getY() + bounds[1] - box.y(), bounds[2], bounds[3], editor.getDiagram().getNotation().getEdges()));
		}
		case SEGMENT -> {
			int[] route = EdgeSegments.moved(canvas.getGeometry().route(bent), segment, currentX - startX, currentY - startY, GRID);
			EdgeView edge = bent;
			editor.execute(NotationCommands.change(editor.getNotationResource(), "Move Edge Segment",
					() -> edge.setBendpoints(EdgeSegments.format(route))));
		}
		case BAND -> {
			List<Object> inside = new ArrayList<>(canvas.getGeometry().nodesIn(Box.spanning(startX, startY, x, y)));
			if (additive) {
				canvas.getSelection().stream().filter(v -> !inside.contains(v)).forEach(v -> inside.add(0, v));
			}
			canvas.select(inside);
		}
		default -> {
		}
		}
		canvas.redraw();
	}

	private void finishMove(int x, int y) {
		List<NodeView> moved = canvas.selectedTopNodes();
		int[] delta = snappedDelta(moved);
		if (delta[0] == 0 && delta[1] == 0 || moved.isEmpty()) {
			return;
		}
		NodeView dropTarget = dropTarget(moved, x, y);
		NodeView currentParent = moved.get(0).eContainer() instanceof NodeView p ? p : null;
		boolean sameParent = moved.stream().allMatch(n -> (n.eContainer() instanceof NodeView p ? p : null) == currentParent);
		if (sameParent && dropTarget != currentParent && editor.canReparent(moved, dropTarget)) {
			editor.reparent(moved, dropTarget, x, y);
			return;
		}
		editor.execute(NotationCommands.move(editor.getNotationResource(), moved,
				editor.getDiagram().getNotation().getEdges(), delta[0], delta[1]));
	}

	/** The innermost shown container under the pointer that is not one of the moved nodes or inside them. */
	private NodeView dropTarget(List<NodeView> moved, int x, int y) {
		DiagramGeometry geometry = canvas.getGeometry();
		List<NodeView> order = geometry.paintOrder();
		for (int i = order.size() - 1; i >= 0; i--) {
			NodeView node = order.get(i);
			if (geometry.box(node).contains(x, y) && moved.stream().noneMatch(m -> DiagramGeometry.isWithin(node, m))) {
				return node;
			}
		}
		return null;
	}

	/** The drag distance, adjusted so the first moved node lands on the grid. */
	private int[] snappedDelta(List<NodeView> moved) {
		if (moved.isEmpty()) {
			return new int[] { 0, 0 };
		}
		NodeView first = moved.get(0);
		int x = snap(first.getX() + currentX - startX);
		int y = snap(first.getY() + currentY - startY);
		return new int[] { x - first.getX(), y - first.getY() };
	}

	static int snap(int value) {
		return Math.round(value / (float) GRID) * GRID;
	}

	/** The resized node's new absolute bounds: the dragged corner follows the pointer, snapped; at least 20 by 20. */
	private int[] resizedBounds() {
		Box box = canvas.getGeometry().box(resized);
		int left = box.x();
		int top = box.y();
		int right = box.right();
		int bottom = box.bottom();
		int x = snap(currentX);
		int y = snap(currentY);
		switch (corner) {
		case 0 -> {
			left = Math.min(x, right - 20);
			top = Math.min(y, bottom - 20);
		}
		case 1 -> {
			right = Math.max(x, left + 20);
			top = Math.min(y, bottom - 20);
		}
		case 2 -> {
			right = Math.max(x, left + 20);
			bottom = Math.max(y, top + 20);
		}
		default -> {
			left = Math.min(x, right - 20);
			bottom = Math.max(y, top + 20);
		}
		}
		return new int[] { left, top, right - left, bottom - top };
	}

	@Override
	public void doubleClick(MouseEvent event, int x, int y) {
		NodeView node = canvas.getGeometry().nodeAt(x, y);
		if (node != null && event.button == 1) {
			mode = Mode.NONE;
			editor.directEdit(node);
		}
	}

	@Override
	public void paintFeedback(DiagramGraphics g) {
		DiagramGeometry geometry = canvas.getGeometry();
		g.setForeground(0x005eb8);
		g.setLine(1, Dash.DASHED);
		switch (mode) {
		case MOVING -> {
			List<NodeView> moved = canvas.selectedTopNodes();
			int[] delta = snappedDelta(moved);
			for (NodeView node : moved) {
				Box box = geometry.box(node);
				g.drawRectangle(box.x() + delta[0], box.y() + delta[1], box.width(), box.height(), 0);
			}
		}
		case RESIZING -> {
			int[] bounds = resizedBounds();
			g.drawRectangle(bounds[0], bounds[1], bounds[2], bounds[3], 0);
		}
		case SEGMENT -> g.drawPolyline(EdgeSegments.moved(geometry.route(bent), segment, currentX - startX, currentY - startY, GRID));
		case BAND -> {
			Box band = Box.spanning(startX, startY, currentX, currentY);
			g.drawRectangle(band.x(), band.y(), band.width(), band.height(), 0);
		}
		default -> {
		}
		}
		g.setLine(1, Dash.SOLID);
	}

	@Override
	public void cancel() {
		mode = Mode.NONE;
	}
}
