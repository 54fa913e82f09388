package org.intdesigner.diagram.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.intdesigner.diagram.notation.EdgeView;
import org.intdesigner.diagram.notation.NodeView;

import org.intdesigner.diagram.spec.AbstractNodeMapping;
import org.intdesigner.diagram.spec.ConditionalStyle;
import org.intdesigner.diagram.spec.ContainerMapping;
import org.intdesigner.diagram.spec.Decoration;
import org.intdesigner.diagram.spec.EdgeMapping;
import org.intdesigner.diagram.spec.EdgeStyle;
import org.intdesigner.diagram.spec.Layer;
import org.intdesigner.diagram.spec.LineStyle;
import org.intdesigner.diagram.spec.NodeStyle;
import org.intdesigner.diagram.sync.ChangeMarks;
import org.intdesigner.diagram.sync.LiveDiagram;
import org.intdesigner.diagram.render.DiagramGraphics.Dash;

/**
 * The key to a diagram, built from its specification: a swatch for each labelled node and
 * container mapping and each labelled conditional style, a line for each labelled edge mapping, an
 * icon for each labelled decoration, in the active layers, as far as the diagram shows them now. Drawn in a corner of the canvas and
 * beside the drawing in exports.
 */
public final class DiagramLegend {

	private static final int SWATCH = 14;
	private static final int ROW = 18;
	private static final int PAD = 8;

	private sealed interface Entry permits NodeEntry, EdgeEntry, IconEntry {
		String label();
	}

	private record NodeEntry(String label, NodeStyle style, boolean container) implements Entry {
	}

	private record EdgeEntry(String label, EdgeStyle style) implements Entry {
	}

	private record IconEntry(String label, String iconPath) implements Entry {
	}

	private final List<Entry> entries = new ArrayList<>();
	/** What the diagram shows now: the key lists only these, so it stays short. */
	private final Set<Object> used = Collections.newSetFromMap(new IdentityHashMap<>());

	public DiagramLegend(LiveDiagram diagram) {
		for (Iterator<EObject> it = diagram.getNotation().eAllContents(); it.hasNext();) {
			EObject view = it.next();
			if (view instanceof NodeView node && diagram.nodeOf(node) != null && !diagram.isHidden(node)) {
				if (!diagram.isGhost(node)) { // a ghost is drawn grey whatever its style
					used.add(diagram.nodeOf(node).getStyle());
				}
				diagram.decorationsOf(node).forEach(d -> used.add(d.decoration()));
			} else if (view instanceof EdgeView edge && diagram.edgeOf(edge) != null && !diagram.isGhost(edge)) {
				used.add(diagram.edgeOf(edge).mapping());
			}
		}
		boolean ghostEdges = false;
		boolean addedEdges = false;
		for (EdgeView edge : diagram.getNotation().getEdges()) {
			ghostEdges |= diagram.isGhost(edge);
			addedEdges |= diagram.isAdded(edge);
		}
		for (Layer layer : diagram.activeLayers()) {
			layer.getContainerMappings().forEach(this::addNode);
			layer.getNodeMappings().forEach(this::addNode);
			for (EdgeMapping edge : layer.getEdgeMappings()) {
				if (hasLabel(edge.getLabel()) && used.contains(edge)) {
					add(new EdgeEntry(edge.getLabel(), edge.getStyle()));
				}
			}
			for (Decoration decoration : layer.getDecorations()) {
				if (hasLabel(decoration.getLabel()) && used.contains(decoration)) {
					add(new IconEntry(decoration.getLabel(), decoration.getIconPath()));
				}
			}
		}
		if (diagram.isShowingChanges()) {
			addChanges(ghostEdges, addedEdges);
		}
	}

	/** The marks of the layer "Changes against baseline" that the diagram shows. */
	private void addChanges(boolean ghostEdges, boolean addedEdges) {
		for (Decoration mark : List.of(ChangeMarks.ADDED, ChangeMarks.CHANGED, ChangeMarks.MOVED, ChangeMarks.REMOVED)) {
			if (used.contains(mark)) {
				add(new IconEntry(mark.getLabel(), mark.getIconPath()));
			}
		}
		ChangeStyles styles = new ChangeStyles();
		if (addedEdges) {
			add(new EdgeEntry("Link added since the baseline", styles.addedOf(null)));
		}
		if (ghostEdges) {
			add(new EdgeEntry("Link removed since the baseline", styles.ghostOf(null)));
		}
	}

	private void addNode(AbstractNodeMapping mapping) {
		boolean container = mapping instanceof ContainerMapping;
		if (hasLabel(mapping.getLabel()) && used.contains(mapping.getStyle())) {
			add(new NodeEntry(mapping.getLabel(), mapping.getStyle(), container));
		}
		for (ConditionalStyle conditional : mapping.getConditionalStyles()) {
			if (hasLabel(conditional.getLabel()) && conditional.getStyle() instanceof NodeStyle style && used.contains(style)) {
				add(new NodeEntry(conditional.getLabel(), style, container));
			}
		}
		if (mapping instanceof ContainerMapping parent) {
			parent.getSubContainerMappings().forEach(this::addNode);
			parent.getSubNodeMappings().forEach(this::addNode);
		}
	}

	/** One entry per label: a style shared by a team and a sub-team mapping is keyed once. */
	private void add(Entry entry) {
		if (entries.stream().noneMatch(e -> e.label().equals(entry.label()))) {
			entries.add(entry);
		}
	}

	private static boolean hasLabel(String label) {
		return label != null && !label.isBlank();
	}

	public boolean isEmpty() {
		return entries.isEmpty();
	}

	/** The entries' labels, in the order drawn. */
	public List<String> labels() {
		return entries.stream().map(Entry::label).toList();
	}

	/** Width and height of the legend as {@link #paint} draws it, in one column. */
	public int[] size(DiagramGraphics g) {
		return size(g, 1);
	}

	/** Width and height of the legend with its entries in {@code columns} columns. */
	public int[] size(DiagramGraphics g, int columns) {
		int rows = rows(columns);
		return new int[] { PAD + columns * (columnWidth(g) + PAD), PAD * 2 + ROW * rows + ROW };
	}

	/**
	 * The fewest columns that keep the legend within {@code maxHeight}: in a short view a key of twenty
	 * entries in one column would cover most of its height, and what it hides.
	 */
	public int columnsFor(DiagramGraphics g, int maxHeight) {
		int columns = 1;
		while (columns < Math.max(1, entries.size()) && size(g, columns)[1] > maxHeight) {
			columns++;
		}
		return columns;
	}

	private int rows(int columns) {
		return Math.max(1, (entries.size() + columns - 1) / Math.max(1, columns));
	}

	/** A swatch and the longest label. */
	private int columnWidth(DiagramGraphics g) {
		int width = 0;
		for (Entry entry : entries) {
			width = Math.max(width, g.textExtent(entry.label(), false)[0]);
		}
		return SWATCH * 2 + PAD + width;
	}

	/** Draws the legend in one column with its top-left corner at (x, y). */
	public void paint(DiagramGraphics g, int x, int y) {
		paint(g, x, y, 1);
	}

	/** Draws the legend with its entries in {@code columns} columns (down, then across) and its top-left corner at (x, y). */
	public void paint(DiagramGraphics g, int x, int y, int columns) {
		int[] size = size(g, columns);
		int rows = rows(columns);
		int columnWidth = columnWidth(g);
		int index = 0;
		g.setBackground(0xffffff);
		g.fillRectangle(x, y, size[0], size[1], 6);
		g.setForeground(0xaeb7bd);
		g.setLine(1, Dash.SOLID);
		g.drawRectangle(x, y, size[0], size[1], 6);
		g.setForeground(0x212b32);
		g.drawText("Key", x + PAD, y + PAD, true);
		for (Entry entry : entries) {
			int left = x + (index / rows) * (columnWidth + PAD);
			int row = y + PAD + ROW + (index % rows) * ROW;
			int textX = left + PAD * 2 + SWATCH * 2;
			index++;
			int cy = row + ROW / 2 - 1;
			switch (entry) {
			case NodeEntry node -> {
				NodeStyle style = node.style();
				g.setBackground(Rgb.parse(style == null ? null : style.getFillColor(), node.container() ? 0xf0f4f5 : 0xffffff));
				g.fillRectangle(left + PAD, row + 2, SWATCH * 2, SWATCH - 2, 4);
				g.setForeground(Rgb.parse(style == null ? null : style.getBorderColor(), 0x425563));
				g.setLine(style == null ? 1 : Math.max(1, Math.min(3, style.getBorderWidth())), Dash.SOLID);
				g.drawRectangle(left + PAD, row + 2, SWATCH * 2, SWATCH - 2, 4);
			}
			case EdgeEntry edge -> {
				EdgeStyle style = edge.style();
				g.setForeground(Rgb.parse(style == null ? null : style.getLineColor(), 0x425563));
				LineStyle line = style == null ? LineStyle.SOLID : style.getLineStyle();
				g.setLine(style == null ? 1 : Math.max(1, style.getLineWidth()),
						line == LineStyle.DASHED ? Dash.DASHED : line == LineStyle.DOTTED ? Dash.DOTTED : Dash.SOLID);
				g.drawPolyline(new int[] { left + PAD, cy, left + PAD + SWATCH * 2, cy });
			}
			case IconEntry icon -> {
				if (!g.drawIcon(icon.iconPath(), left + PAD + SWATCH / 2, row + 1, SWATCH)) {
					g.setBackground(0xffb81c);
					g.fillOval(left + PAD + SWATCH / 2, row + 1, SWATCH, SWATCH);
				}
			}
			}
			g.setLine(1, Dash.SOLID);
			g.setForeground(0x212b32);
			g.drawText(entry.label(), textX, row, false);
		}
	}
}
