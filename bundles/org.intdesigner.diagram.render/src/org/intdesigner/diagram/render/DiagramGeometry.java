package org.intdesigner.diagram.render;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.intdesigner.diagram.layout.BendPoints;
import org.intdesigner.diagram.notation.EdgeView;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.spec.EdgeStyle;
import org.intdesigner.diagram.spec.Routing;
import org.intdesigner.diagram.sync.LiveDiagram;

/**
 * Where everything of a diagram is, in absolute diagram coordinates: node boxes (notation keeps
 * them relative to their container), the order they are painted in, edge routes, and what lies at
 * a point. Made afresh after each change of the notation; cheap enough for thousands of nodes.
 */
public final class DiagramGeometry {

	/** Height of a container's label header; children are laid out below it. */
	public static final int HEADER = 26;

	private final LiveDiagram diagram;
	private final Map<NodeView, Box> boxes = new IdentityHashMap<>();
	private final List<NodeView> paintOrder = new ArrayList<>();
	private final Map<EdgeView, int[]> routes = new IdentityHashMap<>();
	private final List<EdgeView> edges = new ArrayList<>();
	private Box extent = new Box(0, 0, 0, 0);

	public DiagramGeometry(LiveDiagram diagram) {
		this.diagram = diagram;
		for (NodeView node : diagram.getNotation().getNodes()) {
			place(node, 0, 0);
		}
		for (EdgeView edge : diagram.getNotation().getEdges()) {
			if (diagram.isHidden(edge)) {
				continue;
			}
			NodeView source = visibleEnd(edge.getSource());
			NodeView target = visibleEnd(edge.getTarget());
			if (source == null || target == null || source == target || diagram.edgeOf(edge) == null) {
				continue;
			}
			boolean substituted = source != edge.getSource() || target != edge.getTarget();
			EdgeStyle style = diagram.edgeOf(edge).mapping().getStyle();
			boolean straight = style != null && style.getRouting() == Routing.STRAIGHT;
			int[] route = EdgeRoutes.route(boxes.get(source), boxes.get(target),
					substituted ? List.of() : bends(edge.getBendpoints()), straight);
			routes.put(edge, route);
			edges.add(edge);
			for (int i = 0; i < route.length; i += 2) {
				extent = extent.union(new Box(route[i], route[i + 1], 1, 1));
			}
		}
	}

	private static List<int[]> bends(String text) {
		try {
			return BendPoints.parse(text).stream().map(p -> new int[] { p.x(), p.y() }).toList();
		} catch (IllegalArgumentException e) {
			return List.of(); // a damaged route is drawn afresh from the ends
		}
	}

	private void place(NodeView node, int parentX, int parentY) {
		if (diagram.isHidden(node) || diagram.nodeOf(node) == null) {
			return;
		}
		int height = diagram.isCollapsed(node) && !node.getChildren().isEmpty() ? Math.min(node.getHeight(), HEADER + 4)
				: node.getHeight();
		Box box = new Box(parentX + node.getX(), parentY + node.getY(), Math.max(node.getWidth(), 8), Math.max(height, 8));
		boxes.put(node, box);
		paintOrder.add(node);
		extent = paintOrder.size() == 1 ? box : extent.union(box);
		for (NodeView child : node.getChildren()) {
			place(child, box.x(), box.y());
		}
	}

	/** The node drawn for an edge end: itself, or the nearest shown ancestor when it is inside a collapsed container. */
	private NodeView visibleEnd(NodeView node) {
		if (node == null || diagram.isFilteredOut(node)) {
			return null;
		}
		for (NodeView n = node; n != null; n = n.eContainer() instanceof NodeView parent ? parent : null) {
			if (boxes.containsKey(n)) {
				return n;
			}
		}
		return null;
	}

	public Box box(NodeView node) {
		return boxes.get(node);
	}

	public boolean isShown(NodeView node) {
		return boxes.containsKey(node);
	}

	/** Shown nodes, containers before what they contain. */
	public List<NodeView> paintOrder() {
		return paintOrder;
	}

	public List<EdgeView> edges() {
		return edges;
	}

	public int[] route(EdgeView edge) {
		return routes.get(edge);
	}

	/** The bounds of everything drawn. */
	public Box extent() {
		return extent;
	}

	/** The innermost shown node at a point, or null. */
	public NodeView nodeAt(int x, int y) {
		for (int i = paintOrder.size() - 1; i >= 0; i--) {
			NodeView node = paintOrder.get(i);
			if (boxes.get(node).contains(x, y)) {
				return node;
			}
		}
		return null;
	}

	/** The edge passing within {@code tolerance} of a point, or null. */
	public EdgeView edgeAt(int x, int y, double tolerance) {
		for (int i = edges.size() - 1; i >= 0; i--) {
			int[] route = routes.get(edges.get(i));
			for (int p = 0; p + 3 < route.length; p += 2) {
				if (distance(x, y, route[p], route[p + 1], route[p + 2], route[p + 3]) <= tolerance) {
					return edges.get(i);
				}
			}
		}
		return null;
	}

	private static double distance(int px, int py, int x1, int y1, int x2, int y2) {
		double dx = x2 - x1;
		double dy = y2 - y1;
		double length = dx * dx + dy * dy;
		double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / length));
		double nx = x1 + t * dx - px;
		double ny = y1 + t * dy - py;
		return Math.sqrt(nx * nx + ny * ny);
	}

	/** Shown nodes lying wholly inside a rubber band. */
	public List<NodeView> nodesIn(Box band) {
		List<NodeView> inside = new ArrayList<>();
		for (NodeView node : paintOrder) {
			if (band.contains(boxes.get(node))) {
				inside.add(node);
			}
		}
		return inside;
	}

	/** Is {@code node} the same as or inside {@code container}? */
	public static boolean isWithin(NodeView node, NodeView container) {
		for (Object n = node; n instanceof NodeView view; n = view.eContainer()) {
			if (view == container) {
				return true;
			}
		}
		return false;
	}
}
