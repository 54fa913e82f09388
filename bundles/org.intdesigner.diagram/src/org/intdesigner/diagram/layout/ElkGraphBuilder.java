package org.intdesigner.diagram.layout;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.graph.ElkConnectableShape;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.intdesigner.diagram.notation.EdgeView;
import org.intdesigner.diagram.notation.NodeView;

/**
 * Builds the ELK graph of a group of node views: one ELK node per drawn node, nested as the
 * notation nests them, with sizes from the {@link NodeSizer}; children of collapsed containers are
 * not drawn and get no ELK node. Edges whose ends are hidden are attached to the collapsed node
 * that hides them.
 * <p>
 * <b>Grids.</b> ELK sees a grid of cells ({@link GridPacking}) as one node. An edge to a cell is
 * attached to a port on that node's border, where the row channel next to the cell meets it, and
 * the rest of its way (from the port along the channels to the cell, {@link GridRoutes}) is kept
 * as a leg to add to ELK's route; an edge between two cells of one grid is routed in it alone. So
 * no edge is drawn across the other cells.
 */
final class ElkGraphBuilder {

	private final NodeSizer sizer;
	private final FlowDirection direction;
	private final ElkNode root;
	private final Map<NodeView, ElkNode> nodes = new LinkedHashMap<>();
	private final Map<EdgeView, ElkEdge> edges = new LinkedHashMap<>();
	/** Containers whose children are put in a grid: ELK sees each as one node of the grid's size. */
	private final Map<NodeView, GridPacking.Packed> packed = new LinkedHashMap<>();
	/**
	 * Grids beside sub-containers: the plain children of a container that also holds open
	 * containers, as one ELK node of the grid's size among those containers.
	 */
	private final Map<ElkNode, GridPacking.Packed> blocks = new LinkedHashMap<>();
	/** The plain children in such a grid, and the grid's ELK node. */
	private final Map<NodeView, ElkNode> inBlock = new LinkedHashMap<>();

	/** The way along a grid's channels between an edge's end cell and its port, relative to the grid's ELK node. */
	record Leg(ElkNode grid, List<GridRoutes.Point> points) {
	}

	private final Map<EdgeView, Leg> sourceLegs = new LinkedHashMap<>();
	private final Map<EdgeView, Leg> targetLegs = new LinkedHashMap<>();
	/** Edges between two cells of one grid: their whole route, in the grid. */
	private final Map<EdgeView, Leg> insideGrids = new LinkedHashMap<>();
	/** Edges so far per grid node, side and channel: the next one takes the next lane. */
	private final Map<List<Object>, Integer> lanes = new HashMap<>();
	private final Map<ElkNode, GridRoutes> routes = new HashMap<>();

	ElkGraphBuilder(NodeSizer sizer, FlowDirection direction) {
		this.sizer = sizer;
		this.direction = direction;
		this.root = ElkLayered.createGraph(direction);
	}

	/** Adds {@code view} at the top of the graph, with what it shows inside. */
	void addNode(NodeView view) {
		addNode(view, root);
	}

	private void addNode(NodeView view, ElkNode parent) {
		ElkNode node = ElkGraphUtil.createNode(parent);
		nodes.put(view, node);
		if (sizer.packsChildren(view)) {
			GridPacking.Packed grid = GridPacking.pack(view, sizer);
			node.setDimensions(grid.width(), grid.height());
			packed.put(view, grid);
		} else if (sizer.showsChildren(view)) {
			NodeSizer.ContainerFrame frame = sizer.containerFrame(view);
			ElkLayered.configureContainer(node, direction, frame.topPadding(), NodeSizer.CONTAINER_INSET, frame.minWidth(),
					frame.minHeight());
			List<NodeView> plain = sizer.packsChildrenBesideContainers(view);
			if (plain.size() > 1) {
				addBlock(plain, node);
			}
			for (NodeView child : view.getChildren()) {
				if (!inBlock.containsKey(child)) {
					addNode(child, node);
				}
			}
		} else {
			int[] size = sizer.plainSize(view);
			node.setDimensions(size[0], size[1]);
		}
	}

	private void addBlock(List<NodeView> plain, ElkNode parent) {
		GridPacking.Packed grid = GridPacking.block(plain, sizer);
		ElkNode block = ElkGraphUtil.createNode(parent);
		block.setDimensions(grid.width(), grid.height());
		blocks.put(block, grid);
		plain.forEach(child -> inBlock.put(child, block));
	}

	/** The ELK node an end of an edge is attached to: its own, its grid's, or its collapsed ancestor's. */
	private ElkNode elkNodeOf(NodeView view) {
		ElkNode block = inBlock.get(view);
		return block != null ? block : nodes.get(drawnAs(view));
	}

	/**
	 * The view that {@code view} is drawn as in this graph: itself, or the collapsed node hiding
	 * it; null if it lies outside the graph.
	 */
	NodeView drawnAs(NodeView view) {
		for (NodeView n = view; n != null; n = NotationTree.parent(n)) {
			if (nodes.containsKey(n)) {
				return n;
			}
		}
		return null;
	}

	/**
	 * Adds {@code edge} between the nodes its ends are drawn as (or, for an end in a grid, a port on
	 * the grid's border). Returns false, adding nothing, if both ends are hidden in (or one is hidden
	 * in, the other is) the same collapsed node: such an edge is not drawn and just moves with that
	 * node; or if both ends are drawn as one cell.
	 */
	boolean addEdge(EdgeView edge) {
		GridEnd from = gridEnd(edge.getSource());
		GridEnd to = gridEnd(edge.getTarget());
		if (from != null && to != null && from.node() == to.node()) {
			if (from.cell() == to.cell()) {
				return false;
			}
			int lane = nextLane(from.node(), "inside", from.cell().row());
			insideGrids.put(edge, new Leg(from.node(), from.routes().between(from.cell(), to.cell(), GridRoutes.lane(lane))));
			return true;
		}
		NodeView source = drawnAs(edge.getSource());
		NodeView target = drawnAs(edge.getTarget());
		boolean selfLoop = edge.getSource() == edge.getTarget() && source == edge.getSource();
		if (source == target && !selfLoop) {
			return false;
		}
		ElkConnectableShape start = elkNodeOf(edge.getSource());
		ElkConnectableShape end = elkNodeOf(edge.getTarget());
		if (from != null) {
			List<GridRoutes.Point> leg = from.routes().outOf(from.cell(), laneFor(from, "out"));
			sourceLegs.put(edge, new Leg(from.node(), leg));
			start = port(from, leg.get(leg.size() - 1));
		}
		if (to != null) {
			List<GridRoutes.Point> leg = to.routes().into(to.cell(), laneFor(to, "in"));
			targetLegs.put(edge, new Leg(to.node(), leg));
			end = port(to, leg.get(0));
		}
		edges.put(edge, ElkGraphUtil.createSimpleEdge(start, end));
		return true;
	}

	/** An edge end lying in a grid: the grid's ELK node, the cell it is drawn in, and the ways along the grid's channels. */
	private record GridEnd(ElkNode node, GridPacking.Cell cell, GridRoutes routes) {
	}

	/** The grid cell {@code view} is drawn in (itself, or the cell hiding it), or null if it is not in a grid. */
	private GridEnd gridEnd(NodeView view) {
		for (NodeView n = view; n != null; n = NotationTree.parent(n)) {
			ElkNode block = inBlock.get(n);
			if (block != null) {
				return gridEnd(block, blocks.get(block), n);
			}
			NodeView parent = NotationTree.parent(n);
			if (parent != null && packed.containsKey(parent) && nodes.containsKey(parent)) {
				return gridEnd(nodes.get(parent), packed.get(parent), n);
			}
			if (nodes.containsKey(n)) {
				return null; // drawn as a node of its own
			}
		}
		return null;
	}

	private GridEnd gridEnd(ElkNode node, GridPacking.Packed grid, NodeView child) {
		for (GridPacking.Cell cell : grid.cells()) {
			if (cell.child() == child) {
				return new GridEnd(node, cell, routes.computeIfAbsent(node, n -> routesOf(grid, child)));
			}
		}
		return null;
	}

	/** The routes in a grid: below a container's header, clear of its title and badges. */
	private GridRoutes routesOf(GridPacking.Packed grid, NodeView cell) {
		boolean down = direction == FlowDirection.DOWN;
		NodeView container = NotationTree.parent(cell);
		if (container != null && packed.get(container) == grid) {
			int[] clear = sizer.headerClear(container, grid.width());
			return new GridRoutes(grid, down, clear[0], clear[1]);
		}
		return new GridRoutes(grid, down, 0, grid.width());
	}

	private int laneFor(GridEnd end, String way) {
		return GridRoutes.lane(nextLane(end.node(), way + end.routes().onLeft(end.cell()), end.cell().row()));
	}

	private int nextLane(ElkNode node, String way, int row) {
		return lanes.merge(List.of(node, way, row), 1, Integer::sum) - 1;
	}

	/** A port of the grid's node at {@code at} (on its border), placed there for ELK to route to. */
	private ElkPort port(GridEnd end, GridRoutes.Point at) {
		ElkPort port = ElkGraphUtil.createPort(end.node());
		port.setDimensions(0, 0);
		port.setLocation(at.x(), at.y());
		port.setProperty(CoreOptions.PORT_SIDE, at.y() == 0 ? PortSide.NORTH
				: at.y() == Math.round(end.node().getHeight()) ? PortSide.SOUTH : at.x() == 0 ? PortSide.WEST : PortSide.EAST);
		end.node().setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
		return port;
	}

	/** The part of an edge's route inside the grid its source lies in, or null. */
	Leg sourceLeg(EdgeView edge) {
		return sourceLegs.get(edge);
	}

	/** The part of an edge's route inside the grid its target lies in, or null. */
	Leg targetLeg(EdgeView edge) {
		return targetLegs.get(edge);
	}

	/** Edges between two cells of one grid, with their routes in it. */
	Map<EdgeView, Leg> insideGrids() {
		return insideGrids;
	}

	/** True if an end of {@code edge} lies in a grid. */
	boolean touchesGrid(EdgeView edge) {
		return gridEnd(edge.getSource()) != null || gridEnd(edge.getTarget()) != null;
	}

	/** The grids beside sub-containers, by their ELK node (positions are read from it). */
	Map<ElkNode, GridPacking.Packed> blocks() {
		return blocks;
	}

	/** The containers put in a grid, with their cells. */
	Map<NodeView, GridPacking.Packed> grids() {
		return packed;
	}

	ElkNode root() {
		return root;
	}

	/** Every drawn node view and its ELK node, parents before children. */
	Map<NodeView, ElkNode> nodes() {
		return nodes;
	}

	Map<EdgeView, ElkEdge> edges() {
		return edges;
	}
}
