package org.intdesigner.diagram.layout;

import org.intdesigner.diagram.notation.NodeView;

/**
 * What the layout needs to know about a node that the notation does not store: its label and
 * whether it is drawn as a container, which come from the diagram specification (the interpreter
 * or the editor answer them), and the smallest size its style allows.
 */
public interface LayoutHints {

	/** The text drawn in the node (a container's header); null or empty for none. */
	String label(NodeView node);

	/** True if the node is drawn as a container: a header with its label over an area holding its children. */
	boolean isContainer(NodeView node);

	/** True if the node's label is drawn bold: a container's always is. */
	default boolean isBold(NodeView node) {
		return isContainer(node);
	}

	int minWidth(NodeView node);

	int minHeight(NodeView node);

	/**
	 * True if the container's children go in a grid of equal cells rather than a layered layout
	 * (the specification's container mapping says so); only used when none of them shows children.
	 */
	default boolean packsChildren(NodeView node) {
		return false;
	}

	/**
	 * How many badges (decoration icons) the node shows in its top-right corner: its label is kept
	 * clear of them ({@link NodeLabels}), so the node is sized for both.
	 */
	default int badges(NodeView node) {
		return 0;
	}
}
