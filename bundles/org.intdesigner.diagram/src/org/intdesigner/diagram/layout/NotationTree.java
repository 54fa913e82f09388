package org.intdesigner.diagram.layout;

import java.util.Map;

import org.intdesigner.diagram.notation.NodeView;

/** Walks the nesting of node views: parents and absolute positions. */
final class NotationTree {

	private NotationTree() {
	}

	/** The node that contains {@code node}, or null for a top-level node. */
	static NodeView parent(NodeView node) {
		return node.eContainer() instanceof NodeView parent ? parent : null;
	}

	/** True if {@code node} is {@code ancestor} or lies inside it at any depth. */
	static boolean isWithin(NodeView node, NodeView ancestor) {
		for (NodeView n = node; n != null; n = parent(n)) {
			if (n == ancestor) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The top-left corner of {@code node} in diagram coordinates, taking positions from
	 * {@code moved} where it has them and from the notation otherwise.
	 */
	static BendPoints.Point absolute(NodeView node, Map<NodeView, NodeBounds> moved) {
		int x = 0;
		int y = 0;
		for (NodeView n = node; n != null; n = parent(n)) {
			NodeBounds bounds = moved.get(n);
			x += bounds != null ? bounds.x() : n.getX();
			y += bounds != null ? bounds.y() : n.getY();
		}
		return new BendPoints.Point(x, y);
	}
}
