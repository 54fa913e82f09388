package org.intdesigner.diagram.layout;

import org.intdesigner.diagram.interpreter.DiagramNode;
import org.intdesigner.diagram.notation.NodeView;
import org.intdesigner.diagram.spec.ChildrenLayout;
import org.intdesigner.diagram.spec.ContainerMapping;
import org.intdesigner.diagram.spec.NodeStyle;
import org.intdesigner.diagram.sync.LiveDiagram;

/**
 * The layout hints of a live diagram, as its specification gives them: labels and badges as
 * interpreted, containers and grids by mapping, the smallest sizes by style (containers at least
 * {@value #CONTAINER_MIN_WIDTH} x {@value #CONTAINER_MIN_HEIGHT}). The editor's Arrange All and the
 * headless readability check use the same hints, so they lay a diagram out alike.
 */
public final class SpecLayoutHints implements LayoutHints {

	static final int DEFAULT_WIDTH = 120;
	static final int DEFAULT_HEIGHT = 50;
	static final int CONTAINER_MIN_WIDTH = 160;
	static final int CONTAINER_MIN_HEIGHT = 80;

	private final LiveDiagram diagram;

	public SpecLayoutHints(LiveDiagram diagram) {
		this.diagram = diagram;
	}

	/** The text as drawn ({@link NodeLabels#text}), with the marks the painter adds. */
	@Override
	public String label(NodeView node) {
		return NodeLabels.text(diagram, node);
	}

	@Override
	public boolean isBold(NodeView node) {
		DiagramNode shown = diagram.nodeOf(node);
		return isContainer(node) || shown != null && shown.getStyle() != null && shown.getStyle().isLabelBold();
	}

	@Override
	public boolean isContainer(NodeView node) {
		DiagramNode shown = diagram.nodeOf(node);
		return shown != null && shown.getMapping() instanceof ContainerMapping;
	}

	@Override
	public boolean packsChildren(NodeView node) {
		DiagramNode shown = diagram.nodeOf(node);
		return shown != null && shown.getMapping() instanceof ContainerMapping container
				&& container.getChildrenLayout() == ChildrenLayout.GRID;
	}

	@Override
	public int minWidth(NodeView node) {
		return styleSize(node)[0];
	}

	@Override
	public int minHeight(NodeView node) {
		return styleSize(node)[1];
	}

	@Override
	public int badges(NodeView node) {
		return diagram.decorationsOf(node).size();
	}

	/** The smallest size the node's style allows; the layout makes it bigger for the label. */
	public int[] styleSize(NodeView node) {
		DiagramNode shown = diagram.nodeOf(node);
		NodeStyle style = shown == null ? null : shown.getStyle();
		int width = style != null ? style.getWidth() : DEFAULT_WIDTH;
		int height = style != null ? style.getHeight() : DEFAULT_HEIGHT;
		if (isContainer(node)) {
			width = Math.max(width, CONTAINER_MIN_WIDTH);
			height = Math.max(height, CONTAINER_MIN_HEIGHT);
		}
		return new int[] { width, height };
	}
}
