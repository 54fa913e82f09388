package org.intdesigner.diagram.layout;

import org.intdesigner.diagram.interpreter.DiagramNode;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.spec.ContainerMapping;
import org.intdesigner.diagram.sync.LiveDiagram;

/**
 * Where a node's label and badges sit in its box, in one place for the three that must agree: the
 * layout, which sizes the box ({@link NodeSizer}); the painter, which draws into it; and the
 * readability check, which measures what the painter drew. Badges are drawn in a row from the top
 * right corner inwards; a label is kept left of them, so neither covers the other.
 */
public final class NodeLabels {

	/** A badge's side. */
	public static final int BADGE = 14;
	/** Between a badge and the box's top and right border. */
	public static final int BADGE_INSET = 4;
	/** Between two badges. */
	public static final int BADGE_GAP = 2;
	/** A container's title is drawn this far from the box's left and top border. */
	public static final int TITLE_X = 6;
	public static final int TITLE_Y = 5;
	/** A plain node's label is wrapped to its box's width less this. */
	public static final int TEXT_MARGIN = 10;

	private NodeLabels() {
	}

	/**
	 * The text drawn for a node: its label, marked when its expressions failed, with the count of
	 * what it hides when it is a collapsed container.
	 */
	public static String text(LiveDiagram diagram, NodeView view) {
		DiagramNode node = diagram.nodeOf(view);
		if (node == null) {
			return "";
		}
		String label = node.getLabel() == null ? "" : node.getLabel();
		if (node.getProblem() != null) {
			label = "\u26a0 " + label;
		}
		if (node.getMapping() instanceof ContainerMapping && !view.getChildren().isEmpty() && diagram.isCollapsed(view)) {
			label = label + "  [+" + view.getChildren().size() + "]";
		}
		return label;
	}

	/** The width the badges of a node take from its right border, with a gap before its label; 0 without badges. */
	public static int badgeReserve(int badges) {
		return badges <= 0 ? 0 : BADGE_INSET + badges * (BADGE + BADGE_GAP);
	}

	/** The left x of the {@code index}th badge (0 the rightmost) of a box whose right border is at {@code right}. */
	public static int badgeX(int right, int index) {
		return right - BADGE_INSET - BADGE - index * (BADGE + BADGE_GAP);
	}
}
