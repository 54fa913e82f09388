package org.intdesigner.diagram.ui.render;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.intdesigner.diagram.interpreter.DiagramEdge;
import org.intdesigner.diagram.interpreter.DiagramNode;
import org.intdesigner.diagram.layout.LabelWrap;
import org.intdesigner.diagram.layout.NodeLabels;
import org.intdesigner.diagram.layout.TextMeasurer;
import org.intdesigner.diagram.notation.EdgeView;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.spec.ContainerMapping;
import org.intdesigner.diagram.sync.LiveDiagram;

/**
 * Where the text of a diagram is drawn: each node's name (its lines, wrapped or cut to fit its
 * box), its badges, each edge's label. The painter draws from these places and the readability
 * check ({@link DiagramReadability}) measures them, so what is checked is what is drawn. Made for
 * one geometry and one text measure; node names are worked out when first asked for.
 */
public final class DrawnLabels {

	/**
	 * A node's name as drawn: its lines, the top-left of each, the line height, the box around all
	 * of them, and whether the text had to be cut (an ellipsis, or lines left out) to fit the box.
	 */
	public record NodeName(List<String> lines, int[] lineX, int y, int lineHeight, boolean bold, Box bounds, boolean cut) {
	}

	private final LiveDiagram diagram;
	private final DiagramGeometry geometry;
	private final TextMeasurer measurer;
	private final Map<NodeView, NodeName> names = new IdentityHashMap<>();

	public DrawnLabels(LiveDiagram diagram, DiagramGeometry geometry, TextMeasurer measurer) {
		this.diagram = diagram;
		this.geometry = geometry;
		this.measurer = measurer;
	}

	/** True if the node is drawn as a container: a bold title over the area holding its children. */
	public boolean isContainer(NodeView view) {
		DiagramNode node = diagram.nodeOf(view);
		return node != null && node.getMapping() instanceof ContainerMapping;
	}

	/** The text drawn for a node: its label, marked when its expressions failed, with a count when collapsed. */
	public String text(NodeView view) {
		DiagramNode node = diagram.nodeOf(view);
		String label = node.getProblem() != null ? "\u26a0 " + node.getLabel() : node.getLabel();
		if (isContainer(view) && !view.getChildren().isEmpty() && diagram.isCollapsed(view)) {
			label = label + "  [+" + view.getChildren().size() + "]";
		}
		return label == null ? "" : label;
	}

	/** The name of a shown node as drawn in its box. */
	public NodeName name(NodeView view) {
		return names.computeIfAbsent(view, this::placeName);
	}

	private NodeName placeName(NodeView view) {
		Box box = geometry.box(view);
		DiagramNode node = diagram.nodeOf(view);
		boolean container = isContainer(view);
		boolean bold = container || node.getStyle() != null && node.getStyle().isLabelBold();
		String text = text(view);
		int lineHeight = lineHeight(bold);
		List<String> lines;
		int top;
		if (container) {
			lines = List.of(LabelWrap.fit(measurer, text, box.width() - 2 * NodeLabels.TITLE_X, bold));
			top = box.y() + NodeLabels.TITLE_Y;
		} else {
			lines = LabelWrap.wrap(measurer, text, box.width() - NodeLabels.TEXT_MARGIN, bold,
					Math.max(1, (box.height() - 4) / lineHeight));
			top = box.y() + (box.height() - lines.size() * lineHeight) / 2;
		}
		int[] lineX = new int[lines.size()];
		Box bounds = null;
		for (int i = 0; i < lines.size(); i++) {
			int width = measurer.measure(lines.get(i), bold)[0];
			lineX[i] = container ? box.x() + NodeLabels.TITLE_X : box.x() + (box.width() - width) / 2;
			Box line = new Box(lineX[i], top + i * lineHeight, width, lineHeight);
			bounds = bounds == null ? line : bounds.union(line);
		}
		return new NodeName(lines, lineX, top, lineHeight, bold, bounds, !sameWords(text, lines));
	}

	/** False if the lines lost words or letters of the text (cut with an ellipsis, or lines left out). */
	private static boolean sameWords(String text, List<String> lines) {
		return String.join("", lines).replaceAll("\\s", "").equals(text.replaceAll("\\s", ""));
	}

	private int lineHeight(boolean bold) {
		return measurer.measure("Ag", bold)[1];
	}

	/** The squares the badges of a shown node are drawn in, rightmost first. */
	public List<Box> badges(NodeView view) {
		Box box = geometry.box(view);
		int count = diagram.decorationsOf(view).size();
		List<Box> badges = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			badges.add(new Box(NodeLabels.badgeX(box.right(), i), box.y() + NodeLabels.BADGE_INSET, NodeLabels.BADGE, NodeLabels.BADGE));
		}
		return badges;
	}

	/** The box an edge's label is drawn in (its white background), or null if it has none. */
	public Box edgeLabel(EdgeView view) {
		DiagramEdge edge = diagram.edgeOf(view);
		int[] route = geometry.route(view);
		if (edge == null || route == null || edge.label() == null || edge.label().isEmpty()) {
			return null;
		}
		int[] extent = measurer.measure(edge.label(), false);
		int segment = (route.length / 2 - 2) / 2;
		int mx = (route[2 * segment] + route[2 * segment + 2]) / 2;
		int my = (route[2 * segment + 1] + route[2 * segment + 3]) / 2;
		return new Box(mx - extent[0] / 2 - 2, my - extent[1] / 2, extent[0] + 4, extent[1]);
	}
}
