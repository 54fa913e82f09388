package org.intdesigner.diagram.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.intdesigner.diagram.interpreter.DiagramEdge;
import org.intdesigner.diagram.interpreter.DiagramNode;
import org.intdesigner.diagram.interpreter.ElementChange;
import org.intdesigner.diagram.notation.EdgeView;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.spec.ArrowHead;
import org.intdesigner.diagram.spec.ContainerMapping;
import org.intdesigner.diagram.spec.EdgeStyle;
import org.intdesigner.diagram.spec.LineStyle;
import org.intdesigner.diagram.spec.NodeStyle;
import org.intdesigner.diagram.spec.Shape;
import org.intdesigner.diagram.sync.LiveDiagram;
import org.intdesigner.diagram.sync.NodeDecoration;
import org.intdesigner.diagram.render.DiagramGraphics.Dash;

/**
 * Draws a diagram as its specification styles it: containers with a bold header, nodes with their
 * label wrapped to fit, edges with their line style and arrowheads, decorations as icons in the top
 * right corner. A node whose expressions failed is drawn with a red dashed border and a warning
 * mark, so a broken specification shows where it is broken. Only what meets the clip is drawn.
 */
public final class DiagramPainter {

	public static final int PROBLEM_COLOR = 0xd5281b;
	private static final int DEFAULT_FILL = 0xffffff;
	private static final int DEFAULT_BORDER = 0x425563;
	private static final int DEFAULT_TEXT = 0x212b32;
	private static final int CONTAINER_FILL = 0xf0f4f5;
	private static final int ARC = 10;

	/** Below this many screen pixels of text height, labels are drawn as grey bars: unreadable text only costs time. */
	private static final double READABLE_TEXT_PX = 5;

	private final LiveDiagram diagram;
	private final DiagramGeometry geometry;
	private double scale = 1;
	private DrawnLabels labels;
	private final ChangeStyles changeStyles = new ChangeStyles();

	public DiagramPainter(LiveDiagram diagram, DiagramGeometry geometry) {
		this.diagram = diagram;
		this.geometry = geometry;
	}

	/** The zoom the picture is seen at: far out, labels are greeked (exports and prints use 1, full detail). */
	public void setScale(double scale) {
		this.scale = scale;
	}

	private boolean readable(DiagramGraphics g) {
		return lineHeight(g, false) * scale >= READABLE_TEXT_PX;
	}

	/** Paints what meets {@code clip} (diagram coordinates); null paints everything. */
	public void paint(DiagramGraphics g, Box clip) {
		boolean readable = readable(g);
		for (NodeView node : geometry.paintOrder()) {
			Box box = geometry.box(node);
			if (clip == null || clip.intersects(box.expand(2))) {
				paintNode(g, node, box, readable);
			}
		}
		// lines first, one stroke per line style (thousands of separate strokes are what makes a big diagram slow),
		// then arrowheads and labels on top
		Map<EdgeStyle, List<int[]>> lines = new LinkedHashMap<>();
		List<EdgeView> shown = new ArrayList<>();
		for (EdgeView edge : geometry.edges()) {
			int[] route = geometry.route(edge);
			if (clip == null || meets(route, clip) || readable && labelMeets(g, edge, clip)) {
				lines.computeIfAbsent(styleOf(edge), s -> new ArrayList<>()).add(route);
				shown.add(edge);
			}
		}
		lines.forEach((style, routes) -> {
			lineStyle(g, style, readable);
			g.drawPolylines(routes);
		});
		g.setLine(1, Dash.SOLID);
		if (readable) {
			for (EdgeView edge : shown) {
				decorateEdge(g, edge, geometry.route(edge));
			}
		}
	}

	/** True if the edge's label (which may sit beside its line) shows in the clip. */
	private boolean labelMeets(DiagramGraphics g, EdgeView edge, Box clip) {
		Box label = labels(g).edgeLabel(edge);
		return label != null && label.intersects(clip);
	}

	/** True if a segment of the route (or its arrowhead or label, a few pixels off it) may show in the clip. */
	private static boolean meets(int[] route, Box clip) {
		// segment by segment: a long route's bounds would take in far more of the diagram than its lines do
		for (int i = 0; i + 3 < route.length; i += 2) {
			if (Math.min(route[i], route[i + 2]) - 8 < clip.right() && Math.max(route[i], route[i + 2]) + 8 > clip.x()
					&& Math.min(route[i + 1], route[i + 3]) - 8 < clip.bottom() && Math.max(route[i + 1], route[i + 3]) + 8 > clip.y()) {
				return true;
			}
		}
		return false;
	}

	/** An edge's style as drawn: its mapping's, in green when the baseline did not have it, dashed grey when gone. */
	private EdgeStyle styleOf(EdgeView edge) {
		EdgeStyle style = diagram.edgeOf(edge).mapping().getStyle();
		if (diagram.isGhost(edge)) {
			return changeStyles.ghostOf(style);
		}
		return diagram.isAdded(edge) ? changeStyles.addedOf(style) : style;
	}

	private void paintNode(DiagramGraphics g, NodeView view, Box box, boolean readable) {
		DiagramNode node = diagram.nodeOf(view);
		boolean container = node.getMapping() instanceof ContainerMapping;
		NodeStyle style = node.getStyle();
		int fill = Rgb.parse(style == null ? null : style.getFillColor(), container ? CONTAINER_FILL : DEFAULT_FILL);
		int border = Rgb.parse(style == null ? null : style.getBorderColor(), DEFAULT_BORDER);
		int text = Rgb.parse(style == null ? null : style.getLabelColor(), DEFAULT_TEXT);
		int width = readable ? Math.max(1, style == null ? 1 : style.getBorderWidth()) : 1;
		Dash dash = Dash.SOLID;
		Shape shape = style == null ? Shape.ROUNDED_RECTANGLE : style.getShape();
		boolean problem = node.getProblem() != null;
		if (node.isGhost()) {
			// a removed element where the baseline had it: greyed and dashed, plainly not part of the model
			fill = ChangeStyles.GHOST_FILL;
			border = ChangeStyles.GHOST_BORDER;
			text = ChangeStyles.GHOST_TEXT;
			width = readable ? 2 : 1;
			dash = Dash.DASHED;
		} else if (node.getChange() != null && node.getChange().is(ElementChange.Kind.ADDED)) {
			border = ChangeStyles.ADDED;
			width = readable ? Math.max(3, width) : 1;
		}
		g.setBackground(fill);
		g.setForeground(problem ? PROBLEM_COLOR : border);
		g.setLine(problem ? 2 : width, problem ? Dash.DASHED : dash);
		int arc = shape == Shape.ROUNDED_RECTANGLE && readable ? ARC : 0;
		if (shape == Shape.ELLIPSE) {
			g.fillOval(box.x(), box.y(), box.width(), box.height());
			g.drawOval(box.x(), box.y(), box.width(), box.height());
		} else {
			g.fillRectangle(box.x(), box.y(), box.width(), box.height(), arc);
			g.drawRectangle(box.x(), box.y(), box.width(), box.height(), arc);
		}
		if (!readable) {
			greek(g, box, container);
			return;
		}
		g.setForeground(text);
		DrawnLabels.NodeName name = labels(g).name(view);
		for (int i = 0; i < name.lines().size(); i++) {
			g.drawText(name.lines().get(i), name.lineX()[i], name.y() + i * name.lineHeight(), name.bold());
		}
		List<NodeDecoration> decorations = diagram.decorationsOf(view);
		List<Box> badges = labels(g).badges(view);
		for (int i = 0; i < decorations.size(); i++) {
			Box badge = badges.get(i);
			if (!g.drawIcon(decorations.get(i).iconPath(), badge.x(), badge.y(), badge.width())) {
				g.setBackground(0xffb81c);
				g.fillOval(badge.x(), badge.y(), badge.width(), badge.height());
			}
		}
	}

	/** Where the text goes, worked out once for this geometry with the text measure of the first graphics painted on. */
	private DrawnLabels labels(DiagramGraphics g) {
		if (labels == null) {
			labels = new DrawnLabels(diagram, geometry, g::textExtent);
		}
		return labels;
	}

	/** A grey bar where the label would be. */
	private static void greek(DiagramGraphics g, Box box, boolean container) {
		g.setBackground(0xaeb7bd);
		int height = Math.max(2, Math.min(10, box.height() / 5));
		if (container) {
			g.fillRectangle(box.x() + 6, box.y() + 6, Math.max(4, box.width() / 2), height, 0);
		} else {
			g.fillRectangle(box.x() + box.width() / 6, box.centerY() - height / 2, Math.max(4, box.width() * 2 / 3), height, 0);
		}
	}

	private static int lineHeight(DiagramGraphics g, boolean bold) {
		return g.textExtent("Ag", bold)[1];
	}

	private static void lineStyle(DiagramGraphics g, EdgeStyle style, boolean readable) {
		int color = Rgb.parse(style == null ? null : style.getLineColor(), DEFAULT_BORDER);
		LineStyle line = style == null ? LineStyle.SOLID : style.getLineStyle();
		g.setForeground(color);
		g.setLine(style == null || !readable ? 1 : Math.max(1, style.getLineWidth()), !readable ? Dash.SOLID : switch (line) {
		case DASHED -> Dash.DASHED;
		case DOTTED -> Dash.DOTTED;
		default -> Dash.SOLID;
		});
	}

	/** Arrowheads and the label of an edge whose line is drawn. */
	private void decorateEdge(DiagramGraphics g, EdgeView view, int[] route) {
		DiagramEdge edge = diagram.edgeOf(view);
		EdgeStyle style = styleOf(view);
		int color = Rgb.parse(style == null ? null : style.getLineColor(), DEFAULT_BORDER);
		g.setForeground(color);
		g.setBackground(color);
		int n = route.length;
		arrow(g, style == null ? ArrowHead.ARROW : style.getTargetDecoration(), route[n - 4], route[n - 3], route[n - 2], route[n - 1]);
		arrow(g, style == null ? ArrowHead.NONE : style.getSourceDecoration(), route[2], route[3], route[0], route[1]);
		Box label = labels(g).edgeLabel(view);
		if (label != null) {
			g.setBackground(0xffffff);
			g.fillRectangle(label.x(), label.y(), label.width(), label.height(), 0);
			g.setForeground(Rgb.parse(style == null ? null : style.getLabelColor(), DEFAULT_TEXT));
			g.drawText(edge.label(), label.x() + 2, label.y(), false);
		}
	}

	/** An arrowhead at (x2, y2) pointing along the segment from (x1, y1). */
	private static void arrow(DiagramGraphics g, ArrowHead head, int x1, int y1, int x2, int y2) {
		if (head == null || head == ArrowHead.NONE || (x1 == x2 && y1 == y2)) {
			return;
		}
		double angle = Math.atan2(y2 - y1, x2 - x1);
		double size = 9;
		int lx = (int) Math.round(x2 - size * Math.cos(angle - Math.PI / 7));
		int ly = (int) Math.round(y2 - size * Math.sin(angle - Math.PI / 7));
		int rx = (int) Math.round(x2 - size * Math.cos(angle + Math.PI / 7));
		int ry = (int) Math.round(y2 - size * Math.sin(angle + Math.PI / 7));
		switch (head) {
		case ARROW -> g.drawPolyline(new int[] { lx, ly, x2, y2, rx, ry });
		case TRIANGLE -> g.fillPolygon(new int[] { lx, ly, x2, y2, rx, ry });
		case DIAMOND -> {
			int bx = (int) Math.round(x2 - 2 * size * Math.cos(angle));
			int by = (int) Math.round(y2 - 2 * size * Math.sin(angle));
			g.fillPolygon(new int[] { x2, y2, lx, ly, bx, by, rx, ry });
		}
		default -> {
		}
		}
	}
}
