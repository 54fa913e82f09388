package org.intdesigner.diagram.layout;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.intdesigner.diagram.notation.EdgeView;
import org.intdesigner.diagram.notation.NodeView;

/**
 * The outcome of an arrange, not yet in the notation: new bounds for the nodes that were laid out
 * and new bend points for the edges whose route changed. {@link #apply()} writes them; the editor
 * calls it inside an EMF command so that the arrange is one undoable step.
 */
public final class LayoutResult {

	private final Map<NodeView, NodeBounds> bounds;
	private final Map<EdgeView, String> bendpoints;
	private final long elkNanos;

	private LayoutResult(Map<NodeView, NodeBounds> bounds, Map<EdgeView, String> bendpoints, long elkNanos) {
		this.bounds = Collections.unmodifiableMap(bounds);
		this.bendpoints = Collections.unmodifiableMap(bendpoints);
		this.elkNanos = elkNanos;
	}

	/** How long ELK Layered itself ran for this result (benchmarks compare the whole arrange with it). */
	public long elkNanos() {
		return elkNanos;
	}

	/** New bounds per laid-out node, relative to its parent as the notation stores them. */
	public Map<NodeView, NodeBounds> nodeBounds() {
		return bounds;
	}

	/** New bend point text per edge, in absolute diagram coordinates; empty text clears the route. */
	public Map<EdgeView, String> edgeBendpoints() {
		return bendpoints;
	}

	/** The new bounds of {@code node}, or null if the arrange leaves it where it is. */
	public NodeBounds boundsOf(NodeView node) {
		return bounds.get(node);
	}

	/** The new bend points of {@code edge}, or null if the arrange leaves them as they are. */
	public String bendpointsOf(EdgeView edge) {
		return bendpoints.get(edge);
	}

	/** Writes the new values into the notation. Values that did not change are not set again, so they send no notifications. */
	public void apply() {
		bounds.forEach((node, b) -> {
			if (node.getX() != b.x()) {
				node.setX(b.x());
			}
			if (node.getY() != b.y()) {
				node.setY(b.y());
			}
			if (node.getWidth() != b.width()) {
				node.setWidth(b.width());
			}
			if (node.getHeight() != b.height()) {
				node.setHeight(b.height());
			}
		});
		bendpoints.forEach((edge, text) -> {
			if (!Objects.equals(edge.getBendpoints(), text)) {
				edge.setBendpoints(text);
			}
		});
	}

	/** Collects the values of one or more ELK runs. */
	static final class Builder {

		private final Map<NodeView, NodeBounds> bounds = new LinkedHashMap<>();
		private final Map<EdgeView, String> bendpoints = new LinkedHashMap<>();
		/** Edges not drawn because they lie inside a collapsed node: they move with that node. */
		private final Map<EdgeView, NodeView> carried = new LinkedHashMap<>();
		private long elkNanos;

		void addElkTime(long nanos) {
			elkNanos += nanos;
		}

		void put(NodeView node, NodeBounds nodeBounds) {
			bounds.put(node, nodeBounds);
		}

		void put(EdgeView edge, String text) {
			bendpoints.put(edge, text);
		}

		/** Moves the bend points of {@code edge} as far as {@code node} moves. */
		void carry(EdgeView edge, NodeView node) {
			carried.put(edge, node);
		}

		LayoutResult build() {
			carried.forEach((edge, node) -> {
				String text = edge.getBendpoints();
				if (text == null || text.isBlank()) {
					return;
				}
				BendPoints.Point before = NotationTree.absolute(node, Map.of());
				BendPoints.Point after = NotationTree.absolute(node, bounds);
				if (!before.equals(after)) {
					bendpoints.put(edge, BendPoints.translate(text, after.x() - before.x(), after.y() - before.y()));
				}
			});
			return new LayoutResult(new LinkedHashMap<>(bounds), new LinkedHashMap<>(bendpoints), elkNanos);
		}
	}
}
