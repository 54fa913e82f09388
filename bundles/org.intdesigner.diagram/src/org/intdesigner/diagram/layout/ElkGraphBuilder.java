package org.intdesigner.diagram.layout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.intdesigner.diagram.notation.EdgeView;
import org.intdesigner.diagram.notation.NodeView;

/**
 * Builds the ELK graph of a group of node views: one ELK node per drawn node, nested as the
 * notation nests them, with sizes from the {@link NodeSizer}; children of collapsed containers are
 * not drawn and get no ELK node. Edges whose ends are hidden are attached to the collapsed node
 * that hides them.
 */
final class ElkGraphBuilder {

	private final NodeSizer sizer;
	private final LayoutDirection direction;
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

	ElkGraphBuilder(NodeSizer sizer, LayoutDirection direction) {
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
	 * Adds {@code edge} between the nodes its ends are drawn as. Returns false, adding nothing, if
	 * both ends are hidden in (or one is hidden in, the other is) the same collapsed node: such an
	 * edge is not drawn and just moves with that node.
	 */
	boolean addEdge(EdgeView edge) {
		NodeView source = drawnAs(edge.getSource());
		NodeView target = drawnAs(edge.getTarget());
		boolean selfLoop = edge.getSource() == edge.getTarget() && source == edge.getSource();
		if (source == target && !selfLoop) {
			return false;
		}
		ElkNode from = elkNodeOf(edge.getSource());
		ElkNode to = elkNodeOf(edge.getTarget());
		if (from == to && !selfLoop) {
			return false; // between two cells of one grid
		}
		edges.put(edge, ElkGraphUtil.createSimpleEdge(from, to));
		return true;
	}

	/**
	 * True if an end of {@code edge} lies in a grid: ELK routed it to the grid's container, not to
	 * the cell, so it keeps no bend points and is drawn around the cells.
	 */
	boolean touchesGrid(EdgeView edge) {
		return inGrid(edge.getSource()) || inGrid(edge.getTarget());
	}

	private boolean inGrid(NodeView view) {
		NodeView drawn = drawnAs(view);
		return inBlock.containsKey(view) || drawn != null && drawn != view && packed.containsKey(drawn);
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
