package org.intdesigner.diagram.layout;

import java.util.Collection;

import org.intdesigner.diagram.notation.Diagram;
import org.intdesigner.diagram.notation.NodeView;

/**
 * "Arrange all" and "Arrange selection" with ELK Layered. Containers are laid out with their
 * contents in one ELK run (hierarchy handling INCLUDE_CHILDREN), so edges between nodes in
 * different containers, at any depth, are routed together with the rest; ELK sizes open containers
 * around their children below a header that fits their label. Collapsed containers are plain nodes:
 * their children keep their places relative to them.
 * <p>
 * <b>Bend points.</b> Edges are routed orthogonally, and an edge's bend points are stored as ELK's
 * whole route: start point, bend points, end point, in absolute diagram coordinates. Storing only
 * the inner bends would let the renderer join the first and last bend to the node centres' clip
 * points with diagonal segments; with ELK's start and end points (which lie on the node borders) in
 * the list, clipping to the borders gives zero-length end segments and the drawn route stays
 * orthogonal.
 * <p>
 * Nothing is changed until {@link LayoutResult#apply()} is called.
 */
public final class DiagramLayout {

	private final TextMeasurer measurer;
	private final FlowDirection direction;

	/** Edges flowing {@link FlowDirection#DOWN}, as in an organisation chart. */
	public DiagramLayout(TextMeasurer measurer) {
		this(measurer, FlowDirection.DOWN);
	}

	public DiagramLayout(TextMeasurer measurer, FlowDirection direction) {
		this.measurer = measurer;
		this.direction = direction;
	}

	/** Lays out every node and edge; nothing is changed until the result is applied. */
	public LayoutResult arrangeAll(Diagram diagram, LayoutHints hints) {
		LayoutResult.Builder result = new LayoutResult.Builder();
		new GroupLayout(diagram, SiblingGroup.topLevel(diagram), new NodeSizer(measurer, hints), direction, false).run(result);
		return result.build();
	}

	/**
	 * For benchmarks: nanoseconds ELK Layered alone takes on the graph {@link #arrangeAll} builds
	 * for this diagram (same sizes and options), not counting building the graph or reading it back.
	 */
	public long timeElkAlone(Diagram diagram, LayoutHints hints) {
		return new GroupLayout(diagram, SiblingGroup.topLevel(diagram), new NodeSizer(measurer, hints), direction, false)
				.timeElkOnly();
	}

	/**
	 * Lays out only the given nodes (and what they contain) among themselves, keeping their parent
	 * and the rest of the diagram where they are; the group keeps its top-left corner. Selected
	 * nodes with different parents are arranged as one group per parent; a node inside another
	 * selected node is arranged as part of it. Edges among the arranged nodes get new routes; edges
	 * from them to the rest of the diagram lose their bend points.
	 */
	public LayoutResult arrangeSelection(Diagram diagram, Collection<NodeView> selection, LayoutHints hints) {
		LayoutResult.Builder result = new LayoutResult.Builder();
		NodeSizer sizer = new NodeSizer(measurer, hints);
		for (SiblingGroup group : SiblingGroup.ofSelection(diagram, selection)) {
			new GroupLayout(diagram, group, sizer, direction, true).run(result);
		}
		return result.build();
	}
}
