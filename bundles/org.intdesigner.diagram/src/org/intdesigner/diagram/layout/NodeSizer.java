package org.intdesigner.diagram.layout;

import java.util.List;

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
	/**
	 * A plain node's label wider than this is wrapped onto more lines (the renderer wraps to the
	 * node's width the same way): long post names would otherwise make every node of a grid or a
	 * layer as wide as the longest.
	 */
	static final int MAX_LABEL_WIDTH = 190;
	/** Lines a wrapped label may take before it is cut with an ellipsis. */
	private static final int MAX_LABEL_LINES = 6;

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
		boolean bold = hints.isBold(node);
		int[] text = measure(node, bold);
		if (text[0] > MAX_LABEL_WIDTH && !hints.isContainer(node)) {
			text = wrapped(hints.label(node), bold);
		}
		int badges = NodeLabels.badgeReserve(hints.badges(node));
		return new int[] { Math.max(hints.minWidth(node), text[0] + 2 * LABEL_MARGIN_X + badges),
				Math.max(hints.minHeight(node), text[1] + 2 * LABEL_MARGIN_Y) };
	}

	/**
	 * {width, height} a plain node needs at {@code width}: as wide, and tall enough for its label
	 * wrapped to that width; {@link #plainSize} if a word of it does not fit.
	 */
	int[] plainSizeAt(NodeView node, int width) {
		if (hints.isContainer(node)) {
			return plainSize(node); // a collapsed container: its title is one line
		}
		boolean bold = hints.isBold(node);
		String label = hints.label(node) == null ? "" : hints.label(node);
		int room = width - 2 * LABEL_MARGIN_X - NodeLabels.badgeReserve(hints.badges(node));
		List<String> lines = LabelWrap.wrap(measurer, label, Math.max(1, room), bold, MAX_LABEL_LINES);
		if (!String.join("", lines).replaceAll("\\s", "").equals(label.replaceAll("\\s", ""))) {
			return plainSize(node);
		}
		return new int[] { width, Math.max(hints.minHeight(node), lines.size() * measurer.measure("Ag", bold)[1] + 2 * LABEL_MARGIN_Y) };
	}

	/**
	 * True if the node's children are put in a grid ({@link GridPacking}) instead of laid out by ELK:
	 * its container mapping asks for it and none of the children shows children of its own.
	 */
	boolean packsChildren(NodeView node) {
		if (!showsChildren(node) || !hints.packsChildren(node)) {
			return false;
		}
		for (NodeView child : node.getChildren()) {
			if (showsChildren(child)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The plain children of a container that asks for a grid but also holds open containers: they
	 * go in a grid of their own among those containers. Empty when the node packs all its children,
	 * does not ask for a grid, or holds no open container.
	 */
	List<NodeView> packsChildrenBesideContainers(NodeView node) {
		if (!showsChildren(node) || !hints.packsChildren(node) || packsChildren(node)) {
			return List.of();
		}
		return node.getChildren().stream().filter(child -> !showsChildren(child)).toList();
	}

	ContainerFrame containerFrame(NodeView node) {
		int[] text = measure(node, true);
		int header = text[1] + 2 * HEADER_MARGIN;
		int badges = NodeLabels.badgeReserve(hints.badges(node));
		return new ContainerFrame(header, Math.max(hints.minWidth(node), text[0] + 2 * CONTAINER_INSET + badges),
				Math.max(hints.minHeight(node), header + 2 * CONTAINER_INSET));
	}

	/**
	 * The stretch of a container's top border, of a container {@code width} wide, that lines may
	 * cross without running through its title or its badges: {from, to}.
	 */
	int[] headerClear(NodeView container, int width) {
		int title = NodeLabels.TITLE_X + measure(container, true)[0] + 4;
		return new int[] { title, width - NodeLabels.badgeReserve(hints.badges(container)) - 4 };
	}

	/** {width, height} of the label wrapped at {@link #MAX_LABEL_WIDTH}. */
	private int[] wrapped(String label, boolean bold) {
		List<String> lines = LabelWrap.wrap(measurer, label, MAX_LABEL_WIDTH, bold, MAX_LABEL_LINES);
		int width = 0;
		for (String line : lines) {
			width = Math.max(width, measurer.measure(line, bold)[0]);
		}
		return new int[] { width, lines.size() * measurer.measure("Ag", bold)[1] };
	}

	private int[] measure(NodeView node, boolean bold) {
		String label = hints.label(node);
		return measurer.measure(label == null ? "" : label, bold);
	}
}
