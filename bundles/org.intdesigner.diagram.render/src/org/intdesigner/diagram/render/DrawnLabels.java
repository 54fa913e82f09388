package org.intdesigner.diagram.render;

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
	private Map<EdgeView, Box> edgeLabels;

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

	/** The text drawn for a node ({@link NodeLabels#text}). */
	public String text(NodeView view) {
		return NodeLabels.text(diagram, view);
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
		// the badges' corner is kept clear: a title ends before it, a label is centred left of it
		int room = box.width() - NodeLabels.badgeReserve(diagram.decorationsOf(view).size());
		List<String> lines;
		int top;
		if (container) {
			lines = List.of(LabelWrap.fit(measurer, text, room - 2 * NodeLabels.TITLE_X, bold));
			top = box.y() + NodeLabels.TITLE_Y;
		} else {
			lines = LabelWrap.wrap(measurer, text, room - NodeLabels.TEXT_MARGIN, bold, Math.max(1, (box.height() - 4) / lineHeight));
			top = box.y() + (box.height() - lines.size() * lineHeight) / 2;
		}
		int[] lineX = new int[lines.size()];
		Box bounds = null;
		for (int i = 0; i < lines.size(); i++) {
			int width = measurer.measure(lines.get(i), bold)[0];
			lineX[i] = container ? box.x() + NodeLabels.TITLE_X : box.x() + (room - width) / 2;
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
		if (edgeLabels == null) {
			placeEdgeLabels();
		}
		return edgeLabels.get(view);
	}

	/**
	 * Puts each edge label on its route where it covers no node name, badge, plain node or label
	 * placed before it: first on the route's middle segment, then on the segments further out,
	 * each tried at its middle and then nearer its ends, then beside the line. A label with no free
	 * place at all goes in the middle (the readability check counts it).
	 */
	private void placeEdgeLabels() {
		edgeLabels = new IdentityHashMap<>();
		List<EdgeView> labelled = geometry.edges().stream().filter(edge -> labelOf(edge) != null).toList();
		if (labelled.isEmpty()) {
			return;
		}
		// node boxes to find what a place would cover; a container's name is only worked out when a label comes near it
		BoxIndex<NodeView> nodes = new BoxIndex<>();
		for (NodeView node : geometry.paintOrder()) {
			nodes.add(geometry.box(node), node);
		}
		BoxIndex<EdgeView> placedLabels = new BoxIndex<>();
		for (EdgeView edge : labelled) {
			int[] extent = measurer.measure(labelOf(edge), false);
			int width = extent[0] + 4;
			int height = extent[1];
			int[] route = geometry.route(edge);
			Box placed = null;
			for (Box candidate : candidates(route, width, height)) {
				if (placedLabels.meeting(candidate).isEmpty() && coversNoNode(candidate, nodes)) {
					placed = candidate;
					break;
				}
			}
			if (placed == null) {
				placed = centredAt(route, middleSegment(route), 0.5, width, height);
			}
			edgeLabels.put(edge, placed);
			placedLabels.add(placed, edge);
		}
	}

	/** True if a label at {@code place} would cover no plain node, and no container's name or badges. */
	private boolean coversNoNode(Box place, BoxIndex<NodeView> nodes) {
		for (NodeView node : nodes.meeting(place)) {
			if (!isContainer(node)) {
				return false;
			}
			NodeName name = name(node);
			if (name.bounds() != null && name.bounds().intersects(place)) {
				return false;
			}
			for (Box badge : badges(node)) {
				if (badge.intersects(place)) {
					return false;
				}
			}
		}
		return true;
	}

	private String labelOf(EdgeView view) {
		DiagramEdge edge = diagram.edgeOf(view);
		return edge == null || edge.label() == null || edge.label().isEmpty() ? null : edge.label();
	}

	private static final double[] ALONG = { 0.5, 0.3, 0.7, 0.15, 0.85 };

	/** Places for a label on {@code route}, best first. */
	private static List<Box> candidates(int[] route, int width, int height) {
		List<Box> candidates = new ArrayList<>();
		int segments = route.length / 2 - 1;
		int middle = middleSegment(route);
		List<Integer> order = new ArrayList<>();
		order.add(middle);
		for (int step = 1; order.size() < segments; step++) {
			if (middle + step < segments) {
				order.add(middle + step);
			}
			if (middle - step >= 0) {
				order.add(middle - step);
			}
		}
		for (int segment : order) {
			for (double t : ALONG) {
				candidates.add(centredAt(route, segment, t, width, height));
			}
		}
		// beside the line: left or above it, then right or below it
		for (int segment : order) {
			boolean vertical = route[2 * segment] == route[2 * segment + 2];
			for (double t : ALONG) {
				Box on = centredAt(route, segment, t, width, height);
				int dx = vertical ? width / 2 + 3 : 0;
				int dy = vertical ? 0 : height / 2 + 3;
				candidates.add(new Box(on.x() - dx, on.y() - dy, width, height));
				candidates.add(new Box(on.x() + dx, on.y() + dy, width, height));
			}
		}
		return candidates;
	}

	/** The segment a label was always drawn on: the middle one (of an odd count, the one before the middle). */
	private static int middleSegment(int[] route) {
		return (route.length / 2 - 2) / 2;
	}

	private static Box centredAt(int[] route, int segment, double t, int width, int height) {
		int x = (int) Math.round(route[2 * segment] + t * (route[2 * segment + 2] - route[2 * segment]));
		int y = (int) Math.round(route[2 * segment + 1] + t * (route[2 * segment + 3] - route[2 * segment + 1]));
		return new Box(x - width / 2, y - height / 2, width, height);
	}
}
