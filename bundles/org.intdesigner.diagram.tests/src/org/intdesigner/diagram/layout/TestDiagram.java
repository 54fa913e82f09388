package org.intdesigner.diagram.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.intdesigner.diagram.notation.Diagram;
import org.intdesigner.diagram.notation.EdgeView;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.notation.NotationFactory;

/** A diagram built in code, with the labels and container flags a diagram specification would give. */
final class TestDiagram implements LayoutHints {

	/** Where a node lies in the diagram, in absolute coordinates. */
	record Box(int x, int y, int width, int height) {

		boolean overlaps(Box other) {
			return x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height;
		}

		/** How far {@code point} is from this box's border (0 on it). */
		double distanceToBorder(BendPoints.Point point) {
			double dx = Math.max(Math.max(x - point.x(), point.x() - (x + width)), 0);
			double dy = Math.max(Math.max(y - point.y(), point.y() - (y + height)), 0);
			if (dx > 0 || dy > 0) {
				return Math.hypot(dx, dy);
			}
			return Math.min(Math.min(point.x() - x, x + width - point.x()), Math.min(point.y() - y, y + height - point.y()));
		}
	}

	static final int MIN_WIDTH = 60;
	static final int MIN_HEIGHT = 30;

	private static final NotationFactory F = NotationFactory.eINSTANCE;

	final Diagram diagram = F.createDiagram();
	private final Map<NodeView, String> labels = new HashMap<>();
	private final Set<NodeView> containers = new HashSet<>();
	/** Containers whose specification asks for a grid. */
	final Set<NodeView> grids = new HashSet<>();

	NodeView node(String label, NodeView parent) {
		NodeView node = F.createNodeView();
		node.setElement(label);
		labels.put(node, label);
		if (parent == null) {
			diagram.getNodes().add(node);
		} else {
			parent.getChildren().add(node);
		}
		return node;
	}

	NodeView container(String label, NodeView parent) {
		NodeView container = node(label, parent);
		containers.add(container);
		return container;
	}

	EdgeView edge(NodeView source, NodeView target) {
		EdgeView edge = F.createEdgeView();
		edge.setSource(source);
		edge.setTarget(target);
		diagram.getEdges().add(edge);
		return edge;
	}

	static void place(NodeView node, int x, int y, int width, int height) {
		node.setX(x);
		node.setY(y);
		node.setWidth(width);
		node.setHeight(height);
	}

	static Box absolute(NodeView node) {
		BendPoints.Point corner = NotationTree.absolute(node, Map.of());
		return new Box(corner.x(), corner.y(), node.getWidth(), node.getHeight());
	}

	/** Every node that is drawn: not inside a collapsed node. */
	List<NodeView> drawnNodes() {
		List<NodeView> drawn = new ArrayList<>();
		collect(diagram.getNodes(), drawn);
		return drawn;
	}

	private static void collect(List<NodeView> nodes, List<NodeView> drawn) {
		for (NodeView node : nodes) {
			drawn.add(node);
			if (!node.isCollapsed()) {
				collect(node.getChildren(), drawn);
			}
		}
	}

	/** Every node's bounds and every edge's bend points, to tell whether anything changed. */
	String snapshot() {
		StringBuilder text = new StringBuilder();
		diagram.eAllContents().forEachRemaining(object -> {
			if (object instanceof NodeView node) {
				text.append(node.getElement()).append(' ').append(node.getX()).append(',').append(node.getY()).append(' ')
						.append(node.getWidth()).append('x').append(node.getHeight()).append('\n');
			} else if (object instanceof EdgeView edge) {
				text.append(edge.getSource().getElement()).append(" -> ").append(edge.getTarget().getElement()).append(": ")
						.append(edge.getBendpoints()).append('\n');
			}
		});
		return text.toString();
	}

	@Override
	public String label(NodeView node) {
		return labels.get(node);
	}

	@Override
	public boolean packsChildren(NodeView node) {
		return grids.contains(node);
	}

	@Override
	public boolean isContainer(NodeView node) {
		return containers.contains(node);
	}

	@Override
	public int minWidth(NodeView node) {
		return MIN_WIDTH;
	}

	@Override
	public int minHeight(NodeView node) {
		return MIN_HEIGHT;
	}
}
