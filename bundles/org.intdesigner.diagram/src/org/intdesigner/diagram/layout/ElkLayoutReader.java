package org.intdesigner.diagram.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.intdesigner.diagram.notation.EdgeView;
import org.intdesigner.diagram.notation.NodeView;

/**
 * Reads a laid-out ELK graph back into notation values. Node positions are relative to their parent
 * in both models, so they are copied (rounded); the group's top-level nodes are shifted by the
 * group's offset. Edge routes are relative to the edge's containing ELK node and become absolute
 * by adding that node's absolute position, summed from the same rounded positions the notation
 * will hold, so routes meet the node borders the renderer draws.
 */
final class ElkLayoutReader {

	private final ElkGraphBuilder graph;
	/** Where the group's graph origin lies in the diagram, shift included. */
	private final BendPoints.Point rootOrigin;
	private final int shiftX;
	private final int shiftY;
	private final Map<ElkNode, BendPoints.Point> absolute = new HashMap<>();

	/**
	 * @param parentOrigin the absolute top-left of the group's parent (the diagram origin for top-level nodes)
	 * @param shiftX added to the x of the group's top-level nodes
	 * @param shiftY added to their y
	 */
	ElkLayoutReader(ElkGraphBuilder graph, BendPoints.Point parentOrigin, int shiftX, int shiftY) {
		this.graph = graph;
		this.shiftX = shiftX;
		this.shiftY = shiftY;
		this.rootOrigin = new BendPoints.Point(parentOrigin.x() + shiftX, parentOrigin.y() + shiftY);
	}

	void readInto(LayoutResult.Builder result) {
		graph.nodes().forEach((view, node) -> result.put(view, bounds(node)));
		graph.grids().forEach((container, grid) -> grid.cells()
				.forEach(cell -> result.put(cell.child(), new NodeBounds(cell.x(), cell.y(), cell.width(), cell.height()))));
		// a grid beside sub-containers: its cells are placed where ELK put the grid in their container
		graph.blocks().forEach((block, grid) -> grid.cells().forEach(cell -> result.put(cell.child(),
				new NodeBounds(round(block.getX()) + cell.x(), round(block.getY()) + cell.y(), cell.width(), cell.height()))));
		graph.edges().forEach((view, edge) -> result.put(view, BendPoints.format(route(view, edge))));
		graph.insideGrids().forEach((view, leg) -> {
			List<BendPoints.Point> points = new ArrayList<>();
			addLeg(points, leg);
			result.put(view, BendPoints.format(points));
		});
	}

	/** The leg of an edge inside a grid, in diagram coordinates. */
	private void addLeg(List<BendPoints.Point> points, ElkGraphBuilder.Leg leg) {
		if (leg == null) {
			return;
		}
		BendPoints.Point grid = absolute(leg.grid());
		for (GridRoutes.Point point : leg.points()) {
			add(points, grid, point.x(), point.y());
		}
	}

	private NodeBounds bounds(ElkNode node) {
		boolean topLevel = node.getParent() == graph.root();
		return new NodeBounds(round(node.getX()) + (topLevel ? shiftX : 0), round(node.getY()) + (topLevel ? shiftY : 0),
				round(node.getWidth()), round(node.getHeight()));
	}

	/**
	 * Start point, bend points and end point of every section, in diagram coordinates; for an end in
	 * a grid, with the leg along the grid's channels between the cell and ELK's port.
	 */
	private List<BendPoints.Point> route(EdgeView view, ElkEdge edge) {
		BendPoints.Point offset = absolute(edge.getContainingNode());
		List<BendPoints.Point> points = new ArrayList<>();
		addLeg(points, graph.sourceLeg(view));
		for (ElkEdgeSection section : edge.getSections()) {
			add(points, offset, section.getStartX(), section.getStartY());
			for (ElkBendPoint bend : section.getBendPoints()) {
				add(points, offset, bend.getX(), bend.getY());
			}
			add(points, offset, section.getEndX(), section.getEndY());
		}
		addLeg(points, graph.targetLeg(view));
		return points;
	}

	private static void add(List<BendPoints.Point> points, BendPoints.Point offset, double x, double y) {
		BendPoints.Point point = new BendPoints.Point(offset.x() + round(x), offset.y() + round(y));
		if (points.isEmpty() || !points.get(points.size() - 1).equals(point)) {
			points.add(point);
		}
	}

	private BendPoints.Point absolute(ElkNode node) {
		if (node == graph.root()) {
			return rootOrigin;
		}
		BendPoints.Point known = absolute.get(node);
		if (known == null) {
			BendPoints.Point parent = absolute(node.getParent());
			known = new BendPoints.Point(parent.x() + round(node.getX()), parent.y() + round(node.getY()));
			absolute.put(node, known);
		}
		return known;
	}

	private static int round(double value) {
		return (int) Math.round(value);
	}
}
