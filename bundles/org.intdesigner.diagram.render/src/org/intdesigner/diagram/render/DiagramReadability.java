package org.intdesigner.diagram.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.intdesigner.diagram.interpreter.DiagramNode;
import org.intdesigner.diagram.layout.TextMeasurer;
import org.intdesigner.diagram.notation.EdgeView;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.sync.LiveDiagram;

/**
 * Counts what makes a drawn diagram hard to read, from the same geometry and label places the
 * painter draws: (a) edges crossing a node they do not connect (a segment running through the
 * inside of a node box other than its ends and what contains them), (b) labels overlapping (node
 * names, badges and edge labels over one another), (c) clipped names (a node's name cut with an
 * ellipsis, or lines of it left out, because its box is too small). Headless: needs no display,
 * only a text measure. Run by the tests and by {@code ./intd bench-diagram-check}.
 */
public final class DiagramReadability {

	/** How many of each, with a few examples (labels and places) to say where. */
	public record Report(int crossings, int overlaps, int clipped, List<String> examples) {

		public boolean isClean() {
			return crossings == 0 && overlaps == 0 && clipped == 0;
		}

		@Override
		public String toString() {
			return crossings + " edge-node crossings, " + overlaps + " overlapping labels, " + clipped + " clipped names"
					+ (examples.isEmpty() ? "" : "; e.g. " + String.join("; ", examples));
		}
	}

	/** Examples kept of each of the three kinds. */
	private static final int EXAMPLES = 2;

	private final LiveDiagram diagram;
	private final DiagramGeometry geometry;
	private final DrawnLabels labels;
	private final List<String> examples = new ArrayList<>();
	private int examplesOfThisKind;

	public DiagramReadability(LiveDiagram diagram, DiagramGeometry geometry, DrawnLabels labels) {
		this.diagram = diagram;
		this.geometry = geometry;
		this.labels = labels;
	}

	/** Checks the diagram as drawn now from its notation, measuring text with {@code measurer}. */
	public static Report check(LiveDiagram diagram, TextMeasurer measurer) {
		DiagramGeometry geometry = new DiagramGeometry(diagram);
		return new DiagramReadability(diagram, geometry, new DrawnLabels(diagram, geometry, measurer)).run();
	}

	public Report run() {
		examplesOfThisKind = 0;
		int crossings = countCrossings();
		examplesOfThisKind = 0;
		int overlaps = countOverlaps();
		examplesOfThisKind = 0;
		int clipped = countClipped();
		return new Report(crossings, overlaps, clipped, List.copyOf(examples));
	}

	private int countCrossings() {
		BoxIndex<NodeView> nodes = new BoxIndex<>();
		for (NodeView node : geometry.paintOrder()) {
			nodes.add(geometry.box(node), node);
		}
		int count = 0;
		for (EdgeView edge : geometry.edges()) {
			int[] route = geometry.route(edge);
			NodeView source = drawnAs(edge.getSource());
			NodeView target = drawnAs(edge.getTarget());
			Set<NodeView> crossed = new HashSet<>();
			for (int i = 0; i + 3 < route.length; i += 2) {
				Box span = Box.spanning(route[i], route[i + 1], route[i + 2], route[i + 3]).expand(1);
				for (NodeView node : nodes.meeting(span)) {
					if (!DiagramGeometry.isWithin(source, node) && !DiagramGeometry.isWithin(target, node)
							&& crosses(geometry.box(node), route[i], route[i + 1], route[i + 2], route[i + 3]) && crossed.add(node)) {
						count++;
						example("edge " + name(source) + " -> " + name(target) + " crosses " + name(node) + " at " + geometry.box(node)
								+ " from " + route[i] + "," + route[i + 1] + " to " + route[i + 2] + "," + route[i + 3]);
					}
				}
			}
		}
		return count;
	}

	/** The shown node an edge end is drawn at: itself, or the collapsed container hiding it. */
	private NodeView drawnAs(NodeView end) {
		for (Object n = end; n instanceof NodeView view; n = view.eContainer()) {
			if (geometry.isShown(view)) {
				return view;
			}
		}
		return end;
	}

	/** True if the segment runs through the inside of the box (touching or running along its border does not count). */
	static boolean crosses(Box box, int x1, int y1, int x2, int y2) {
		double left = box.x() + 1;
		double right = box.right() - 1;
		double top = box.y() + 1;
		double bottom = box.bottom() - 1;
		if (left >= right || top >= bottom) {
			return false;
		}
		// Liang-Barsky: clip the segment to the box, crossing if anything of it is left
		double t0 = 0;
		double t1 = 1;
		double dx = x2 - x1;
		double dy = y2 - y1;
		double[] p = { -dx, dx, -dy, dy };
		double[] q = { x1 - left, right - x1, y1 - top, bottom - y1 };
		for (int i = 0; i < 4; i++) {
			if (p[i] == 0) {
				if (q[i] <= 0) {
					return false;
				}
			} else {
				double t = q[i] / p[i];
				if (p[i] < 0) {
					t0 = Math.max(t0, t);
				} else {
					t1 = Math.min(t1, t);
				}
			}
		}
		return t0 < t1;
	}

	private record Placed(Box box, String what) {
	}

	private int countOverlaps() {
		List<Placed> placed = new ArrayList<>();
		for (NodeView node : geometry.paintOrder()) {
			DrawnLabels.NodeName name = labels.name(node);
			if (name.bounds() != null) {
				placed.add(new Placed(name.bounds(), "name of " + name(node)));
			}
			for (Box badge : labels.badges(node)) {
				placed.add(new Placed(badge, "badge of " + name(node)));
			}
		}
		for (EdgeView edge : geometry.edges()) {
			Box label = labels.edgeLabel(edge);
			if (label != null) {
				placed.add(new Placed(label, "label '" + diagram.edgeOf(edge).label() + "' of edge " + name(drawnAs(edge.getSource()))
						+ " -> " + name(drawnAs(edge.getTarget()))));
			}
		}
		BoxIndex<Integer> index = new BoxIndex<>();
		int count = 0;
		for (int i = 0; i < placed.size(); i++) {
			Placed item = placed.get(i);
			for (int other : index.meeting(item.box())) {
				count++;
				example(item.what() + " overlaps " + placed.get(other).what());
			}
			index.add(item.box(), i);
		}
		return count;
	}

	private int countClipped() {
		int count = 0;
		for (NodeView node : geometry.paintOrder()) {
			if (labels.name(node).cut()) {
				count++;
				example("name of " + name(node) + " cut to " + labels.name(node).lines() + " in " + geometry.box(node).width() + " x "
						+ geometry.box(node).height());
			}
		}
		return count;
	}

	private String name(NodeView view) {
		DiagramNode node = view == null ? null : diagram.nodeOf(view);
		return node == null ? "?" : "'" + node.getLabel() + "'";
	}

	private void example(String text) {
		if (examplesOfThisKind++ < EXAMPLES) {
			examples.add(text);
		}
	}
}
