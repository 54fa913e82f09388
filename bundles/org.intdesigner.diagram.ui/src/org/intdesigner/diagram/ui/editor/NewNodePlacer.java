package org.intdesigner.diagram.ui.editor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.intdesigner.diagram.layout.SpecLayoutHints;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.render.DiagramGeometry;
import org.intdesigner.diagram.spec.ContainerMapping;
import org.intdesigner.diagram.sync.LiveDiagram;
import org.intdesigner.diagram.sync.NodePlacement;
import org.intdesigner.diagram.sync.SyncReport;

/**
 * Where the nodes a synchronisation adds go. A model command runs first and the views follow only
 * when the diagram refreshes, so the place the user clicked (creating) or dropped (moving into
 * another container) is kept here until then; nodes nobody placed get a free spot in their
 * container ({@link NodePlacement}). Sizes are the style's, widened for the label in the canvas's fonts.
 */
final class NewNodePlacer {

	private final LiveDiagram live;
	private final DiagramCanvas canvas;
	/** Where the user clicked to create something, until the command has made it. */
	private int[] pendingPoint;
	/** Where the user put elements being created or moved to another container, until their views exist. */
	private final Map<EObject, int[]> pendingPlaces = new IdentityHashMap<>();

	NewNodePlacer(LiveDiagram live, DiagramCanvas canvas) {
		this.live = live;
		this.canvas = canvas;
	}

	/** Before a creating command runs: what it creates goes to {@code point} (null: anywhere free). */
	void expectCreatedAt(int[] point) {
		pendingPoint = point;
	}

	/** After the creating command ran (and the diagram refreshed, or not): nothing more is expected. */
	void stopExpecting() {
		pendingPoint = null;
	}

	/** Before a move into another container runs: the element's node goes to (x, y) on the diagram. */
	void expectMovedTo(EObject element, int x, int y) {
		pendingPlaces.put(element, new int[] { x, y });
	}

	/** Forgets the places of moves that ran (or did not run) without their views being placed. */
	void forgetMoves() {
		pendingPlaces.clear();
	}

	/** Takes note of what the command just run created, if it was the one a place was expected for. */
	void noteCreatedBy(Command last) {
		if (pendingPoint == null) {
			return;
		}
		if (last != null) {
			for (Object created : last.getResult()) {
				if (created instanceof EObject element) {
					pendingPlaces.put(element, pendingPoint);
				}
			}
		}
		pendingPoint = null;
	}

	/** Gives views made by a synchronisation a place: where the user asked, else a free spot in their container. */
	void place(SyncReport report) {
		if (report.addedNodes().isEmpty()) {
			return;
		}
		List<NodeView> asked = new ArrayList<>();
		for (NodeView view : report.addedNodes()) {
			int[] place = pendingPlaces.remove(live.elementOf(view));
			if (place != null) {
				int[] size = preferredSize(view);
				view.setWidth(size[0]);
				view.setHeight(size[1]);
				int[] parentOrigin = absoluteOrigin(view.eContainer());
				view.setX(SelectionTool.snap(place[0] - parentOrigin[0]));
				view.setY(SelectionTool.snap(place[1] - parentOrigin[1]));
				asked.add(view);
			}
		}
		List<NodeView> rest = new ArrayList<>(report.addedNodes());
		rest.removeAll(asked);
		new NodePlacement(this::preferredSize, DiagramGeometry.HEADER).place(rest);
		for (NodeView view : asked) {
			for (Object p = view.eContainer(); p instanceof NodeView parent; p = parent.eContainer()) {
				NodePlacement.grow(parent);
			}
		}
	}

	private static int[] absoluteOrigin(Object container) {
		int x = 0;
		int y = 0;
		for (Object c = container; c instanceof NodeView node; c = node.eContainer()) {
			x += node.getX();
			y += node.getY();
		}
		return new int[] { x, y };
	}

	/** A node's size before any layout: its style's, wide enough for its label. */
	int[] preferredSize(NodeView view) {
		int[] size = new SpecLayoutHints(live).styleSize(view);
		var node = live.nodeOf(view);
		if (node != null && canvas != null) {
			var extent = canvas.getResources().extent(node.getLabel(), node.getMapping() instanceof ContainerMapping);
			size[0] = Math.max(size[0], Math.min(extent.x + 24, 260));
		}
		return size;
	}
}
