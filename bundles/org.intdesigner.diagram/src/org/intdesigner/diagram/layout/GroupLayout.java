package org.intdesigner.diagram.layout;

import java.util.Map;

import org.eclipse.elk.graph.ElkNode;
import org.intdesigner.diagram.notation.Diagram;
import org.intdesigner.diagram.notation.EdgeView;
import org.intdesigner.diagram.notation.NodeView;

/**
 * One ELK run over a sibling group: builds its graph with the edges among its nodes, lays it out
 * and reads the result back. Edges with only one end in the group lose their bend points (their
 * old route ran to a node that moved; the renderer draws them straight until the next arrange
 * all), edges hidden inside a collapsed node move with it.
 */
final class GroupLayout {

	private final Diagram diagram;
	private final SiblingGroup group;
	private final NodeSizer sizer;
	private final FlowDirection direction;
	private final boolean keepTopLeft;

	/**
	 * @param keepTopLeft true to put the group's top-left corner back where it was; false to let
	 *                    the layout place it {@link ElkLayered#DIAGRAM_MARGIN} from its parent's origin
	 */
	GroupLayout(Diagram diagram, SiblingGroup group, NodeSizer sizer, FlowDirection direction, boolean keepTopLeft) {
		this.diagram = diagram;
		this.group = group;
		this.sizer = sizer;
		this.direction = direction;
		this.keepTopLeft = keepTopLeft;
	}

	void run(LayoutResult.Builder result) {
		ElkGraphBuilder graph = build(result);
		if (graph.root().getChildren().stream().noneMatch(ElkNode::isHierarchical)) {
			ElkLayered.packParts(graph.root());
		}
		long start = System.nanoTime();
		ElkLayered.layout(graph.root());
		result.addElkTime(System.nanoTime() - start);
		BendPoints.Point parentOrigin = group.parent() == null ? new BendPoints.Point(0, 0)
				: NotationTree.absolute(group.parent(), Map.of());
		BendPoints.Point shift = keepTopLeft ? topLeftShift(graph) : new BendPoints.Point(0, 0);
		new ElkLayoutReader(graph, parentOrigin, shift.x(), shift.y()).readInto(result);
	}

	/** Nanoseconds ELK Layered takes on this group's graph, without building it or reading it back. */
	long timeElkOnly() {
		ElkGraphBuilder graph = build(new LayoutResult.Builder());
		long start = System.nanoTime();
		ElkLayered.layout(graph.root());
		return System.nanoTime() - start;
	}

	private ElkGraphBuilder build(LayoutResult.Builder result) {
		ElkGraphBuilder graph = new ElkGraphBuilder(sizer, direction);
		group.members().forEach(graph::addNode);
		for (EdgeView edge : diagram.getEdges()) {
			NodeView source = edge.getSource();
			NodeView target = edge.getTarget();
			if (source == null || target == null) {
				continue;
			}
			boolean sourceInside = group.covers(source);
			boolean targetInside = group.covers(target);
			if (sourceInside && targetInside) {
				if (!graph.addEdge(edge)) {
					if (graph.touchesGrid(edge)) {
						result.put(edge, ""); // between two cells of one grid: drawn around them
					} else {
						result.carry(edge, graph.drawnAs(source));
					}
				}
			} else if (sourceInside || targetInside) {
				result.put(edge, "");
			}
		}
		return graph;
	}

	/** How far the laid-out group must move for its top-left corner to be where it was. */
	private BendPoints.Point topLeftShift(ElkGraphBuilder graph) {
		int oldX = Integer.MAX_VALUE;
		int oldY = Integer.MAX_VALUE;
		int newX = Integer.MAX_VALUE;
		int newY = Integer.MAX_VALUE;
		for (NodeView member : group.members()) {
			ElkNode node = graph.nodes().get(member);
			oldX = Math.min(oldX, member.getX());
			oldY = Math.min(oldY, member.getY());
			newX = Math.min(newX, (int) Math.round(node.getX()));
			newY = Math.min(newY, (int) Math.round(node.getY()));
		}
		return new BendPoints.Point(oldX - newX, oldY - newY);
	}
}
