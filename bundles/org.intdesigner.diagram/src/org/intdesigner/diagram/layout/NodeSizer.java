package org.intdesigner.diagram.layout;

import org.intdesigner.diagram.notation.NodeView;

/**
 * How big a node has to be for its label: a plain node is its label plus margins (never below the
 * minimum its style asks for); an open container is a header with its bold label over an inset area
 * for its children, and ELK sizes it around them with this frame as the minimum.
 */
final class NodeSizer {

	/** Around a plain node's label, left and right. */
	static final int LABEL_MARGIN_X = 12;
	/** Around a plain node's label, above and below. */
	static final int LABEL_MARGIN_Y = 8;
	/** Above and below a container's label in its header. */
	static final int HEADER_MARGIN = 6;
	/** Between a container's border (or the bottom of its header) and its children. */
	static final int CONTAINER_INSET = 12;

	/** The frame of an open container: its header height and the smallest size that shows the header whole. */
	record ContainerFrame(int headerHeight, int minWidth, int minHeight) {

		/** Space above the children: the header, then the inset. */
		int topPadding() {
			return headerHeight + CONTAINER_INSET;
		}
	}

	private final TextMeasurer measurer;
	private final LayoutHints hints;

	NodeSizer(TextMeasurer measurer, LayoutHints hints) {
		this.measurer = measurer;
		this.hints = hints;
	}

	/**
	 * True if the node is laid out with its children inside it. A collapsed container, or a node
	 * with children that is not drawn as a container, is laid out as a plain node and its children
	 * keep their places relative to it.
	 */
	boolean showsChildren(NodeView node) {
		return !node.isCollapsed() && !node.getChildren().isEmpty() && hints.isContainer(node);
	}

	/** {width, height} of a node laid out without children. Container labels are drawn bold, even when collapsed. */
	int[] plainSize(NodeView node) {
		int[] text = measure(node, hints.isContainer(node));
		return new int[] { Math.max(hints.minWidth(node), text[0] + 2 * LABEL_MARGIN_X),
				Math.max(hints.minHeight(node), text[1] + 2 * LABEL_MARGIN_Y) };
	}

	ContainerFrame containerFrame(NodeView node) {
		int[] text = measure(node, true);
		int header = text[1] + 2 * HEADER_MARGIN;
		return new ContainerFrame(header, Math.max(hints.minWidth(node), text[0] + 2 * CONTAINER_INSET),
				Math.max(hints.minHeight(node), header + 2 * CONTAINER_INSET));
	}

	private int[] measure(NodeView node, boolean bold) {
		String label = hints.label(node);
		return measurer.measure(label == null ? "" : label, bold);
	}
}
