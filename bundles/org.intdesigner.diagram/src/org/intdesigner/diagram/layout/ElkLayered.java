package org.intdesigner.diagram.layout;

import java.util.EnumSet;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.NullElkProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * The one place that knows ELK Layered's options: a whole hierarchy in one run (so edges between
 * containers are routed together), orthogonal edges, and our spacing. Registers the algorithm on
 * first use because ELK's ServiceLoader discovery does not cross OSGi bundle class loaders.
 */
final class ElkLayered {

	/** Between the diagram's origin and its top-left node. */
	static final double DIAGRAM_MARGIN = 20;
	/** Between neighbouring nodes of one layer. */
	static final double NODE_SPACING = 30;
	/** Between layers: room for the orthogonal edge segments that run between them. */
	static final double LAYER_SPACING = 50;
	static final double EDGE_NODE_SPACING = 15;
	static final double EDGE_EDGE_SPACING = 10;

	private static boolean registered;

	private ElkLayered() {
	}

	private static synchronized void ensureRegistered() {
		if (!registered) {
			LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
			registered = true;
		}
	}

	/** An empty graph, its top-left content {@link #DIAGRAM_MARGIN} away from its origin. */
	static ElkNode createGraph(FlowDirection direction) {
		ElkNode root = ElkGraphUtil.createGraph();
		configure(root, direction);
		root.setProperty(CoreOptions.PADDING, new ElkPadding(DIAGRAM_MARGIN));
		return root;
	}

	/**
	 * Makes {@code node} a container: its children are laid out inside the given padding and ELK
	 * sizes it around them, never smaller than the minimum (so the header label fits).
	 */
	static void configureContainer(ElkNode node, FlowDirection direction, double top, double inset, double minWidth,
			double minHeight) {
		configure(node, direction);
		ElkPadding padding = new ElkPadding(inset);
		padding.setTop(top);
		node.setProperty(CoreOptions.PADDING, padding);
		node.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
		// ELK Layered 0.12 applies a nested graph's minimum size while that graph is still rotated
		// into its internal left-to-right direction: for a vertical layout it must be given transposed
		// (DiagramLayoutTest checks the header fits in both directions).
		boolean vertical = direction == FlowDirection.DOWN;
		node.setProperty(CoreOptions.NODE_SIZE_MINIMUM,
				vertical ? new KVector(minHeight, minWidth) : new KVector(minWidth, minHeight));
		node.setDimensions(minWidth, minHeight);
	}

	/**
	 * For a graph without containers: lays out each connected part on its own and packs the parts in
	 * rows about {@value #ASPECT_RATIO} times as wide as high, as a screen is, rather than side by side
	 * in one row (a line-management chart of a place has dozens of separate trees). ELK packs parts only
	 * when it does not lay out a hierarchy in one run, so the graph is told it has none.
	 */
	static void packParts(ElkNode root) {
		root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.SEPARATE_CHILDREN);
		root.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, true);
		root.setProperty(CoreOptions.ASPECT_RATIO, ASPECT_RATIO);
	}

	/** Width to height a diagram of separate parts aims at. */
	static final double ASPECT_RATIO = 1.6;

	/** Every graph of the hierarchy carries the same options: ELK reads some per nested graph. */
	private static void configure(ElkNode graph, FlowDirection direction) {
		graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		graph.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
		graph.setProperty(CoreOptions.DIRECTION, direction.toElk());
		graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		graph.setProperty(LayeredOptions.SPACING_NODE_NODE, NODE_SPACING);
		graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
		graph.setProperty(LayeredOptions.SPACING_EDGE_NODE, EDGE_NODE_SPACING);
		graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, EDGE_NODE_SPACING);
		graph.setProperty(LayeredOptions.SPACING_EDGE_EDGE, EDGE_EDGE_SPACING);
		graph.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, EDGE_EDGE_SPACING);
	}

	/** Lays out {@code root} and everything in it, in place. */
	static void layout(ElkNode root) {
		ensureRegistered();
		new RecursiveGraphLayoutEngine().layout(root, new NullElkProgressMonitor());
	}
}
